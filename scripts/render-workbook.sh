#!/usr/bin/env bash
# Dev only, never run by tests: prints a workbook (.xlsx) to PDF with LibreOffice
# and renders one PNG per page, to look at how each sheet prints; the page of
# `Tổng hợp` also as tong-hop.png (the README's docs/tong-hop-a4.png).
#   scripts/render-workbook.sh [workbook.xlsx] [out-dir]
# Without a workbook it first runs the command on the example cluster and prints
# its summary workbook (out/cum-thi-dua-08-nam-2021-tong-hop.xlsx).
# Needs LibreOffice Calc, poppler and Carlito (Calibri's metrics): apt-get install -y libreoffice-calc poppler-utils fonts-crosextra-carlito
set -euo pipefail
cd "$(dirname "$0")/.."
out="${2:-test-artifacts/workbook}"
xlsx="${1:-out/cum-thi-dua-08-nam-2021-tong-hop.xlsx}"
if [ $# -eq 0 ]; then
  npm run -s build:cli
  node dist-cli/tinh-diem.mjs examples/cum-thi-dua-08-nam-2021.xlsx --out out --force >/dev/null
fi
rm -rf "$out" && mkdir -p "$out"
soffice --headless --convert-to pdf --outdir "$out" "$xlsx" >/dev/null
pdf="$out/$(basename "${xlsx%.xlsx}").pdf"
pdftoppm -png -r 70 "$pdf" "$out/page"
pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
for p in $(seq 1 "$pages"); do
  if pdftotext -f "$p" -l "$p" "$pdf" - | head -1 | grep -q '^Kết quả chấm điểm thi đua'; then
    pdftoppm -png -r 90 -f "$p" -l "$p" -singlefile "$pdf" "$out/tong-hop"
  fi
done
echo "PDF: $pdf ($pages pages)"
ls "$out"/*.png
