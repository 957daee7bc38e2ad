#!/bin/bash
# export.sh [TREE]: write base..HEAD of TREE (default build/linux) as
# deterministic `git format-patch` output: the kernel series to series/,
# with the cover letter 0000-cover-letter.patch regenerated from
# cover-letter.txt, and the test companion to companion/. The companion
# is the commits whose subject starts with "tools/testing/vgic-v5:"; they
# must all come after the kernel series.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
tree=$(realpath "${1:-$SRC}")
git -C "$tree" rev-parse -q --verify base >/dev/null ||
	die "$tree has no 'base' tag"
n=$(git -C "$tree" rev-list --count base..HEAD)
[ "$n" -gt 0 ] || die "$tree has no commits on top of base"
# The boundary: the last kernel commit, with only companion ones after it
tip=
while read -r c subj; do
	case $subj in
	tools/testing/vgic-v5:*) ;;
	*)	[ -z "$tip" ] || die "kernel commit $c comes after a companion commit: reorder them first"
		continue ;;
	esac
	[ -n "$tip" ] || tip=$(git -C "$tree" rev-parse "$c^")
done < <(git -C "$tree" log --reverse --format='%H %s' base..HEAD)
[ -n "$tip" ] || tip=$(git -C "$tree" rev-parse HEAD)
n=$(git -C "$tree" rev-list --count "base..$tip")
nc=$(git -C "$tree" rev-list --count "$tip..HEAD")
[ "$n" -gt 0 ] || die "$tree has no kernel commits on top of base"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
git -C "$tree" -c format.useAutoBase=false -c diff.noprefix=false \
	-c diff.mnemonicPrefix=false -c format.signOff=false \
	format-patch -q -o "$tmp" --zero-commit --no-signature --cover-letter \
	--numbered --subject-prefix=PATCH --no-thread --no-to --no-cc \
	--no-add-header --abbrev=12 "base..$tip"
mkdir -p "$tmp/companion"
[ "$nc" = 0 ] || git -C "$tree" -c format.useAutoBase=false -c diff.noprefix=false \
	-c diff.mnemonicPrefix=false -c format.signOff=false \
	format-patch -q -o "$tmp/companion" --zero-commit --no-signature \
	--numbered --subject-prefix=PATCH --no-thread --no-to --no-cc \
	--no-add-header --abbrev=12 "$tip..HEAD"

# Cover letter: subject and blurb from cover-letter.txt; From/Date of the
# newest commit instead of the user and the current time.
cover=$tmp/0000-cover-letter.patch
from=$(git -C "$tree" log -1 --format='%an <%ae>')
date=$(git -C "$tree" log -1 --format='%aD')
awk -v txt="$ROOT/cover-letter.txt" -v from="$from" -v date="$date" '
BEGIN {
	getline subj < txt
	while ((getline l < txt) > 0) blurb = blurb l "\n"
	sub(/^\n+/, "", blurb); sub(/\n+$/, "", blurb)
}
/^From: / && !hdr_from { print "From: " from; hdr_from = 1; next }
/^Date: / && !hdr_date { print "Date: " date; hdr_date = 1; next }
{ sub(/\*\*\* SUBJECT HERE \*\*\*/, subj) }
/^\*\*\* BLURB HERE \*\*\*$/ { print blurb; next }
{ print }' "$cover" > "$cover.new"
mv "$cover.new" "$cover"

find "$SERIES" -maxdepth 1 -name '[0-9][0-9][0-9][0-9]-*.patch' -delete
mkdir -p "$SERIES" "$COMPANION"
cp "$tmp"/*.patch "$SERIES"/
find "$COMPANION" -maxdepth 1 -name '[0-9][0-9][0-9][0-9]-*.patch' -delete
[ "$nc" = 0 ] || cp "$tmp"/companion/*.patch "$COMPANION"/
note "exported $n patch(es) from $tree to series/, $nc to companion/"

# Exported from build/linux itself: the tree already is base + series/, so
# record that as apply-series.sh would, and the next step does not throw
# the commits away and re-apply them (which would rebuild every file the
# series touches). Only for a clean tree whose base is the pinned one.
if [ "$tree" = "$(realpath "$SRC")" ] &&
   [ -z "$(git -C "$tree" status --porcelain --untracked-files=no)" ]; then
	git -C "$tree" tag -f "$SERIES_TIP" "$tip" >/dev/null
	printf '%s\n%s\n' "$(applied_ident)" "$(git -C "$tree" rev-parse HEAD)" > "$tree/.git/workbench-series"
fi
