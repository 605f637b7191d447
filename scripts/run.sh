#!/usr/bin/env bash
# Quick start: install what is missing, build, and start the console on the demo lab
# (created in the default lab folder on first run). Extra arguments go to the console,
# e.g. `bash scripts/run.sh --lang ja` or `bash scripts/run.sh --demo`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
exec build/bin/emroam "$@"
