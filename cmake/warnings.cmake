# Our own targets build warning-free as errors; consumers of ctgrad::ctgrad get none of this.
function(ctgrad_strict_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror)
endfunction()
