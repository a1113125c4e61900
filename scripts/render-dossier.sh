#!/usr/bin/env bash
# Dev only, never run by tests: writes the example's dossier (tinh-diem ho-so, with PDFs)
# and renders the first page of each paper as the README's pictures, docs/ho-so-*.png.
#   scripts/render-dossier.sh [out-dir]
# Needs LibreOffice Writer and poppler: apt-get install -y libreoffice-writer poppler-utils
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-test-artifacts/dossier}"
rm -rf "$out" && mkdir -p "$out"
npm run -s build:cli
node dist-cli/tinh-diem.mjs ho-so examples/cum-thi-dua-08-nam-2021.xlsx --out "$out" >/dev/null
for pdf in "$out"/cum-thi-dua-08-nam-2021-ho-so/*.pdf; do
  name=$(basename "${pdf%.pdf}" | sed 's/^[0-9]*-//; s/-long-an$//')
  pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$pdf" "docs/ho-so-$name"
done
ls docs/ho-so-*.png
