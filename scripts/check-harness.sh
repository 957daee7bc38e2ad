#!/bin/bash
# check-harness.sh: the series' userspace build of the VGICv5 IRS emulation
# (tools/testing/vgic-v5 in the patched tree): replay scripts diffed
# against their expected output, then a bounded libFuzzer run
# (FUZZ_SECONDS, default 60). Built from scratch each time, with the
# host's gcc and clang.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
dir=$SRC/tools/testing/vgic-v5
[ -f "$dir/Makefile" ] || die "the series has no tools/testing/vgic-v5"
make -C "$dir" clean >/dev/null 2>&1 || rm -rf "$dir/build"
out=$(mktemp)
trap 'rm -f "$out"' EXIT
rc=0
make -C "$dir" -j"$JOBS" check FUZZ_SECONDS="${FUZZ_SECONDS:-60}" 2>&1 | tee "$out" || rc=$?
line=$(grep -E '^vgic-v5: [0-9]+ passed, [0-9]+ failed' "$out" | tail -n1 || true)
[ -n "$line" ] || die "the harness printed no result line"
read -r p f < <(sed -E 's/^vgic-v5: ([0-9]+) passed, ([0-9]+) failed.*/\1 \2/' <<<"$line")
k=$(grep -cE '^SKIP' "$out" || true)
echo "result: $p passed, $f failed, $k skipped"
{ [ "$rc" = 0 ] && [ "$f" = 0 ]; } || die "harness failed"
echo "ok harness: $line"
