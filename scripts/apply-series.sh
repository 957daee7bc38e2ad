#!/bin/bash
# apply-series.sh: build/linux = tag base + series/*.patch, tagged
# series-tip, + companion/*.patch (git am, in file name order, cover
# letters skipped). Cached: nothing is touched when the stamp says this
# exact base + series + companion is already applied.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
"$ROOT/scripts/prepare-base.sh"
cd "$SRC"

mapfile -t patches < <(series_patches)
mapfile -t companion < <(companion_patches)
ident=$(applied_ident)
stamp=.git/workbench-series
# An interrupted bisect leaves HEAD detached on one of the applied commits.
if ! git symbolic-ref -q HEAD >/dev/null && [ -f "$stamp" ] &&
   git merge-base --is-ancestor HEAD "$(sed -n 2p "$stamp")" 2>/dev/null &&
   [ -z "$(git status --porcelain --untracked-files=no)" ]; then
	git checkout -q -f main
fi
head=$(git rev-parse HEAD)

if [ -f "$stamp" ] && [ "$(head -n1 "$stamp")" = "$ident" ] &&
   [ "$(sed -n 2p "$stamp")" = "$head" ] &&
   [ -z "$(git status --porcelain --untracked-files=no)" ]; then
	exit 0
fi

# Do not throw away work done directly in build/linux.
if [ -z "${FORCE:-}" ]; then
	if [ -n "$(git status --porcelain --untracked-files=no)" ]; then
		die "$SRC has uncommitted changes; commit and 'make export', or re-run with FORCE=1 to discard them"
	fi
	if [ "$head" != "$(git rev-parse base)" ] &&
	   { [ ! -f "$stamp" ] || [ "$(sed -n 2p "$stamp")" != "$head" ]; }; then
		die "$SRC has commits that are not in series/ or companion/; run 'make export' first, or FORCE=1 to discard them"
	fi
fi

rm -f "$stamp"
git am --abort >/dev/null 2>&1 || true
git checkout -q -f -B main base
git clean -fdxq
am() { # am DIR PATCH...
	local dir=$1 p; shift
	for p in "$@"; do
		if ! git am -q --committer-date-is-author-date "$p" > "$LOGS/git-am.log" 2>&1; then
			grep -v -e "^hint:" -e "git am --" -e "^When you have" -e "^If you prefer" "$LOGS/git-am.log" >&2 || true
			git am --abort >/dev/null 2>&1 || true
			git reset -q --hard base
			git clean -fdxq
			die "patch $dir/$(basename "$p") does not apply; build/linux was reset to base and is NOT ready"
		fi
	done
}
am series "${patches[@]}"
git tag -f "$SERIES_TIP" >/dev/null
am companion "${companion[@]}"
printf '%s\n%s\n' "$ident" "$(git rev-parse HEAD)" > "$stamp"
note "applied ${#patches[@]} series and ${#companion[@]} companion patch(es) on base: $(git log -1 --format='%h %s')"
