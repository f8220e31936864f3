#!/usr/bin/env bash
# Installs every dependency of kzsec on a fresh Debian 12 or 13 machine:
# the C++ toolchain and libraries from Debian, and a Python virtual environment
# (.venv at the project root) with the Python build and test stack from PyPI.
# Idempotent: running it again only installs what is missing.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

debs=(
  build-essential g++ cmake ninja-build pkg-config git
  libboost-graph-dev libeigen3-dev doctest-dev nlohmann-json3-dev
  libfmt-dev libcli11-dev zlib1g-dev
  libopenblas-dev liblapacke-dev libspectra-dev
  clang
  python3 python3-dev python3-venv python3-pip
  doxygen graphviz
  ccache
)
missing=()
for p in "${debs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "[kzsec] apt-get install ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# clang's libFuzzer runtime lives in a package named after clang's major version
# (libclang-rt-14-dev on Debian 12, libclang-rt-19-dev on Debian 13).
if ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1 \
   && ! ls /usr/lib/llvm-*/lib/clang/*/lib/*/libclang_rt.fuzzer*.a >/dev/null 2>&1; then
  ver=$(clang --version | sed -n 's/.*clang version \([0-9]*\).*/\1/p' | head -1)
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "libclang-rt-${ver}-dev" >/dev/null
fi

py="${PYTHON:-python3}"
if [ ! -x "$here/.venv/bin/python" ]; then
  echo "[kzsec] creating $here/.venv"
  "$py" -m venv "$here/.venv"
fi
"$here/.venv/bin/python" -m pip install -q --upgrade pip
"$here/.venv/bin/python" -m pip install -q -r "$here/requirements-dev.txt"
echo "[kzsec] dependencies installed"
