#!/bin/sh
# Installs poppler-utils (pdftotext, pdftoppm, pdfinfo) for the report PDF tests when missing.
# Same pattern as ensure-chromium.sh: Debian's package via apt-get, never a download.
set -eu
missing=""
for tool in pdftotext pdftoppm pdfinfo; do
  command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"
done
[ -z "$missing" ] && exit 0
echo "ensure-poppler:$missing not found; installing Debian's poppler-utils via apt-get" >&2
command -v apt-get >/dev/null 2>&1 || { echo "no apt-get; install poppler-utils (pdftotext, pdftoppm, pdfinfo)" >&2; exit 1; }
SUDO=""
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo"
  else echo "not root and no passwordless sudo; run: sudo apt-get install -y poppler-utils" >&2; exit 1; fi
fi
$SUDO apt-get update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends poppler-utils
for tool in pdftotext pdftoppm pdfinfo; do
  command -v "$tool" >/dev/null 2>&1 || { echo "ensure-poppler: $tool still missing after install" >&2; exit 1; }
done
echo "ensure-poppler: $(pdftotext -v 2>&1 | head -n 1)" >&2
