#!/usr/bin/env bash
# Makes sure Debian's chromium is at /usr/bin/chromium for the end-to-end tests.
# Installs it when we can (root with apt-get, as on CI); otherwise says how, and fails.
# Never downloads a browser any other way, and never skips silently.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
HINT="claimbench: end-to-end tests need Debian's chromium at /usr/bin/chromium — run: sudo apt-get install chromium"

if [[ -x "$CHROMIUM" ]]; then
  exit 0
fi

if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "claimbench: installing chromium with apt-get (needed by the end-to-end tests)..."
  export DEBIAN_FRONTEND=noninteractive
  # -qq keeps the log short; errors still reach stderr.
  if ! apt-get update -qq >/dev/null; then
    echo "claimbench: apt-get update failed; cannot install chromium" >&2
    exit 1
  fi
  if ! apt-get install -y -qq --no-install-recommends chromium >/dev/null; then
    echo "claimbench: apt-get install chromium failed" >&2
    exit 1
  fi
  if [[ -x "$CHROMIUM" ]]; then
    echo "claimbench: chromium installed: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
    exit 0
  fi
  echo "claimbench: apt-get installed chromium, but $CHROMIUM is still missing" >&2
  exit 1
fi

echo "$HINT" >&2
exit 1
