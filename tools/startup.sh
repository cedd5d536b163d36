#!/usr/bin/env bash
# Start-up of the bulletin tool against LibreOffice and pandoc, process against process (README, "Start-up").
# Needs: hyperfine, libreoffice-writer, pandoc (apt-get install hyperfine libreoffice-writer pandoc).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$(mktemp -d)}"
dotnet publish "$root/src/Bulletin.Docs.Cli" -c Release -o "$out/jit" >/dev/null
dotnet publish "$root/src/Bulletin.Docs.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/r2r" >/dev/null
dotnet publish "$root/src/Bulletin.Docs.Cli" -c Release -r linux-x64 -p:PublishAot=true -o "$out/aot" >/dev/null
cd "$out"
cp "$root/samples/markdown/press-release.md" .
"$out/aot/bulletin" render press-release.md --docx      # the DOCX LibreOffice converts
hyperfine -N --warmup 3 --runs 20 \
  -n 'bulletin JIT' "$out/jit/bulletin render press-release.md --pdf -o o-jit" \
  -n 'bulletin ReadyToRun' "$out/r2r/bulletin render press-release.md --pdf -o o-r2r" \
  -n 'bulletin NativeAOT' "$out/aot/bulletin render press-release.md --pdf -o o-aot" \
  -n 'soffice DOCX to PDF' 'soffice --headless --convert-to pdf --outdir lo press-release.docx' \
  -n 'pandoc MD to DOCX' 'pandoc press-release.md -o pandoc.docx'
cmp o-jit/press-release.pdf o-aot/press-release.pdf && echo "JIT and NativeAOT PDFs: same bytes"
