# The libFuzzer targets (tests/fuzz/fuzz_NAME.cpp), shared by the fuzzing build and the ctest
# tests that run them. Keep in sync with the seeds in run_fuzz.py.
set(ACCT_FUZZ_TARGETS template calendar reminders config deadline client_import period date
                      duration money)
