#!/bin/bash
# check.sh [STEP...]: run the checks (default: all of them, in order), each
# with its log in build/logs/STEP.log, then print a one-screen summary
# ending in "summary: N passed, N failed". Exit status 1 if any failed.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
all=(build checkpatch bisect sparse w1 docs harness boot)
steps=("$@")
[ "${#steps[@]}" -gt 0 ] || steps=("${all[@]}")

t_start=$(date +%s)
"$ROOT/scripts/setup.sh" > "$LOGS/setup.log" 2>&1 ||
	{ tail -n 20 "$LOGS/setup.log" >&2; die "setup failed (log: build/logs/setup.log)"; }
"$ROOT/scripts/apply-series.sh" 2>&1 | tee "$LOGS/apply.log" >&2
[ "${PIPESTATUS[0]}" = 0 ] || die "could not prepare the patched tree"

declare -A cmd=(
	[build]="scripts/build.sh && scripts/selftests.sh"
	[checkpatch]=scripts/check-checkpatch.sh
	[bisect]=scripts/check-bisect.sh
	[sparse]="scripts/check-warnings.sh sparse"
	[w1]="scripts/check-warnings.sh w1"
	[docs]=scripts/check-docs.sh
	[harness]=scripts/check-harness.sh
	[boot]="scripts/build.sh && scripts/selftests.sh && scripts/check-boot.sh"
)
rows=()
npass=0 nfail=0
for s in "${steps[@]}"; do
	[ -n "${cmd[$s]:-}" ] || die "unknown step '$s' (steps: ${all[*]})"
	log=$LOGS/$s.log
	echo "== $s (log: build/logs/$s.log)"
	t0=$(date +%s)
	rc=0
	(cd "$ROOT" && bash -c "set -euo pipefail; ${cmd[$s]}") > "$log" 2>&1 || rc=$?
	dt=$(($(date +%s) - t0))
	res=$(grep -E '^result: [0-9]+ passed, [0-9]+ failed, [0-9]+ skipped$' "$log" | tail -n1 || true)
	read -r p f k < <(sed -E 's/result: ([0-9]+) passed, ([0-9]+) failed, ([0-9]+) skipped/\1 \2 \3/' <<<"${res:-result: 0 passed, 0 failed, 0 skipped}")
	if [ "$rc" = 0 ]; then
		status=PASS; npass=$((npass + 1))
		[ -n "$res" ] || p=1
		grep -E '^(ok|note)' "$log" | tail -n 12 | sed 's/^/   /' || true
	else
		status=FAIL; nfail=$((nfail + 1))
		[ "$f" != 0 ] || f=1
		tail -n 25 "$log" | sed 's/^/   /'
	fi
	echo "   -> $status in ${dt}s"
	rows+=("$(printf '%-11s %-5s %6s %6s %6s %7ss' "$s" "$status" "$p" "$f" "$k" "$dt")")
done

total=$(($(date +%s) - t_start))
echo
echo "series: $(find "$SERIES" -maxdepth 1 -name '[0-9][0-9][0-9][0-9]-*.patch' ! -name '0000-*' | wc -l) patch(es) on $(git -C "$SRC" log -1 --format=%s base)"
printf '%-11s %-5s %6s %6s %6s %8s\n' step result pass fail skip time
printf '%s\n' "${rows[@]}"
printf 'total wall time: %dm%02ds\n' $((total / 60)) $((total % 60))
echo "summary: $npass passed, $nfail failed"
[ "$nfail" = 0 ]
