#!/usr/bin/env bash
# The browser tests run in the system Chromium; nothing here downloads a browser of its own.
# Installs Debian's chromium when it is missing and we may (root with apt-get), else says how.
set -euo pipefail
browser="${CHROME_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing: installing Debian's chromium package…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The tests need Chromium at $browser. Install it (Debian: sudo apt-get install chromium)" >&2
echo "or set CHROME_PATH to a Chromium or Chrome executable." >&2
exit 1
