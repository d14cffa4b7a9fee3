#pragma once
// The two Arm semihosting calls the firmware needs, with no C library behind them: write a
// string to the host's console and end the emulation with a status. Under QEMU they need
// `-semihosting-config enable=on,target=native`.

namespace semihosting {

/// SYS_WRITE0: write a NUL-terminated string to the debug console.
inline void write(const char* text) {
  register int op asm("r0") = 0x04;
  register const char* arg asm("r1") = text;
  asm volatile("bkpt 0xab" : "+r"(op) : "r"(arg) : "memory");
}

/// SYS_EXIT: stop the emulator. ADP_Stopped_ApplicationExit makes QEMU exit with status 0;
/// any other reason (here ADP_Stopped_RunTimeErrorUnknown) with status 1.
[[noreturn]] inline void exit(bool success) {
  register int op asm("r0") = 0x18;
  register int reason asm("r1") = success ? 0x20026 : 0x20023;
  asm volatile("bkpt 0xab" : "+r"(op) : "r"(reason) : "memory");
  for (;;) {
  }
}

}  // namespace semihosting
