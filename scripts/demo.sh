#!/usr/bin/env bash
# The main job on the bundled demo data: ingest demo/bundle, then answer the questions in
# evals/demo.yaml (the repository's golden suite), each printed with its citations. Uses ./.demo-data unless
# AUTOCAPTURE_DATA_DIR is set.
set -euo pipefail
cd "$(dirname "$0")/.."
export AUTOCAPTURE_DATA_DIR="${AUTOCAPTURE_DATA_DIR:-$PWD/.demo-data}"
export AUTOCAPTURE_TZ="${AUTOCAPTURE_TZ:-UTC}"
AC=.venv/bin/autocapture

$AC ingest demo/bundle
now=$(.venv/bin/python -c 'import yaml; print(yaml.safe_load(open("evals/demo.yaml"))["now"])')
.venv/bin/python -c 'import yaml
for t in yaml.safe_load(open("evals/demo.yaml"))["tests"]:
    print(t["question"])' | while IFS= read -r question; do
  echo
  echo "Q: $question"
  $AC ask "$question" --now "$now" | sed 's/^/   /'
done
