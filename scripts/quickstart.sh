#!/usr/bin/env bash
# One command on a fresh Debian 12 or 13 machine: installs every dependency,
# builds kzsec, and prints the Kazakhstan report on the embedded dataset.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
bash scripts/install-deps.sh
export PATH="$here/.venv/bin:$PATH"
cmake --preset dev >/dev/null
cmake --build --preset dev -j "$(nproc)"
if [ -x build/dev/src/cli/kzsec ]; then
  build/dev/src/cli/kzsec report "$@"
else
  build/dev/examples/cpp/small_world
fi
