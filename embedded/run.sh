#!/usr/bin/env bash
# ctgrad on a Cortex-M4F: cross-compiles the fused gradient of the two-layer linear net (and a
# hand-written one) with Debian's arm-none-eabi toolchain, reports their code size, runs them
# under qemu-system-arm (mps2-an386, semihosting) and compares the numbers with a host build.
# Non-interactive and bounded in time; exits non-zero if a build fails, the image uses the
# heap, exceptions or RTTI, the firmware's own checks fail, or emulated and host values differ
# beyond float rounding. See embedded/README.md.
#
#   bash embedded/run.sh
#
# Environment: CTGRAD_EMBEDDED_BUILD (build directory, default build/embedded),
# CTGRAD_EMBEDDED_QEMU_TIMEOUT (seconds, default 60), CTGRAD_EMBEDDED_FLAGS (extra compiler
# flags for the target and the host build alike, e.g. -ffp-contract=off).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
build="${CTGRAD_EMBEDDED_BUILD:-$repo/build/embedded}"
qemu_timeout="${CTGRAD_EMBEDDED_QEMU_TIMEOUT:-60}"
read -r -a extra <<<"${CTGRAD_EMBEDDED_FLAGS:-}"
started=$SECONDS

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'embedded: FAILED: %s\n' "$*"; printf 'embedded: 0 passed, 1 failed\n'; exit 1; }

# --- 1. Tools --------------------------------------------------------------------------------
step "tools"
packages=(gcc-arm-none-eabi libstdc++-arm-none-eabi-newlib libnewlib-arm-none-eabi
          qemu-system-arm g++ libboost-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep "install ok installed" >/dev/null || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "installing: ${missing[*]}"
  [[ $(id -u) == 0 ]] || fail "not root: install ${missing[*]} with apt-get first"
  export DEBIAN_FRONTEND=noninteractive
  apt_log=$(mktemp)
  { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}"; } \
    >"$apt_log" 2>&1 || { tail -n 20 "$apt_log"; fail "apt-get install ${missing[*]}"; }
  rm -f "$apt_log"
fi
arm-none-eabi-g++ --version | sed -n 1p
g++ --version | sed -n 1p
qemu-system-arm --version | sed -n 1p
qemu-system-arm -M help | grep '^mps2-an386 ' >/dev/null || fail "this qemu-system-arm has no mps2-an386 board"

# --- 2. Cross build --------------------------------------------------------------------------
step "cross build (Cortex-M4F, float ABI hard, -O2, no exceptions, no RTTI) ${extra[*]}"
mkdir -p "$build/include"
# Boost.Hana (used by ctgrad's grad) is header-only: expose /usr/include/boost alone, so that
# no other host header can shadow newlib's.
ln -sfn /usr/include/boost "$build/include/boost"
cd "$build"
rm -f ./*.o app.elf app.map emulated.log host_check

target=(-mcpu=cortex-m4 -mthumb -mfloat-abi=hard -mfpu=fpv4-sp-d16 -std=c++20 -O2
        -fno-exceptions -fno-rtti -ffunction-sections -fdata-sections
        -Wall -Wextra -Wpedantic -Werror "${extra[@]}")
includes=(-I"$repo/include" -isystem "$build/include")
cross() { arm-none-eabi-g++ "${target[@]}" "${includes[@]}" "$@"; }

# Known problem, reported in README.md: ctgrad::math does not compile in double when long
# double is double. Probe it; build the double part of the elementary check once it does.
if cross -c "$here/probe_math_double.cpp" -o probe_math_double.o 2>probe_math_double.log; then
  math_double=1
  echo "ctgrad::math in double: builds"
else
  math_double=0
  echo "ctgrad::math in double: does NOT build for this target (known, see README.md):"
  grep -m 1 'error:' probe_math_double.log | sed "s|$repo/||" | cut -c 1-200
fi

cross -c "$here/grad_ctgrad.cpp" -o grad_ctgrad.o || fail "build grad_ctgrad"
cross -DCTGRAD_EMBEDDED_SCALAR=1 -c "$here/grad_ctgrad.cpp" -o grad_ctgrad_scalar.o \
  || fail "build grad_ctgrad_scalar"
cross -c "$here/grad_handwritten.cpp" -o grad_handwritten.o || fail "build grad_handwritten"
cross -DCTGRAD_EMBEDDED_MATH_DOUBLE=$math_double -c "$here/elementary.cpp" -o elementary.o \
  || fail "build elementary"
cross -c "$here/main.cpp" -o main.o || fail "build main"
cross -c "$here/startup.cpp" -o startup.o || fail "build startup"
objects=(startup.o main.o grad_ctgrad.o grad_ctgrad_scalar.o grad_handwritten.o elementary.o)
# No start files: startup.cpp is the start-up. nano + nosys supply memset/memcpy and newlib's
# maths; output is semihosting calls made directly (semihosting.hpp), so no stdio and no heap.
arm-none-eabi-g++ "${target[@]}" -nostartfiles --specs=nano.specs --specs=nosys.specs \
  -T "$here/mps2_an386.ld" -Wl,--gc-sections -Wl,-Map=app.map "${objects[@]}" -o app.elf \
  || fail "link"
arm-none-eabi-size app.elf

# --- 3. No heap, no exceptions, no RTTI ------------------------------------------------------
step "no heap, no exceptions, no RTTI in the image"
forbidden='^(malloc|free|calloc|realloc|_malloc_r|_free_r|_sbrk|_sbrk_r|__cxa_[a-z_]+|__gxx_personality_v0|_Unwind_[A-Za-z_]+|_Znwj|_Znaj|_ZdlPv|_ZdaPv|_ZdlPvj|_ZTI.*|_ZTS.*)$'
found=$(arm-none-eabi-nm app.elf | awk '{print $NF}' | grep -E "$forbidden" || true)
[[ -z $found ]] || fail "the image contains: $(tr '\n' ' ' <<<"$found")"
echo "none of malloc/free/_sbrk/operator new/delete, __cxa_*/_Unwind_*/personality, typeinfo"
for o in grad_ctgrad.o grad_ctgrad_scalar.o grad_handwritten.o; do
  undefined=$(arm-none-eabi-nm -u "$o" | awk '{print $NF}' | tr '\n' ' ')
  echo "$o needs from elsewhere: ${undefined:-nothing}"
done
headers=$(cross -M "$here/grad_ctgrad.cpp" | tr -s ' \134' '\n' | grep '/c++/[0-9.]*/[a-z_]*$' \
          | sed 's|.*/||' | sort -u | tr '\n' ' ')
echo "standard headers behind <ctgrad/ctgrad.hpp>: $headers"
if grep -qwE 'iostream|ostream|istream|sstream|fstream' <<<"$headers"; then fail "iostream"; fi

# --- 4. Code size ----------------------------------------------------------------------------
step "code size in the linked image (bytes of .text and .rodata from each translation unit)"
# Sums the input sections of one object in the linker map (after --gc-sections), so what a
# function calls in its own translation unit (ctgrad's program body) and its constants count.
map_bytes() {
  awk -v obj="$1" '
    function hex(s,   i, c, v) {
      v = 0; s = tolower(substr(s, 3))
      for (i = 1; i <= length(s); i++) v = v * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1
      return v
    }
    /^Linker script and memory map/ { on = 1; next }
    !on { next }
    NF == 1 && $1 ~ /^\./ { pending = $1; next }
    NF >= 3 && $NF == obj && $(NF - 1) ~ /^0x/ && $(NF - 2) ~ /^0x/ {
      name = NF == 4 ? $1 : pending
      if (name ~ /^\.(text|rodata)/) total += hex($(NF - 1))
    }
    { pending = "" }
    END { print total + 0 }' app.map
}
fp_ops() {  # floating-point arithmetic instructions in an object's code
  arm-none-eabi-objdump -d --no-show-raw-insn "$1" | grep -cE $'^ +[0-9a-f]+:\tv(add|sub|mul|div|fma|fms|nmul|nmla|nmls|mla|mls|neg)\\.f32' || true
}
printf '%-26s %8s  %s\n' "function" "bytes" "FP arithmetic instructions (static count)"
for f in grad_ctgrad grad_ctgrad_scalar grad_handwritten; do
  bytes=$(map_bytes "$f.o")
  ((bytes > 0)) || fail "no code from $f.o in the linker map"
  printf '%-26s %8d  %d\n' "$f" "$bytes" "$(fp_ops "$f.o")"
done
echo "symbols (arm-none-eabi-nm --size-sort -S, size in hex):"
for o in grad_ctgrad.o grad_ctgrad_scalar.o grad_handwritten.o; do
  arm-none-eabi-nm --size-sort -S -C "$o" | awk -v o="$o" '{n = $4; for (i = 5; i <= NF; i++) n = n " " $i;
    if (length(n) > 70) n = substr(n, 1, 67) "..."; printf "  %-26s %s %s %s\n", o, $2, $3, n}'
done

# --- 5. Emulated run -------------------------------------------------------------------------
step "run on qemu-system-arm -M mps2-an386 (Cortex-M4 with FPU), semihosting, ${qemu_timeout}s limit"
status=0
timeout "$qemu_timeout" qemu-system-arm -M mps2-an386 -cpu cortex-m4 -nographic -monitor none \
  -serial none -semihosting-config enable=on,target=native -kernel app.elf \
  >emulated.log 2>&1 </dev/null || status=$?
# The per-value lines are repeated, with the host's values beside them, in step 6.
grep -v '^#   ' emulated.log | grep -v '^[WCSH] ' || true
case $status in
  0) echo "emulator: exit 0 (the firmware's own checks passed)" ;;
  124) fail "the emulator did not finish within ${qemu_timeout}s" ;;
  *) fail "the emulator exited with $status (the firmware's checks failed or it faulted): see $build/emulated.log" ;;
esac

# --- 6. Host build and comparison ------------------------------------------------------------
step "host build (g++ $(uname -m), float, -O2, no exceptions, no RTTI ${extra[*]}) and comparison"
host=(-std=c++20 -O2 -fno-exceptions -fno-rtti -Wall -Wextra -Wpedantic -Werror "${extra[@]}")
g++ "${host[@]}" "${includes[@]}" -c "$here/grad_ctgrad.cpp" -o host_grad_ctgrad.o || fail "host build"
g++ "${host[@]}" "${includes[@]}" -DCTGRAD_EMBEDDED_SCALAR=1 -c "$here/grad_ctgrad.cpp" \
  -o host_grad_ctgrad_scalar.o || fail "host build"
g++ "${host[@]}" -c "$here/grad_handwritten.cpp" -o host_grad_handwritten.o || fail "host build"
g++ "${host[@]}" "$here/host_check.cpp" host_grad_ctgrad.o host_grad_ctgrad_scalar.o \
  host_grad_handwritten.o -o host_check || fail "host build"
./host_check emulated.log || fail "emulated and host values differ (or the firmware's output is incomplete)"

step "done in $((SECONDS - started)) s"
echo "embedded: 4 passed, 0 failed"
