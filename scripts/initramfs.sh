#!/bin/bash
# initramfs.sh: build/out/boot/initramfs.cpio = busybox + the KVM selftests
# + an /init that runs them, prints one marker line per exit code and
# powers off. Built with the kernel's own usr/gen_init_cpio (no root).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
o=$OUT/boot
gen=$OUT/kernel/usr/gen_init_cpio
bb=$TOOLS/busybox/bin/busybox
[ -x "$gen" ] || die "$gen missing: run 'make build' first"
[ -x "$bb" ] || die "$bb missing: run 'make setup' first"
mkdir -p "$o"
mapfile -t tests < <("$ROOT/scripts/boot-tests.sh")

{
	cat <<'INIT'
#!/bin/busybox sh
/bin/busybox --install -s /bin
export PATH=/bin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev 2>/dev/null
mount -t tmpfs tmpfs /tmp
echo "WORKBENCH: boot ok, $(nproc) cpus, /dev/kvm: $(ls /dev/kvm 2>&1)"
cd /kvm
INIT
	for t in "${tests[@]}"; do
		printf 'echo "WORKBENCH-RUN: %s"\n' "$t"
		printf 'timeout %s ./%s; rc=$?\n' "${BOOT_TEST_TIMEOUT:-240}" "$t"
		# shellcheck disable=SC2016 # $rc is for the guest shell
		printf 'echo "WORKBENCH-EXIT: %s $rc"\n' "$t"
	done
	echo 'echo "WORKBENCH: done"'
	echo 'poweroff -f'
} > "$o/init"

{
	echo "dir /dev 0755 0 0"
	echo "nod /dev/console 0600 0 0 c 5 1"
	for d in /bin /proc /sys /tmp /kvm /kvm/arm64; do echo "dir $d 0755 0 0"; done
	echo "file /bin/busybox $bb 0755 0 0"
	echo "file /init $o/init 0755 0 0"
	for t in "${tests[@]}"; do
		[ -x "$OUT/selftests/$t" ] || die "selftest $t not built: run 'make build'"
		echo "file /kvm/$t $OUT/selftests/$t 0755 0 0"
	done
} > "$o/initramfs.list"
"$gen" "$o/initramfs.list" > "$o/initramfs.cpio"
note "initramfs: $o/initramfs.cpio ($(du -h "$o/initramfs.cpio" | cut -f1))"
