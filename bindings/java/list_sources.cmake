# SPDX-License-Identifier: MIT
# Writes the list of the Java files SWIG generated under DIR into OUT (a javac @file), one quoted path a line.
file(GLOB_RECURSE _sources "${DIR}/*.java")
list(SORT _sources)
set(_text "")
foreach(f IN LISTS _sources)
  string(APPEND _text "\"${f}\"\n")
endforeach()
file(WRITE "${OUT}" "${_text}")
