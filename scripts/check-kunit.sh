#!/bin/bash
# check-kunit.sh: run the KUnit suites of configs/.kunitconfig, built into
# the `make` kernel, under qemu-system-aarch64 (kunit.py exec); with
# KUNITCONFIG=file, in a kernel built for that file. Fails on any failed or
# crashed test, on errors, and when no test ran at all.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
kc=$(realpath "${KUNITCONFIG:-$ROOT/configs/.kunitconfig}")
log=$LOGS/kunit-raw.log
if [ -z "${KUNITCONFIG:-}" ]; then
	# The `make` kernel carries configs/.kunitconfig's suite (build.sh):
	# booting it costs seconds, where a kernel of kunit.py's own config
	# cost a fresh machine a second cold kernel build (761 s of 57 min).
	o=$OUT/kernel
	"$ROOT/scripts/build.sh" > "$LOGS/kunit-build.log" 2>&1 ||
		{ tail -n 40 "$LOGS/kunit-build.log"; echo "FAIL: the kernel does not build"; echo "result: 0 passed, 1 failed, 0 skipped"; exit 1; }
	while IFS= read -r l; do
		grep -qxF -- "$l" "$o/.config" || die "build/out/kernel/.config lacks $l"
	done < <(defined_options "$kc")
else
	# Another suite: a kernel of its own, configured as the `make` one
	# (allnoconfig plus configs/kernel.config) with KUNITCONFIG on top
	o=$OUT/kunit
	mkdir -p "$o"
	frag=$o/.workbench-fragment
	{ cat "$ROOT/configs/kernel.config"
	  grep -vxF -f "$ROOT/configs/kernel.config" "$kc" || true; } |
		write_if_changed "$frag"
	"$ROOT/scripts/config-kernel.sh" "$o" "$frag"
	kmake "$o" Image.gz > "$LOGS/kunit-build.log" 2>&1 ||
		{ tail -n 40 "$LOGS/kunit-build.log"; echo "FAIL: the KUnit kernel does not build"; echo "result: 0 passed, 1 failed, 0 skipped"; exit 1; }
fi
rc=0
(cd "$SRC" && python3 tools/testing/kunit/kunit.py exec --arch=arm64 \
	--cross_compile="$CROSS" --kunitconfig="$kc" \
	--build_dir="$o" --timeout=600) > "$log" 2>&1 || rc=$?
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
