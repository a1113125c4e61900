#!/usr/bin/env bash
# Dev only, never run by tests: renders a report .docx to PDF and one PNG per page,
# to look at the layout as LibreOffice prints it.
#   scripts/render-pdf.sh [report.docx] [out-dir]
# Without a .docx it first writes the example cluster's report (examples/cum-thi-dua-08-nam-2021.json).
# Needs LibreOffice Writer and poppler: apt-get install -y libreoffice-writer poppler-utils
# (Times New Roman is replaced by the metric-compatible Liberation Serif if absent).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${2:-test-artifacts/report}"
mkdir -p "$out"
docx="${1:-$out/bao-cao-vi-du.docx}"
if [ $# -eq 0 ]; then
  npx tsx -e "
    import('./scripts/example-report.ts').then(async (m) => {
      const { writeFileSync } = await import('node:fs');
      writeFileSync('$docx', await m.exampleReportDocx());
    });
  "
fi
soffice --headless --convert-to pdf --outdir "$out" "$docx" >/dev/null
pdf="$out/$(basename "${docx%.docx}").pdf"
pdftoppm -png -r 70 "$pdf" "$out/page"
echo "PDF: $pdf"
ls "$out"/page*.png
