#!/usr/bin/env bash
# Installs Debian's Chromium (for printing PDFs) and the PDF/XML tools when they are missing, and
# for the press edition Ghostscript (PDF/X, CMYK) and a standard coated CMYK profile: ISO Coated v2
# 300% (FOGRA39), which Debian ships only inside scribus-data.
# --for-tests adds what only the tests use: translate-toolkit, the translators' XLIFF tools.
set -euo pipefail
missing=()
if [ "${1:-}" = "--for-tests" ]; then command -v pocount >/dev/null || missing+=(translate-toolkit); fi
[ -x /usr/lib/chromium/chromium ] || command -v chromium >/dev/null || missing+=(chromium)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
command -v qpdf >/dev/null || missing+=(qpdf)
command -v xmllint >/dev/null || missing+=(libxml2-utils)
command -v gs >/dev/null || missing+=(ghostscript)
[ -f /usr/share/scribus/profiles/ISOcoated_v2_300_bas.icc ] || missing+=(scribus-data)
[ ${#missing[@]} -eq 0 ] && exit 0
printf '\n\033[1m== Installing system packages: %s\033[0m\n' "${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  echo "Please install them first: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" fonts-dejavu-core >/dev/null
