# Empties the test run's log folder (tests/CMakeLists.txt, fixture "log_privacy").
file(REMOVE_RECURSE "${DIR}")
file(MAKE_DIRECTORY "${DIR}")
