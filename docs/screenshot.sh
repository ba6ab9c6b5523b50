#!/usr/bin/env bash
# Makes docs/screenshot.png, the README's picture: the page that
# `go run ./cmd/timeline` writes for the embedded seeds, in headless Chromium
# (Debian package chromium) at 1280x1400, with echarts inlined from
# $TIMELINE_ECHARTS_JS or from the npm package echarts installed into a
# temporary directory.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
js="${TIMELINE_ECHARTS_JS:-}"
if [ -z "$js" ]; then
  npm install --prefix "$tmp/npm" --no-audit --no-fund --no-save echarts@5.6.0 >/dev/null
  js="$tmp/npm/node_modules/echarts/dist/echarts.min.js"
fi
go run ./cmd/timeline -q --out "$tmp" --echarts-js "$js" --title "ICE arrests at California courthouses"
chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
  --hide-scrollbars --force-device-scale-factor=1 --user-data-dir="$tmp/profile" \
  --virtual-time-budget=5000 --window-size=1280,1400 \
  --screenshot="$tmp/shot.png" "file://$tmp/timeline.html" 2>/dev/null
mv "$tmp/shot.png" docs/screenshot.png
echo "wrote docs/screenshot.png"
