#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan + LSan) into build-fuzz/ and fuzzes each
# one from its seed corpus (tests/fuzz/corpus/<target>/; new inputs go to
# build-fuzz/tests/fuzz/corpus-<target>/, never into the source tree).
#
#   bash scripts/fuzz.sh                 # every target, 1,000,000 runs each
#   RUNS=-1 SECONDS_EACH=600 bash scripts/fuzz.sh fuzz_emapi   # one target, for ten minutes
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
dir=${EMROAM_FUZZ_BUILD_DIR:-build-fuzz}
if [ ! -f "$dir/build.ninja" ]; then
  CC=clang CXX=clang++ cmake -S . -B "$dir" -G Ninja -DEMROAM_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$dir"
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(fuzz_requestframing fuzz_emapi fuzz_emappquery fuzz_phoneobject fuzz_csv fuzz_labscript fuzz_labjson)
fi
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8
for t in "${targets[@]}"; do
  scratch="$dir/tests/fuzz/corpus-$t"
  mkdir -p "$scratch"
  echo "== $t"
  "$dir/bin/$t" -runs="${RUNS:-1000000}" -max_total_time="${SECONDS_EACH:-0}" -rss_limit_mb=2048 -timeout=10 \
    -print_final_stats=1 "$scratch" "tests/fuzz/corpus/$t"
done
