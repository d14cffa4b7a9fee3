// The firmware: runs ctgrad's fused gradient and the hand-written one on a few weight sets,
// compares them on the target, prints every value (exact bits for the host comparison, and a
// readable decimal) through semihosting, and ends the emulation with status 0 only if all
// checks hold. No C library output, no heap: text is built in a fixed buffer here.
#include "elementary.hpp"
#include "net.hpp"
#include "semihosting.hpp"

#include <bit>
#include <cstdint>

namespace {

/// One line of output in a fixed buffer.
class line {
 public:
  line& operator<<(const char* s) {
    while (*s && n_ < capacity - 2) buf_[n_++] = *s++;
    return *this;
  }
  line& operator<<(long long v) {
    char digits[24];
    int k = 0;
    const bool negative = v < 0;
    unsigned long long u = negative ? 0ULL - static_cast<unsigned long long>(v) : v;
    do digits[k++] = char('0' + u % 10); while ((u /= 10) != 0);
    if (negative) put('-');
    while (k > 0) put(digits[--k]);
    return *this;
  }
  line& operator<<(int v) { return *this << static_cast<long long>(v); }
  /// The exact bits of a float, as 8 hex digits.
  line& hex(float v) {
    const auto bits = std::bit_cast<std::uint32_t>(v);
    for (int shift = 28; shift >= 0; shift -= 4) put("0123456789abcdef"[(bits >> shift) & 15]);
    return *this;
  }
  /// A float in decimal, d.dddddde+XX (for reading; the comparison uses the bits).
  line& dec(float v) {
    if (v != v) return *this << "nan";
    double a = v;
    if (a < 0) put('-'), a = -a;
    if (a > 3.5e38) return *this << "inf";
    int exponent = 0;
    if (a != 0) {
      while (a >= 10) a /= 10, ++exponent;
      while (a < 1) a *= 10, --exponent;
    }
    auto digits = static_cast<long long>(a * 1e6 + 0.5);
    if (digits >= 10000000) digits /= 10, ++exponent;
    char text[7];
    for (int i = 6; i >= 0; --i) text[i] = char('0' + digits % 10), digits /= 10;
    put(text[0]);
    put('.');
    for (int i = 1; i < 7; ++i) put(text[i]);
    put('e');
    put(exponent < 0 ? '-' : '+');
    if (exponent < 0) exponent = -exponent;
    put(char('0' + exponent / 10));
    put(char('0' + exponent % 10));
    return *this;
  }
  void end() {
    buf_[n_++] = '\n';
    buf_[n_] = 0;
    semihosting::write(buf_);
    n_ = 0;
  }

 private:
  static constexpr int capacity = 256;
  void put(char c) {
    if (n_ < capacity - 2) buf_[n_++] = c;
  }
  char buf_[capacity];
  int n_ = 0;
};

float magnitude(float v) { return v < 0 ? -v : v; }

/// The agreement used everywhere here: |a - b| <= 1e-5 * max(1, |a|, |b|).
bool agree(float a, float b) {
  float scale = 1;
  if (magnitude(a) > scale) scale = magnitude(a);
  if (magnitude(b) > scale) scale = magnitude(b);
  return magnitude(a - b) <= 1e-5f * scale;
}

/// Weights in [-2, 2) on a 1/16384 grid, from a fixed linear congruential sequence: exact in
/// float, so the host reads back the same numbers.
void random_weights(std::uint32_t& state, float w[net::weights]) {
  for (int i = 0; i < net::weights; ++i) {
    state = state * 1664525u + 1013904223u;
    w[i] = static_cast<float>((state >> 8) & 0xffff) / 16384.0f - 2.0f;
  }
}

constexpr int set_count = 8;
line out;

/// Runs every implementation on one weight set, prints the results, and compares each ctgrad
/// variant with the hand-written one. Returns true if they all agree.
bool run_set(int index, const char* what, const float w[net::weights]) {
  constexpr int count = sizeof(net::implementations) / sizeof(net::implementations[0]);
  constexpr int reference = count - 1;  // the hand-written one
  float results[count][net::outputs];
  for (int k = 0; k < count; ++k) net::implementations[k].run(w, results[k]);

  out << "# set " << index << ": " << what;
  out.end();
  out << "W " << index;
  for (int i = 0; i < net::weights; ++i) out << " ", out.hex(w[i]);
  out.end();
  for (int k = 0; k < count; ++k) {
    const char tag[] = {net::implementations[k].tag, 0};
    out << tag << " " << index;
    for (int i = 0; i < net::outputs; ++i) out << " ", out.hex(results[k][i]);
    out.end();
  }

  bool ok = true;
  for (int i = 0; i < net::outputs; ++i) {
    bool same = true;
    for (int k = 0; k < reference; ++k) same &= agree(results[k][i], results[reference][i]);
    ok &= same;
    out << "#   " << net::output_names[i];
    for (int k = 0; k < count; ++k) out << "  ", out.dec(results[k][i]);
    out << (same ? "" : "  MISMATCH");
    out.end();
  }
  return ok;
}

}  // namespace

int main() {
  out << "# ctgrad on a Cortex-M4F: fused gradient of the two-layer linear net, float";
  out.end();
  out << "# columns: ctgrad, ctgrad from simplify(loss), hand-written";
  out.end();
  int failures = 0;

  float w[net::weights] = {};
  if (!run_set(0, "all zeros", w)) ++failures;

  for (float& v : w) v = 1;
  if (!run_set(1, "all ones", w)) ++failures;
  // Worked by hand: H = [0;1;1;2] in every column, pred = [0,3,3,6], r = pred - target =
  // [0,2,3,5]; loss 38; dW1 = H^T 2r = 30; dW0 = X^T (2r W1^T): row 0 16, row 1 14.
  {
    const float expected[net::outputs] = {38, 16, 16, 16, 14, 14, 14, 30, 30, 30};
    bool exact = true;
    for (const auto& implementation : net::implementations) {
      float r[net::outputs];
      implementation.run(w, r);
      for (int i = 0; i < net::outputs; ++i) exact &= r[i] == expected[i];
    }
    out << "# set 1 against the hand-worked values (exact): " << (exact ? "ok" : "MISMATCH");
    out.end();
    if (!exact) ++failures;
  }

  const float start[net::weights] = {0.5f, -0.25f, 0.125f, 1.5f, -0.75f, 2.0f,
                                     0.3f, -1.2f, 0.7f};
  if (!run_set(2, "fixed", start)) ++failures;

  std::uint32_t state = 20240601u;
  for (int s = 3; s < 7; ++s) {
    random_weights(state, w);
    if (!run_set(s, "pseudo-random in [-2, 2)", w)) ++failures;
  }

  // Training: 100 steps of gradient descent from set 2 with ctgrad's gradient.
  for (int i = 0; i < net::weights; ++i) w[i] = start[i];
  float g[net::outputs];
  grad_ctgrad(w, g);
  const float first_loss = g[0];
  for (int step = 0; step < 100; ++step) {
    grad_ctgrad(w, g);
    for (int i = 0; i < net::weights; ++i) w[i] -= 0.02f * g[1 + i];
  }
  grad_ctgrad(w, g);
  const bool learned = g[0] < 0.01f * first_loss;
  out << "# training from set 2, 100 steps of lr 0.02: loss ";
  out.dec(first_loss) << " -> ";
  out.dec(g[0]) << (learned ? " (ok)" : " (did NOT drop below 1% of the start)");
  out.end();
  if (!learned) ++failures;
  if (!run_set(7, "set 2 after training", w)) ++failures;

  elementary_report reports[3];
  elementary_check(reports);
  for (const auto& r : reports) {
    // Run time is newlib; compile time is ctgrad::math's constexpr path. Both are meant to be
    // within a few ulp of the true value, so a large distance means one of them is wrong.
    out << "# elementary functions, " << r.type << ": ";
    if (!r.built) {
      out << "not built (ctgrad::math does not compile in this type here; see README.md)";
      out.end();
      continue;
    }
    const bool ok = r.finite && r.worst_ulp <= 64;
    out << r.outputs << " values, compile time vs run time (newlib) differ by at most "
        << r.worst_ulp << " ulp" << (r.finite ? "" : ", NOT all finite")
        << (ok ? "" : "  FAILED");
    out.end();
    if (!ok) ++failures;
  }

  out << "END " << set_count << " sets, " << failures << " failed checks";
  out.end();
  return failures == 0 ? 0 : 1;
}
