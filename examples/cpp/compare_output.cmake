# Runs PROGRAM with ARGS (a ;-list) and checks it.
#   EXPECTED=<file>:      it must exit with 0 and print exactly the file's content on stdout.
#                         If it differs, the output is written to ACTUAL (default: <name>.actual in
#                         the working directory, which ctest sets to the build directory), never into
#                         the source tree, and the message gives that path.
#   EXPECT_ERROR=<regex>: it must exit with a non-zero status (not a crash: an abort or a signal
#                         fails the test) and print a message matching the regex on stderr.
execute_process(COMMAND ${PROGRAM} ${ARGS} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(DEFINED EXPECT_ERROR)
  if(NOT rc MATCHES "^[0-9]+$")
    message(FATAL_ERROR "${PROGRAM} did not exit but ended with '${rc}' (an uncaught exception?)\n${err}")
  endif()
  if(rc EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} exited with 0 on bad input\n${out}")
  endif()
  if(NOT err MATCHES "${EXPECT_ERROR}")
    message(FATAL_ERROR "${PROGRAM}: stderr does not match '${EXPECT_ERROR}':\n${err}")
  endif()
  return()
endif()
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} exited with ${rc}\n${err}")
endif()
file(READ ${EXPECTED} expected)
if(NOT out STREQUAL expected)
  if(NOT DEFINED ACTUAL)
    get_filename_component(name "${EXPECTED}" NAME)
    set(ACTUAL "${CMAKE_CURRENT_BINARY_DIR}/${name}.actual")
  endif()
  file(WRITE "${ACTUAL}" "${out}")
  message(FATAL_ERROR "output differs from ${EXPECTED}; the actual output is in ${ACTUAL}\n"
                      "(diff -u ${EXPECTED} ${ACTUAL}):\n${out}")
endif()
