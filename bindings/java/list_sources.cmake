# SPDX-License-Identifier: MIT
# Writes the list of the Java files SWIG generated under DIR into OUT (a javac @file), one quoted path a line.
# SWIG writes every Java file and the wrapper WRAPPER in one run; a Java file clearly older than the wrapper is
# left over from an earlier interface (a class that is no longer generated) and is deleted, so javac never
# compiles a stale proxy against the new JNI class.
file(GLOB_RECURSE _sources "${DIR}/*.java")
list(SORT _sources)
set(_wrapper_time 0)
if(WRAPPER AND EXISTS "${WRAPPER}")
  file(TIMESTAMP "${WRAPPER}" _wrapper_time "%s")
endif()
set(_text "")
foreach(f IN LISTS _sources)
  file(TIMESTAMP "${f}" _time "%s")
  math(EXPR _age "${_wrapper_time} - ${_time}")
  if(_age GREATER 2)
    file(REMOVE "${f}")
  else()
    string(APPEND _text "\"${f}\"\n")
  endif()
endforeach()
file(WRITE "${OUT}" "${_text}")
