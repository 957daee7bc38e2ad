#!/bin/bash
# boot-tests.sh: the KVM selftests the boot check runs, one per line:
# the GICv3 regression guard, then every arm64/vgic_v5* test of the tree.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
printf 'arm64/%s\n' vgic_init vgic_irq vgic_its_save vgic_lpi_stress
find "$SRC/tools/testing/selftests/kvm/arm64" -maxdepth 1 -name 'vgic_v5*.c' \
	-printf 'arm64/%f\n' | sed 's/\.c$//' | LC_ALL=C sort
