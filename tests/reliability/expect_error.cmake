# Runs PROGRAM with ARGS ('|'-separated) and passes if it exits non-zero within the
# test's timeout and its standard error matches the regular expression EXPECT.
string(REPLACE "|" ";" args "${ARGS}")
execute_process(COMMAND ${PROGRAM} ${args} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(rc EQUAL 0)
  message(FATAL_ERROR "expected a failure, got exit 0; stdout:\n${out}")
endif()
if(NOT err MATCHES "${EXPECT}")
  message(FATAL_ERROR "exit ${rc}, but stderr does not match '${EXPECT}':\n${err}")
endif()
message(STATUS "exit ${rc}: ${err}")
