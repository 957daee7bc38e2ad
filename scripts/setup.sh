#!/bin/bash
# setup.sh: install the host packages the workbench needs (idempotent:
# apt-get runs only when something is missing), check that they work
# (check-host.sh), then fetch the arm64 busybox and build sparse into
# build/tools.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

pkgs=(gcc-aarch64-linux-gnu binutils-aarch64-linux-gnu libc6-dev-arm64-cross
	flex bison bc
	libssl-dev libelf-dev cpio qemu-system-arm ccache python3
	python3-docutils python3-ply python3-git dpkg-dev make gcc libc6-dev git
	xz-utils clang libclang-rt-14-dev valgrind lcov)
missing=()
for p in "${pkgs[@]}"; do
	dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null |
		grep -q '^install ok installed$' || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
	cmd="apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
	if [ "$(id -u)" = 0 ]; then
		note "installing: ${missing[*]}"
		DEBIAN_FRONTEND=noninteractive apt-get -q update ||
			die "apt-get update failed: is the Debian mirror reachable?"
		# shellcheck disable=SC2086
		DEBIAN_FRONTEND=noninteractive apt-get -q install -y \
			--no-install-recommends "${missing[@]}" ||
			die "apt-get install failed"
	else
		die "missing packages; as root run: $cmd"
	fi
fi
# --no-install-recommends: prove that what the steps build can be built
"$ROOT/scripts/check-host.sh"
"$ROOT/scripts/tool-busybox.sh"
"$ROOT/scripts/tool-sparse.sh"
