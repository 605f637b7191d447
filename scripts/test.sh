#!/usr/bin/env bash
# Install what is missing, build, and run the whole test suite (Qt Test suites and lab
# scripts through CTest, GUI suites offscreen). EMROAM_SANITIZE=1 runs it under ASan+UBSan+LSan.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
if [ "${EMROAM_SANITIZE:-0}" = "1" ]; then dir=${EMROAM_BUILD_DIR:-build-asan}; else dir=${EMROAM_BUILD_DIR:-build}; fi
export QT_QPA_PLATFORM=offscreen
# Leaks are errors (LeakSanitizer is on with ASan); scripts/lsan.supp lists only leaks proven to
# be Qt's or the system's, each with its reason.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/scripts/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
# EMROAM_CTEST_ARGS narrows the run (e.g. -R to pick suites), as CI does for the sanitizer pass.
# shellcheck disable=SC2086
ctest --test-dir "$dir" --output-on-failure -j "$(nproc)" ${EMROAM_CTEST_ARGS:-}
