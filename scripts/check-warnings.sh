#!/bin/bash
# check-warnings.sh KIND (sparse|w1): no warning in the series' directories
# that the base does not also have. The base side is cached per directory.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
kind=${1:?usage: check-warnings.sh sparse|w1}
if [ "$kind" = sparse ]; then "$ROOT/scripts/tool-sparse.sh"; fi
"$ROOT/scripts/base-tree.sh"
mapfile -t dirs < <("$ROOT/scripts/warn-dirs.sh")
cfg=$(cat "$ROOT/configs/kernel.config" "$ROOT/configs/warn.config" \
	"$ROOT/scripts/warnings.sh" "$ROOT/scripts/config-warn.sh" |
	sha256sum | cut -c1-16)
cache=$OUT/base-warn/.workbench-cache
mkdir -p "$cache" "$OUT/warn"
pass=0 fail=0
for d in "${dirs[@]}"; do
	key=$cache/$kind-$(echo "$d" | tr / _)-$(git -C "$SRC" rev-parse --short base)-$cfg
	if [ ! -f "$key" ]; then
		note "base $kind warnings for $d (cached after this run)"
		"$ROOT/scripts/warnings.sh" "$kind" "$BUILD/base" "$OUT/base-warn" "$d" > "$key.tmp"
		mv "$key.tmp" "$key"
	fi
	"$ROOT/scripts/warnings.sh" "$kind" "$SRC" "$OUT/warn" "$d" > "$OUT/warn/.workbench-$kind-cur"
	new=$(LC_ALL=C comm -13 "$key" "$OUT/warn/.workbench-$kind-cur")
	counts="base $(wc -l < "$key"), series $(wc -l < "$OUT/warn/.workbench-$kind-cur")"
	if [ -z "$new" ]; then
		echo "ok: $d: no new $kind warning ($counts)"
		pass=$((pass + 1))
	else
		echo "FAIL: new $kind warning(s) in $d ($counts):"
		grep -E ': (warning|error): ' "$OUT/warn/.workbench-$kind.log" |
			grep -F -f <(sed -E 's/^[^:]*: (warning|error): //' <<<"$new") |
			sed 's/^/  /' || printf '  %s\n' "$new"
		fail=$((fail + 1))
	fi
done
echo "result: $pass passed, $fail failed, 0 skipped"
[ "$fail" = 0 ]
