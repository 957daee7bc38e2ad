#!/bin/bash
# check-kunit.sh: run the KUnit suites of configs/.kunitconfig (or
# KUNITCONFIG=file) under qemu-system-aarch64. Fails on any failed or
# crashed test, on errors, and when no test ran at all.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
kc=$(realpath "${KUNITCONFIG:-$ROOT/configs/.kunitconfig}")
log=$LOGS/kunit-raw.log
rc=0
(cd "$SRC" && python3 tools/testing/kunit/kunit.py run --arch=arm64 \
	--cross_compile="$CROSS" --kunitconfig="$kc" \
	--build_dir="$OUT/kunit" --jobs="$JOBS" --timeout=600 \
	--make_options CC="$KCC") > "$log" 2>&1 || rc=$?
grep -vE '^\[..:..:..\] +(CC|AR|LD|AS|HOSTCC|HOSTLD|GEN|SYNC|UPD|WRAP|SYSHDR|SYSTBL|CALL|OBJCOPY|GZIP|KSYMS|CPP|MKELF|VDSO|HDRINST|Building|Configuring|Populating)' \
	"$log" | tail -n 60
line=$(grep -E 'Ran [0-9]+ tests?:' "$log" | tail -n1 || true)
num() { sed -n "s/.*$1: \([0-9]*\).*/\1/p" <<<"$line"; }
ran=$(sed -n 's/.*Ran \([0-9]*\) test.*/\1/p' <<<"$line")
passed=$(num passed); failed=$(num failed); crashed=$(num crashed)
skipped=$(num skipped); errors=$(num errors)
ran=${ran:-0} passed=${passed:-0} failed=${failed:-0} crashed=${crashed:-0}
skipped=${skipped:-0} errors=${errors:-0}
bad=$((failed + crashed + errors))
if [ -z "$line" ]; then
	echo "FAIL: kunit.py produced no test results (exit $rc); see $log"
	bad=$((bad + 1))
elif [ "$ran" = 0 ] || [ "$passed" = 0 ]; then
	echo "FAIL: no KUnit test passed (ran $ran); a run of nothing is not a pass"
	bad=$((bad + 1))
fi
[ "$rc" = 0 ] || { echo "FAIL: kunit.py exited $rc"; [ "$bad" -gt 0 ] || bad=1; }
[ "$bad" != 0 ] || echo "ok: kunit: $line"
echo "result: $passed passed, $bad failed, $skipped skipped"
[ "$bad" = 0 ]
