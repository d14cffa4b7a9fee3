#pragma once
// The textbook two-layer linear net, as used by every file here.
//
//   X (4x2) = [[0,0],[0,1],[1,0],[1,1]]   target (4x1) = [[0],[1],[0],[1]]
//   pred = X * W0 * W1   (W0 2x3, W1 3x1)   loss = sum((pred - target)^2)
//
// Weights, in this order:  w[0..5] = W0 row-major (w0_00 w0_01 w0_02 w0_10 w0_11 w0_12),
//                          w[6..8] = W1 (w1_0 w1_1 w1_2).
// Result: out[0] = loss, out[1..9] = d loss / d w[0..8].
//
// The implementations share one signature and each has its own translation unit (the
// simplified one is grad_ctgrad.cpp built with CTGRAD_EMBEDDED_SCALAR=1), so that each
// compiles to a self-contained function whose code size can be read from the linker map.

extern "C" {
/// ctgrad: the loss written once, value_and_grad derived and fused by the compiler.
void grad_ctgrad(const float w[9], float out[10]);
/// The same, from simplify(loss): the zero and one factors of X folded before fusion.
void grad_ctgrad_scalar(const float w[9], float out[10]);
/// A person's forward pass and backpropagation over the same matrices.
void grad_handwritten(const float w[9], float out[10]);
}

namespace net {
inline constexpr int weights = 9;
inline constexpr int outputs = 10;
/// The implementations, in the order the firmware and the host check report them.
struct implementation {
  char tag;  // the letter that starts its lines in the firmware's output
  const char* name;
  void (*run)(const float*, float*);
};
inline constexpr implementation implementations[] = {
    {'C', "ctgrad", grad_ctgrad},
    {'S', "ctgrad-scalar", grad_ctgrad_scalar},
    {'H', "hand-written", grad_handwritten}};
inline constexpr const char* output_names[outputs] = {
    "loss", "d/w0_00", "d/w0_01", "d/w0_02", "d/w0_10", "d/w0_11", "d/w0_12",
    "d/w1_0", "d/w1_1", "d/w1_2"};
}  // namespace net
