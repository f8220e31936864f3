# Test of compare_output.cmake (ctest example:compare_output): a program whose output differs
# from the recorded file must fail the comparison, and its output must be written to ACTUAL
# (the build directory), not next to the .expected file, with that path in the message.
#   cmake -DCOMPARE=<compare_output.cmake> -DWORK=<scratch dir> -P test_compare_output.cmake
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/source" "${WORK}/build")
file(WRITE "${WORK}/source/demo.expected" "recorded\n")
execute_process(
  COMMAND ${CMAKE_COMMAND} -DPROGRAM=${CMAKE_COMMAND} "-DARGS=-E;echo;different"
          -DEXPECTED=${WORK}/source/demo.expected -DACTUAL=${WORK}/build/demo.actual -P ${COMPARE}
  RESULT_VARIABLE rc ERROR_VARIABLE err)
if(rc EQUAL 0)
  message(FATAL_ERROR "a differing output passed the comparison")
endif()
if(EXISTS "${WORK}/source/demo.expected.actual" OR EXISTS "${WORK}/source/demo.actual")
  message(FATAL_ERROR "the actual output was written into the source directory ${WORK}/source")
endif()
if(NOT EXISTS "${WORK}/build/demo.actual")
  message(FATAL_ERROR "the actual output was not written to ${WORK}/build/demo.actual:\n${err}")
endif()
file(READ "${WORK}/build/demo.actual" actual)
if(NOT actual STREQUAL "different\n")
  message(FATAL_ERROR "the .actual file holds '${actual}', not the program's output")
endif()
string(FIND "${err}" "${WORK}/build/demo.actual" at)
if(at EQUAL -1)
  message(FATAL_ERROR "the message does not give the path of the actual output:\n${err}")
endif()
# without ACTUAL: the working directory (ctest's is the build directory), still not the source tree
execute_process(
  COMMAND ${CMAKE_COMMAND} -DPROGRAM=${CMAKE_COMMAND} "-DARGS=-E;echo;different"
          -DEXPECTED=${WORK}/source/demo.expected -P ${COMPARE}
  WORKING_DIRECTORY "${WORK}/build" RESULT_VARIABLE rc ERROR_VARIABLE err)
if(rc EQUAL 0 OR NOT EXISTS "${WORK}/build/demo.expected.actual" OR EXISTS "${WORK}/source/demo.expected.actual")
  message(FATAL_ERROR "without ACTUAL the output must go to the working directory:\n${err}")
endif()
# the same output passes
file(WRITE "${WORK}/source/demo.expected" "different\n")
execute_process(
  COMMAND ${CMAKE_COMMAND} -DPROGRAM=${CMAKE_COMMAND} "-DARGS=-E;echo;different"
          -DEXPECTED=${WORK}/source/demo.expected -DACTUAL=${WORK}/build/demo2.actual -P ${COMPARE}
  RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR EXISTS "${WORK}/build/demo2.actual")
  message(FATAL_ERROR "an equal output failed or left an .actual file:\n${err}")
endif()
