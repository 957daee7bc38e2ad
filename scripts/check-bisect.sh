#!/bin/bash
# check-bisect.sh: every prefix of the kernel series builds. Walks the
# commits of build/linux from base to series-tip (the test companion on
# top is checked at the tip only, by the harness step) one by one in a
# single O= dir (build/out/bisect, incremental, ccache), plus the series'
# KVM files with W=1 and -Werror (build/out/warn), and names the first
# patch that breaks the build or warns. Afterwards the tree is back on
# `main` with the mtimes it had before, so the other build dirs do not
# see a change.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
"$ROOT/scripts/apply-series.sh"
o=$OUT/bisect
"$ROOT/scripts/config-kernel.sh" "$o"
# Every prefix is also W=1 clean: where the tree defines every
# configs/warn.config symbol that the series tip defines, the objects of
# the arch/arm64/kvm/ files the series adds or changes are also built with
# W=1 and -Werror, in the W=1 dir. Only those: the rest of arch/arm64/kvm/
# is in Image already, and rebuilding all of it there again at each
# header change made the cold bisect much slower.
"$ROOT/scripts/config-warn.sh" "$SRC" "$OUT/warn"
head_opts=$("$ROOT/scripts/config-warn.sh" --list "$SRC")
cd "$SRC"
git rev-parse -q --verify "$SERIES_TIP" >/dev/null ||
	die "build/linux has no $SERIES_TIP tag: run 'make apply'"
mapfile -t commits < <(git rev-list --reverse "base..$SERIES_TIP")
mapfile -t patches < <(series_patches)
[ "${#commits[@]}" -gt 0 ] || { echo "FAIL: the series is empty"; echo "result: 0 passed, 1 failed, 0 skipped"; exit 1; }
branch=$(git symbolic-ref -q --short HEAD || git rev-parse HEAD)

# remember the mtimes of every file the series touches
ref=$(mktemp -d)
mapfile -t files < <(git diff --name-only base..HEAD)
mapfile -t kvm_files < <(git diff --name-only --diff-filter=AM "base..$SERIES_TIP" -- \
	'arch/arm64/kvm/*.c' ':!arch/arm64/kvm/hyp/')
for i in "${!files[@]}"; do
	[ ! -e "${files[$i]}" ] || touch -r "${files[$i]}" "$ref/$i"
done
restore() {
	git checkout -q -f "$branch"
	for i in "${!files[@]}"; do
		[ ! -e "$ref/$i" ] || [ ! -e "${files[$i]}" ] || touch -r "$ref/$i" "${files[$i]}"
	done
	rm -rf "$ref"
}
trap restore EXIT
trap 'exit 130' INT TERM

rm -f "$LOGS"/bisect-[0-9]*.log
pass=0 fail=0
for i in "${!commits[@]}"; do
	name=$(basename "${patches[$i]:-patch-$((i + 1))}")
	git checkout -q -f --detach "${commits[$i]}"
	t0=$(date +%s)
	log=$LOGS/bisect-$((i + 1)).log
	what=Image
	objs=()
	if [ "$("$ROOT/scripts/config-warn.sh" --list "$SRC")" = "$head_opts" ]; then
		for f in "${kvm_files[@]}"; do
			[ ! -e "$f" ] || objs+=("${f%.c}.o")
		done
		what="Image, ${#objs[@]} KVM files with W=1"
	fi
	if kmake "$o" Image > "$log" 2>&1 &&
	   { [ "${#objs[@]}" = 0 ] ||
	     kmake "$OUT/warn" W=1 KCFLAGS=-Werror "${objs[@]}" >> "$log" 2>&1; }; then
		echo "ok: 1..$((i + 1)) builds ($what; $name, $(($(date +%s) - t0))s)"
		pass=$((pass + 1))
	else
		echo "FAIL: the build breaks at patch $((i + 1)): $name"
		grep -E 'error|Error' "$log" | head -n 20 | sed 's/^/  /'
		fail=$((fail + 1))
		break
	fi
done
echo "result: $pass passed, $fail failed, $((${#commits[@]} - pass - fail)) skipped"
[ "$fail" = 0 ]
