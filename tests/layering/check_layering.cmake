# Fails when a header under INCLUDE_DIR/ctgrad includes a header of a higher layer. Each folder
# is one layer (detail/ belongs to core; a top-level <layer>.hpp to its folder) and may include
# its own layer and the layers listed before it. docs/design.md describes the layers.
set(layers config math core tensor ops diff eval program io check train)

function(layer_rank path out)
  string(REGEX REPLACE "^ctgrad/" "" relative "${path}")
  string(REGEX REPLACE "[/.].*$" "" layer "${relative}")
  if(layer STREQUAL "detail")
    set(layer core)
  endif()
  list(FIND layers "${layer}" rank)
  set(${out} ${rank} PARENT_SCOPE)
endfunction()

file(GLOB_RECURSE headers RELATIVE "${INCLUDE_DIR}" "${INCLUDE_DIR}/ctgrad/*.hpp")
list(REMOVE_ITEM headers ctgrad/ctgrad.hpp)  # the umbrella over every layer
list(LENGTH headers header_count)
if(header_count EQUAL 0)
  message(FATAL_ERROR "no headers under ${INCLUDE_DIR}/ctgrad")
endif()

set(violations "")
foreach(header IN LISTS headers)
  layer_rank(${header} rank)
  if(rank LESS 0)
    string(APPEND violations "\n  ${header} is in no known layer (add it to check_layering.cmake)")
    continue()
  endif()
  file(STRINGS "${INCLUDE_DIR}/${header}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*<ctgrad/")
  foreach(line IN LISTS includes)
    string(REGEX REPLACE "^.*<(ctgrad/[^>]+)>.*$" "\\1" included "${line}")
    layer_rank(${included} included_rank)
    if(included_rank GREATER rank OR included_rank LESS 0)
      string(APPEND violations "\n  ${header} includes ${included}")
    endif()
  endforeach()
endforeach()

if(violations)
  message(FATAL_ERROR "a lower layer includes a higher one (order: ${layers}):${violations}")
endif()
message(STATUS "${header_count} headers include only their own and lower layers")
