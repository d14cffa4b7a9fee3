// Minimal Cortex-M4F start-up for QEMU's mps2-an386: the vector table, a reset handler that
// enables the FPU, copies .data, zeroes .bss, runs static constructors (there are none), calls
// main and reports its status through semihosting; faults end the run with a failure.
#include "semihosting.hpp"

#include <cstdint>

extern "C" {
extern std::uint32_t __data_load__[], __data_start__[], __data_end__[];
extern std::uint32_t __bss_start__[], __bss_end__[], __stack_top__[];
extern void (*__init_array_start[])();
extern void (*__init_array_end[])();

int main();
[[noreturn]] void Reset_Handler();
[[noreturn]] void Fault_Handler();
[[noreturn]] void start_cpp();
}

namespace {

struct vector_table {
  std::uint32_t* initial_stack;
  void (*handlers[15])();
};

[[gnu::section(".isr_vector"), gnu::used]] const vector_table vectors = {
    __stack_top__,
    {Reset_Handler,  // reset
     Fault_Handler,  // NMI
     Fault_Handler,  // HardFault
     Fault_Handler,  // MemManage
     Fault_Handler,  // BusFault
     Fault_Handler,  // UsageFault
     nullptr, nullptr, nullptr, nullptr,
     Fault_Handler,  // SVCall
     Fault_Handler,  // DebugMonitor
     nullptr,
     Fault_Handler,  // PendSV
     Fault_Handler}};  // SysTick

}  // namespace

// Naked, so that no compiler-generated instruction can touch the FPU before CPACR grants
// access to coprocessors 10 and 11 (full access: bits 20-23).
extern "C" [[gnu::naked, noreturn]] void Reset_Handler() {
  asm volatile(
      "ldr r0, =0xE000ED88\n"
      "ldr r1, [r0]\n"
      "orr r1, r1, #0x00F00000\n"
      "str r1, [r0]\n"
      "dsb\n"
      "isb\n"
      "b start_cpp\n");
}

extern "C" [[noreturn]] void start_cpp() {
  for (std::uint32_t *src = __data_load__, *dst = __data_start__; dst < __data_end__;)
    *dst++ = *src++;
  for (std::uint32_t* dst = __bss_start__; dst < __bss_end__;) *dst++ = 0;
  for (auto f = __init_array_start; f < __init_array_end; ++f) (*f)();
  // A start-up calls main; ISO C++ forbids that to programs, hence -Wpedantic's complaint.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpedantic"
  const int status = main();
#pragma GCC diagnostic pop
  semihosting::exit(status == 0);
}

extern "C" [[noreturn]] void Fault_Handler() {
  semihosting::write("FAULT: the processor took an exception\n");
  semihosting::exit(false);
}
