# The test screenshots_smoke (tools/screenshots/CMakeLists.txt): takes the shots NAMES with SHOTS into a fresh OUT,
# then checks each PNG (readable, at most MAX pixels, more than one colour). Fails when either step fails.
cmake_minimum_required(VERSION 3.25)
file(REMOVE_RECURSE "${OUT}")
execute_process(COMMAND "${SHOTS}" --out "${OUT}" --only "${NAMES}" RESULT_VARIABLE taken)
if(NOT taken EQUAL 0)
    message(FATAL_ERROR "shuangsui-shots --only ${NAMES} failed (${taken})")
endif()
string(REPLACE "," ";" names "${NAMES}")
execute_process(COMMAND "${SHOTS}" --check "${OUT}" --max "${MAX}" ${names} RESULT_VARIABLE checked)
if(NOT checked EQUAL 0)
    message(FATAL_ERROR "the screenshots in ${OUT} are not all fine (${checked})")
endif()
