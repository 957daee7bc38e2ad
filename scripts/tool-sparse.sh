#!/bin/bash
# tool-sparse.sh: build sparse from Debian sid's source package into
# build/tools/sparse (Debian 12's 0.6.4 is too old for Linux 7.3), and
# check it with the kernel's own scripts/checker-valid.sh when possible.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
sp=$TOOLS/sparse/sparse
valid() {
	[ -x "$sp" ] || return 1
	[ -x "$SRC/scripts/checker-valid.sh" ] || return 0
	[ "$("$SRC/scripts/checker-valid.sh" "$sp")" = 1 ]
}
valid && exit 0
note "building sparse from sid's source package"
apt_private sid-src "deb-src $MIRROR sid main"
tmp=$TOOLS/sparse.tmp
rm -rf "$tmp" && mkdir -p "$tmp"
(cd "$tmp" && "${APT[@]}" source sparse >&2)
dir=$(find "$tmp" -mindepth 1 -maxdepth 1 -type d -name 'sparse-*' | head -n1)
[ -n "$dir" ] || die "apt-get source sparse produced no source tree"
make -C "$dir" -s CC=gcc -j"$JOBS" sparse >&2
rm -rf "$TOOLS/sparse"
mv "$dir" "$TOOLS/sparse"
rm -rf "$tmp"
valid || die "sparse from sid fails the kernel's scripts/checker-valid.sh"
note "sparse: $sp ($("$sp" --version))"
