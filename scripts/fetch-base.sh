#!/bin/bash
# fetch-base.sh: download the pinned linux-source .deb into build/dl and
# verify its SHA-256. Prints the path of the .deb on stdout.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
. "$ROOT/configs/base.env"

deb=$DL/$BASE_DEB
verify() {
	local got
	got=$(sha256sum "$deb" | cut -d' ' -f1)
	[ "$got" = "$BASE_SHA256" ] || die "checksum mismatch for $deb
  expected $BASE_SHA256 (configs/base.env)
  got      $got
Delete the file and re-run; if the mirror really changed it, investigate before updating configs/base.env."
}

if [ -f "$deb" ]; then
	verify
	echo "$deb"
	exit 0
fi

note "downloading $BASE_PKG=$BASE_VERSION from $MIRROR"
apt_private base "deb $MIRROR $BASE_SUITE main
deb $MIRROR sid main"
cd "$DL"
if "${APT[@]}" download "$BASE_PKG=$BASE_VERSION" >&2; then
	verify
	echo "$deb"
	exit 0
fi

# The pinned version left the mirror: take the newest one, loudly.
newest=$("${APT_CACHE[@]}" madison "$BASE_PKG" | awk '{print $3}' |
	sort -V | tail -n1)
[ -n "$newest" ] || die "$BASE_PKG is not on $MIRROR at all; use KERNEL_SRC=/path/to/linux-7.3.y"
cat >&2 <<MSG
######################################################################
WARNING: $BASE_PKG=$BASE_VERSION is no longer on $MIRROR.
WARNING: falling back to the newest one there: $newest
WARNING: its checksum is NOT the pinned one; results may differ.
######################################################################
MSG
"${APT[@]}" download "$BASE_PKG=$newest" >&2
find "$DL" -maxdepth 1 -name "${BASE_PKG}_*${newest#*:}*_all.deb" | head -n1
