#!/bin/bash
# check-checkpatch.sh: scripts/checkpatch.pl --strict on every patch of
# the kernel series and of the test companion (not the cover letter). Any
# error, warning or check that is not in configs/checkpatch-allow.txt
# fails the step.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
allow=$ROOT/configs/checkpatch-allow.txt
mapfile -t patches < <(series_patches; companion_patches)
[ "${#patches[@]}" -gt 0 ] || { echo "FAIL: series/ has no patches"; echo "result: 0 passed, 1 failed, 0 skipped"; exit 1; }

allowed() { # allowed PATCH-NAME TYPE MESSAGE
	local glob type re
	while read -r glob type re; do
		# shellcheck disable=SC2254
		case $1 in $glob) ;; *) continue ;; esac
		[ "$type" = "$2" ] || continue
		[ -z "$re" ] || grep -qE -- "$re" <<<"$3" || continue
		return 0
	done < <(sed -e 's/[[:space:]]*#.*//' -e '/^[[:space:]]*$/d' "$allow")
	return 1
}

pass=0 fail=0
for p in "${patches[@]}"; do
	name=$(basename "$p")
	out=$(cd "$SRC" || exit 1; ./scripts/checkpatch.pl --strict --terse \
		--show-types --no-summary "$p" 2>&1) || true
	bad=0
	while IFS= read -r l; do
		[ -n "$l" ] || continue
		if [[ $l =~ :\ (ERROR|WARNING|CHECK):([A-Z_0-9]+):\ (.*)$ ]]; then
			if allowed "$name" "${BASH_REMATCH[2]}" "${BASH_REMATCH[3]}"; then
				echo "  allowed: $name: ${BASH_REMATCH[1]}:${BASH_REMATCH[2]}"
				continue
			fi
		fi
		echo "  $name: ${l#"$p":}"
		bad=$((bad + 1))
	done <<<"$out"
	if [ "$bad" = 0 ]; then
		echo "ok: $name"; pass=$((pass + 1))
	else
		echo "FAIL: $name ($bad finding(s))"; fail=$((fail + 1))
	fi
done
# The cover letter is not checked, but say when it is missing or stale.
cover=$SERIES/0000-cover-letter.patch
mapfile -t kernel < <(series_patches)
if [ ! -f "$cover" ] ||
   ! grep -qE "^Subject: \[PATCH 0*0/${#kernel[@]}\]" "$cover"; then
	echo "note: $cover is missing or not for ${#kernel[@]} patches: run 'make export TREE=...'"
fi
echo "result: $pass passed, $fail failed, 0 skipped"
[ "$fail" = 0 ]
