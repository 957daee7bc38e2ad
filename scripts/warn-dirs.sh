#!/bin/bash
# warn-dirs.sh: the kbuild directories the sparse and W=1 checks cover, one
# per line: arch/arm64/kvm/ (it builds vgic/ too) plus the directory of
# every .c file the series touches, outside tools/ and arch/arm64/kvm/.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
{
	echo arch/arm64/kvm/
	git -C "$SRC" diff --name-only --diff-filter=AMR base..HEAD -- '*.c' |
		grep -vE '^(tools|Documentation|samples|arch/arm64/kvm)/' |
		xargs -r -n1 dirname | sed 's|$|/|'
} | LC_ALL=C sort -u
