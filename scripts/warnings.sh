#!/bin/bash
# warnings.sh KIND TREE OUTDIR DIR...: print the normalized (no line numbers,
# no tree prefix) sorted warnings of KIND (w1 = gcc W=1, sparse = C=2) for
# the kbuild directories DIR... of TREE, built in OUTDIR.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
kind=$1 o=$3
SRC=$(realpath "$2")
export WB_SRC=$SRC
shift 3
"$ROOT/scripts/config-warn.sh" "$SRC" "$o" >&2
raw=$o/.workbench-$kind.log
case $kind in
w1)
	# force recompilation (ccache replays the compiler's warnings)
	for d in "$@"; do
		[ ! -d "$o/$d" ] || find "$o/$d" -name '*.o' -delete
	done
	kmake "$o" W=1 "$@" > "$raw" 2>&1 ||
		{ tail -n 40 "$raw" >&2; die "W=1 build of $* failed in $SRC"; }
	filter=']$' ;;
sparse)
	sp=$TOOLS/sparse/sparse
	kmake "$o" W=1 "$@" > /dev/null 2>&1 ||
		die "build of $* failed in $SRC"
	kmake "$o" W=1 C=2 CHECK="$sp" "$@" > "$raw" 2>&1 ||
		{ tail -n 40 "$raw" >&2; die "sparse run of $* failed in $SRC"; }
	if grep -q 'is not available or not up to date' "$raw"; then
		grep 'is not available' "$raw" >&2
		die "the kernel says the checker $sp is unusable: nothing was checked"
	fi
	grep -q '^  CHECK ' "$raw" || die "sparse checked no file"
	filter='[^]]$' ;;
*) die "unknown kind $kind" ;;
esac
grep -E ': (warning|error): ' "$raw" | grep -E -- "$filter" |
	sed -E -e 's#^([^ ]*/)?(build/)?(\.\./)*(linux|base)/##' \
		-e 's/:[0-9]+(:[0-9]+)?:/:/g' | LC_ALL=C sort || true
