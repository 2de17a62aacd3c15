#!/bin/sh
# Installs Debian's Chromium for the browser tests when it is missing (Playwright must not download its own browser).
set -eu
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$CHROMIUM" ] && exit 0
echo "ensure-chromium: $CHROMIUM not found; installing Debian's chromium via apt-get" >&2
command -v apt-get >/dev/null 2>&1 || { echo "no apt-get; install Chromium and set CHROMIUM_PATH" >&2; exit 1; }
SUDO=""
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo"
  else echo "not root and no passwordless sudo; run: sudo apt-get install -y chromium" >&2; exit 1; fi
fi
$SUDO apt-get update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium
"$CHROMIUM" --version
