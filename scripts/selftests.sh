#!/bin/bash
# selftests.sh: build the KVM arm64 selftests the boot check runs (static)
# into build/out/selftests, against the UAPI headers of build/out/kernel.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
o=$OUT/selftests
kvm=$SRC/tools/testing/selftests/kvm
hdr=$OUT/kernel/usr/include
[ -d "$hdr" ] || die "no UAPI headers in $hdr: run 'make build' first"
mkdir -p "$o/tools"  # abs_objdir: generated arm64 sysreg headers
mapfile -t tests < <("$ROOT/scripts/boot-tests.sh")
make -C "$kvm" -j"$JOBS" ARCH=arm64 CROSS_COMPILE="$CROSS" \
	CC="ccache ${CROSS}gcc" OUTPUT="$o" abs_objdir="$o" \
	KHDR_INCLUDES="-isystem $hdr" LDFLAGS="-static -pthread" \
	"${tests[@]/#/$o/}"
note "selftests: ${tests[*]}"
