#!/usr/bin/env bash
# Side-by-side figures for issues #4 and #7, measured in one run on this machine, for a 简报 of N
# distinct stories (DistinctBulletin; 1, 44, 90, 448 stories make 4, 101, 201, 1,000 pages):
#  - ours, each size in a fresh process: pages, the in-process time after a one-story warm-up
#    (layout + PDF), the whole process's wall time (start-up, JIT, fonts, the warm-up and the
#    work), pages per second in-process, peak working set, bytes per page;
#  - process against process: LibreOffice converting our own DOCX of the same bulletin to PDF
#    (soffice --headless --convert-to pdf, its profile made by an untimed first conversion),
#    timed around its whole process, for N up to 90, against our whole process: the ratio.
# Usage: tests/Bulletin.Docs.Benchmarks/compare.sh [stories...]   (needs libreoffice-writer, poppler-utils)
set -euo pipefail
cd "$(dirname "$0")/../.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build -c Release tests/Bulletin.Docs.Benchmarks -v quiet -nologo >/dev/null
bench="tests/Bulletin.Docs.Benchmarks/bin/Release/net10.0/Bulletin.Docs.Benchmarks.dll"
counts=("${@:-1 44 90 448}")
printf '%-8s %-6s %-8s %-10s %-8s %-8s %-10s %-10s %-9s %-10s %-7s\n' stories pages ours_ms ours_proc pages/s peak_MB ours_B/pg lo_proc lo_pages lo_B/pg ratio
for n in ${counts[@]}; do
    start=$(date +%s%N)
    line="$(dotnet "$bench" scale "$n" "$work/ours-$n.pdf")"
    proc_ms=$(( ($(date +%s%N) - start) / 1000000 ))
    pages="$(sed -n 's/.*pages=\([0-9]*\).*/\1/p' <<<"$line")"
    ms="$(sed -n 's/.* ms=\([0-9]*\).*/\1/p' <<<"$line")"
    peak="$(sed -n 's/.*peak_mb=\([0-9]*\).*/\1/p' <<<"$line")"
    bytes="$(sed -n 's/.*bytes=\([0-9]*\).*/\1/p' <<<"$line")"
    lo_ms="-" lo_pages="-" lo_bpp="-" ratio="-"
    if [ "$n" -le 90 ] && command -v soffice >/dev/null; then
        dotnet "$bench" docx "$n" "$work/lo-$n.docx"
        soffice -env:UserInstallation=file://"$work"/profile --headless --convert-to pdf --outdir "$work/warm" "$work/lo-$n.docx" >/dev/null 2>&1
        start=$(date +%s%N)
        soffice -env:UserInstallation=file://"$work"/profile --headless --convert-to pdf --outdir "$work/lo" "$work/lo-$n.docx" >/dev/null 2>&1
        lo_ms=$(( ($(date +%s%N) - start) / 1000000 ))
        lo_pages="$(pdfinfo "$work/lo/lo-$n.pdf" | sed -n 's/^Pages: *//p')"
        lo_bpp=$(( $(stat -c %s "$work/lo/lo-$n.pdf") / lo_pages ))
        ratio="$(awk -v a="$lo_ms" -v b="$proc_ms" 'BEGIN { printf "%.1fx", a / (b > 0 ? b : 1) }')"
    fi
    pps="$(awk -v p="$pages" -v t="$ms" 'BEGIN { printf "%.0f", p * 1000 / (t > 0 ? t : 1) }')"
    printf '%-8s %-6s %-8s %-10s %-8s %-8s %-10s %-10s %-9s %-10s %-7s\n' "$n" "$pages" "$ms" "$proc_ms" "$pps" "$peak" $((bytes / pages)) "$lo_ms" "$lo_pages" "$lo_bpp" "$ratio"
done
