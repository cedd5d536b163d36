#!/usr/bin/env bash
# Side-by-side figures for issue #4, measured in one run on this machine:
#  - our PDF of a 简报 of N seed stories (N = 1, 10, 100, 1000), each in a fresh process: pages,
#    wall time after warm-up, pages per second, peak working set, bytes per page;
#  - LibreOffice converting our own DOCX of the same bulletin to PDF (soffice --headless), timed
#    around the conversion only, for N up to 100: the speed ratio and LibreOffice's bytes per page.
# Usage: tests/Bulletin.Docs.Benchmarks/compare.sh [stories...]   (needs libreoffice-writer)
set -euo pipefail
cd "$(dirname "$0")/../.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build -c Release tests/Bulletin.Docs.Benchmarks -v quiet -nologo >/dev/null
bench="tests/Bulletin.Docs.Benchmarks/bin/Release/net10.0/Bulletin.Docs.Benchmarks.dll"
counts=("${@:-1 10 100 1000}")
printf '%-8s %-6s %-9s %-9s %-8s %-10s %-10s %-10s %-7s\n' stories pages ours_ms pages/s peak_MB ours_B/pg lo_ms lo_B/pg ratio
for n in ${counts[@]}; do
    line="$(dotnet "$bench" scale "$n" "$work/ours-$n.pdf")"
    pages="$(sed -n 's/.*pages=\([0-9]*\).*/\1/p' <<<"$line")"
    ms="$(sed -n 's/.* ms=\([0-9]*\).*/\1/p' <<<"$line")"
    peak="$(sed -n 's/.*peak_mb=\([0-9]*\).*/\1/p' <<<"$line")"
    bytes="$(sed -n 's/.*bytes=\([0-9]*\).*/\1/p' <<<"$line")"
    lo_ms="-" lo_bpp="-" ratio="-"
    if [ "$n" -le 100 ] && command -v soffice >/dev/null; then
        dotnet "$bench" docx "$n" "$work/lo-$n.docx"
        soffice -env:UserInstallation=file://"$work"/profile --headless --convert-to pdf --outdir "$work/warm" "$work/lo-$n.docx" >/dev/null 2>&1
        start=$(date +%s%N)
        soffice -env:UserInstallation=file://"$work"/profile --headless --convert-to pdf --outdir "$work/lo" "$work/lo-$n.docx" >/dev/null 2>&1
        lo_ms=$(( ($(date +%s%N) - start) / 1000000 ))
        lo_pages="$(pdfinfo "$work/lo/lo-$n.pdf" | sed -n 's/^Pages: *//p')"
        lo_bpp=$(( $(stat -c %s "$work/lo/lo-$n.pdf") / lo_pages ))
        ratio="$(awk -v a="$lo_ms" -v b="$ms" 'BEGIN { printf "%.1fx", a / (b > 0 ? b : 1) }')"
    fi
    pps="$(awk -v p="$pages" -v t="$ms" 'BEGIN { printf "%.0f", p * 1000 / (t > 0 ? t : 1) }')"
    printf '%-8s %-6s %-9s %-9s %-8s %-10s %-10s %-10s %-7s\n' "$n" "$pages" "$ms" "$pps" "$peak" $((bytes / pages)) "$lo_ms" "$lo_bpp" "$ratio"
done
