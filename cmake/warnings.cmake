# Our own targets build warning-free as errors; consumers of ctgrad::ctgrad get none of this.
function(ctgrad_strict_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror)
endfunction()

# What a strict user's build adds: no exceptions, no RTTI, and the conversion, shadowing and
# cast warnings. Examples, static tests and the header checks build this way, so the public
# headers are proven clean under it (Boost.Test programs need exceptions and do not).
function(ctgrad_strict_user_build target)
  ctgrad_strict_warnings(${target})
  target_compile_options(${target} PRIVATE
    -fno-exceptions -fno-rtti -Wconversion -Wshadow -Wold-style-cast)
endfunction()
