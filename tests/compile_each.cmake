# SPDX-License-Identifier: MIT
# cmake -DCC=compiler -DINCLUDES="dir|dir" -DSOURCES="a.c;b.c" -P compile_each.cmake: compile every source with
# -std=c89 -pedantic -Wall -Wextra -Werror -fsyntax-only; fail naming the first that does not compile.
string(REPLACE "|" ";" include_dirs "${INCLUDES}")
set(flags -std=c89 -pedantic -Wall -Wextra -Werror -fsyntax-only)
foreach(dir ${include_dirs})
  list(APPEND flags -I${dir})
endforeach()
foreach(src ${SOURCES})
  execute_process(COMMAND ${CC} ${flags} ${src} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${src} does not compile on its own:\n${out}")
  endif()
endforeach()
list(LENGTH SOURCES n)
message(STATUS "${n} public headers compile on their own")
