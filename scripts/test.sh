#!/usr/bin/env bash
# What `npm test` runs: chromium check, typecheck, lint, unit tests, end-to-end tests.
# Stops at the first failing step and says which one.
set -euo pipefail

cd "$(dirname "$0")/.."

started=$SECONDS
passed=()
current=""

header() {
  printf '\n\033[1m== claimbench test: %s ==\033[0m\n' "$1"
}

on_exit() {
  local code=$?
  local elapsed=$((SECONDS - started))
  echo
  if [[ $code -eq 0 ]]; then
    echo "claimbench test: PASSED (${passed[*]}) in ${elapsed}s"
  else
    echo "claimbench test: FAILED at '${current}' (passed before it: ${passed[*]:-none}) after ${elapsed}s"
  fi
}
trap on_exit EXIT

step() {
  current=$1
  shift
  header "$current"
  "$@"
  passed+=("$current")
}

step chromium bash scripts/ensure-chromium.sh
step typecheck npm run --silent typecheck
step lint npm run --silent lint
step unit npm run --silent test:unit
step e2e npm run --silent test:e2e
