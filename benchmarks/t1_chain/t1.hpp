#pragma once
// T1: y = square(exp(square(x))) and dy/dx. Each system implements this one signature in a
// translation unit of its own, so nothing is folded across the call.

struct t1_result {
  double value;
  double dx;
};

t1_result t1_handwritten(double x);
t1_result t1_ctgrad_fused(double x);
t1_result t1_ctgrad_unfused(double x);
