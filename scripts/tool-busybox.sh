#!/bin/bash
# tool-busybox.sh: unpack Debian's arm64 busybox-static (not installed) into
# build/tools/busybox; prints nothing when it is already there.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
bb=$TOOLS/busybox/bin/busybox
[ -x "$bb" ] && exit 0
note "fetching busybox-static:arm64"
apt_private arm64 "deb [arch=arm64] $MIRROR bookworm main" \
	-o APT::Architecture=arm64 -o APT::Architectures=arm64
tmp=$TOOLS/busybox.tmp
rm -rf "$tmp" && mkdir -p "$tmp"
(cd "$tmp" && "${APT[@]}" download busybox-static:arm64 >&2)
dpkg-deb -x "$tmp"/busybox-static_*_arm64.deb "$tmp/root"
file -L "$tmp/root/bin/busybox" 2>/dev/null | grep -q aarch64 ||
	[ ! -x /usr/bin/file ] || die "busybox is not an arm64 binary"
rm -rf "$TOOLS/busybox"
mv "$tmp/root" "$TOOLS/busybox"
rm -rf "$tmp"
note "busybox: $bb"
