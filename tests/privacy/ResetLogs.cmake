# Empties the test run's log folder and its artifact folder (tests/CMakeLists.txt,
# fixture "log_privacy").
file(REMOVE_RECURSE "${DIR}")
file(MAKE_DIRECTORY "${DIR}")
if(ARTIFACTS)
    file(REMOVE_RECURSE "${ARTIFACTS}")
    file(MAKE_DIRECTORY "${ARTIFACTS}")
endif()
