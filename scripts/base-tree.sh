#!/bin/bash
# base-tree.sh: build/base = a plain copy of tag `base` (for the warning
# baselines), refreshed only when the base commit changes.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
b=$BUILD/base
id=$(git -C "$SRC" rev-parse base)
[ "$(cat "$b/.workbench-base" 2>/dev/null)" = "$id" ] && exit 0
note "extracting the base tree into $b"
rm -rf "$b" "$b.tmp"
mkdir -p "$b.tmp"
git -C "$SRC" archive base | tar -C "$b.tmp" -xf -
echo "$id" > "$b.tmp/.workbench-base"
mv "$b.tmp" "$b"
