#!/usr/bin/env bash
# Configures and builds EMRoam Console into build/ (or $EMROAM_BUILD_DIR).
# EMROAM_SANITIZE=1 builds with AddressSanitizer + UndefinedBehaviorSanitizer (into build-asan/).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${EMROAM_SANITIZE:-0}" = "1" ]; then
  dir=${EMROAM_BUILD_DIR:-build-asan}
  extra=(-DEMROAM_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug)
else
  dir=${EMROAM_BUILD_DIR:-build}
  extra=(-DCMAKE_BUILD_TYPE=RelWithDebInfo)
fi
if [ ! -f "$dir/build.ninja" ]; then
  cmake -S . -B "$dir" -G Ninja "${extra[@]}"
fi
# EMROAM_BUILD_TARGETS builds only those targets (CI's sanitizer pass needs no widgets).
targets=()
for t in ${EMROAM_BUILD_TARGETS:-}; do targets+=(--target "$t"); done
cmake --build "$dir" "${targets[@]}"
# CMake 3.25's AUTOUIC regenerates a changed ui_*.h during the build, after Ninja has decided
# what is out of date, so the page that includes it is recompiled only by the next build: a
# second pass (no work at all when nothing changed) keeps incremental builds honest.
cmake --build "$dir" "${targets[@]}"
