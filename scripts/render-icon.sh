#!/bin/sh
# Renders resources/icon.svg to the 512x512 PNGs the app and the installers use.
# Needs Debian's chromium (apt-get install -y --no-install-recommends chromium).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
page=$(mktemp --suffix=.html)
trap 'rm -f "$page"' EXIT
printf '<html><body style="margin:0;background:transparent"><img src="file://%s/resources/icon.svg" width="512" height="512" style="display:block"></body></html>' "$root" >"$page"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --default-background-color=00000000 \
  --window-size=512,512 --screenshot="$root/resources/icon.png" "file://$page" >/dev/null 2>&1
cp "$root/resources/icon.png" "$root/build/icon.png"
echo "rendered resources/icon.png and build/icon.png"
