#!/usr/bin/env bash
# Install what is missing, build, and run the whole test suite (Qt Test suites and lab
# scripts through CTest, GUI suites offscreen). EMROAM_SANITIZE=1 runs it under ASan+UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
if [ "${EMROAM_SANITIZE:-0}" = "1" ]; then dir=${EMROAM_BUILD_DIR:-build-asan}; else dir=${EMROAM_BUILD_DIR:-build}; fi
export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
ctest --test-dir "$dir" --output-on-failure -j "$(nproc)"
