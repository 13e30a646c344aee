#!/usr/bin/env bash
# The main job on the bundled demo data: ingest demo/bundle, then answer the questions in
# demo/questions.yaml, each printed with its citations. Uses ./.demo-data unless
# AUTOCAPTURE_DATA_DIR is set.
set -euo pipefail
cd "$(dirname "$0")/.."
export AUTOCAPTURE_DATA_DIR="${AUTOCAPTURE_DATA_DIR:-$PWD/.demo-data}"
export AUTOCAPTURE_TZ="${AUTOCAPTURE_TZ:-UTC}"
AC=.venv/bin/autocapture

$AC ingest demo/bundle
now=$(.venv/bin/python -c 'import yaml; print(yaml.safe_load(open("demo/questions.yaml"))["now"])')
.venv/bin/python -c 'import yaml
for q in yaml.safe_load(open("demo/questions.yaml"))["questions"]:
    print(q["question"])' | while IFS= read -r question; do
  echo
  echo "Q: $question"
  $AC ask "$question" --now "$now" | sed 's/^/   /'
done
