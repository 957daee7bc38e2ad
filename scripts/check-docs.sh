#!/bin/bash
# check-docs.sh: the .rst files the series changes parse without warnings
# (docutils, kernel directives as no-ops), and kernel-doc -Wall on the
# .c/.h files it changes reports nothing that the base did not already.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cd "$SRC"
mapfile -t files < <(git diff --name-only --diff-filter=AMR base..HEAD)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
kdoc() { # kdoc FILE -> normalized warnings of kernel-doc
	./scripts/kernel-doc -none -Wall "$1" 2>&1 |
		sed -E -e "s|$1|FILE|g" -e 's/:[0-9]+([: ])/\1/g' | LC_ALL=C sort
}
pass=0 fail=0
for f in "${files[@]}"; do
	case $f in
	*.rst)
		if out=$(python3 "$ROOT/scripts/rst-check.py" "$f" 2>&1); then
			echo "ok: $f"; pass=$((pass + 1))
		else
			echo "FAIL: $f"; printf '  %s\n' "$out"; fail=$((fail + 1))
		fi ;;
	*.c|*.h)
		kdoc "$f" > "$tmp/new"
		if git cat-file -e "base:$f" 2>/dev/null; then
			mkdir -p "$tmp/base/$(dirname "$f")"
			git show "base:$f" > "$tmp/base/$f"
			(cd "$tmp/base" && "$SRC/scripts/kernel-doc" -none -Wall "$f" 2>&1 |
				sed -E -e "s|$f|FILE|g" -e 's/:[0-9]+([: ])/\1/g' |
				LC_ALL=C sort) > "$tmp/old"
		else
			: > "$tmp/old"
		fi
		new=$(LC_ALL=C comm -13 "$tmp/old" "$tmp/new")
		if [ -z "$new" ]; then
			echo "ok: kernel-doc $f"; pass=$((pass + 1))
		else
			echo "FAIL: kernel-doc $f"
			./scripts/kernel-doc -none -Wall "$f" 2>&1 | awk '!seen[$0]++' |
				sed 's/^/  /'
			fail=$((fail + 1))
		fi ;;
	esac
done
[ $((pass + fail)) -gt 0 ] || echo "note: the series changes no .rst, .c or .h file"
echo "result: $pass passed, $fail failed, 0 skipped"
[ "$fail" = 0 ]
