#!/bin/bash
# check-boot.sh: boot build/out/kernel under QEMU (nested KVM, TCG) with the
# selftest initramfs and check every exit code: the GICv3 vgic tests must
# pass (as on the base); the VGICv5 tests must SKIP (4) and say why.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
"$ROOT/scripts/initramfs.sh"
o=$OUT/boot
log=$o/console.log
img=$OUT/kernel/arch/arm64/boot/Image
mapfile -t tests < <("$ROOT/scripts/boot-tests.sh")

start=$(date +%s)
rc=0
# -nic none: the tests need no network, and virt's default NIC needs
# efi-virtio.rom from ipxe-qemu, which setup does not install (QEMU exits
# with 'failed to find romfile "efi-virtio.rom"' without it). kunit.py
# passes -nodefaults, which has the same effect.
timeout "${BOOT_TIMEOUT:-900}" qemu-system-aarch64 \
	-M virt,virtualization=on,gic-version=3 -cpu max -smp 2 -m 2G -nic none \
	-nographic -no-reboot -monitor none -serial stdio \
	-kernel "$img" -initrd "$o/initramfs.cpio" \
	-append "console=ttyAMA0 rdinit=/init panic=-1 oops=panic" \
	< /dev/null > "$log" 2>&1 || rc=$?
tr -d '\r' < "$log" > "$log.txt"
echo "qemu exited $rc after $(($(date +%s) - start))s; console: $log.txt"
[ "$rc" != 124 ] || echo "error: QEMU timed out after ${BOOT_TIMEOUT:-900}s"
grep -q '^WORKBENCH: boot ok' "$log.txt" || echo "error: the guest did not reach /init"

pass=0 fail=0 skip=0
for t in "${tests[@]}"; do
	code=$(sed -n "s|^WORKBENCH-EXIT: $t \([0-9]*\)\$|\1|p" "$log.txt" | tail -n1)
	out=$(sed -n "\|^WORKBENCH-RUN: $t\$|,\|^WORKBENCH-EXIT: $t |p" "$log.txt")
	case $t in
	arm64/vgic_v5*)
		# the reason: what the test printed besides the random seed
		why=$(grep -vE '^(WORKBENCH|Random seed:|[[:space:]]*$)' <<<"$out" | head -n1 || true)
		if [ "$code" = 4 ] && [ -n "$why" ]; then
			echo "ok (SKIP, as required without GICv5 hardware): $t: $why"
			skip=$((skip + 1))
		else
			echo "FAIL: $t exited '${code:-none}', expected 4 (KSFT_SKIP) with a printed reason"
			fail=$((fail + 1))
		fi ;;
	*)
		if [ "$code" = 0 ]; then
			echo "ok: $t"
			pass=$((pass + 1))
		else
			echo "FAIL: $t exited '${code:-none}', expected 0 (it passes on the base)"
			fail=$((fail + 1))
		fi ;;
	esac
done
grep -E 'WARNING:|BUG:|Oops|Kernel panic|Call trace:' "$log.txt" &&
	{ echo "FAIL: kernel warning/oops on the console"; fail=$((fail + 1)); }
echo "result: $pass passed, $fail failed, $skip skipped"
[ "$fail" = 0 ] && [ "$rc" = 0 ]
