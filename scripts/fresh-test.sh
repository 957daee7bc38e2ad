#!/bin/bash
# fresh-test.sh: the README's two commands on a fresh Debian 12. Builds a
# minimal bookworm root with debootstrap in build/fresh/root (recreated
# every run), clones the committed HEAD of this repository into
# /root/repo there, and runs `make` and then `make check` in it via
# chroot, printing pass/fail and the wall time of each. Needs root. Not
# part of `make check`: it takes as long as a cold build. Logs: build/fresh/.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
[ "$(id -u)" = 0 ] || die "fresh-test needs root (debootstrap, mount, chroot)"
f=$BUILD/fresh
r=$f/root
mkdir -p "$f"
# One run at a time: a second run would unmount and delete the root the
# first one is building in. Taken before the unmount trap is set.
exec 9> "$f/.lock"
flock -n 9 || die "another make fresh-test is running (build/fresh/.lock); not touching build/fresh/root"

# mounted PATH...: the mount points at or below $r, deepest first
mounted() {
	awk -v r="$r" '$2 == r || index($2, r "/") == 1 { print $2 }' /proc/mounts |
		LC_ALL=C sort -r
}
unmount_all() {
	local m
	while read -r m; do
		umount "$m" 2>/dev/null || umount -l "$m" || true
	done < <(mounted)
	[ -z "$(mounted)" ] || echo "error: still mounted under $r: $(mounted | tr '\n' ' ')" >&2
}
trap unmount_all EXIT
trap 'exit 130' INT TERM HUP

command -v debootstrap >/dev/null || {
	note "installing debootstrap on this machine"
	DEBIAN_FRONTEND=noninteractive apt-get -q install -y --no-install-recommends debootstrap ||
		{ DEBIAN_FRONTEND=noninteractive apt-get -q update &&
		  DEBIAN_FRONTEND=noninteractive apt-get -q install -y --no-install-recommends debootstrap; } ||
		die "cannot install debootstrap"
}

# Reuse nothing from a previous run. Never delete through a mount.
unmount_all
[ -z "$(mounted)" ] || die "cannot unmount the old root; not deleting it"
rm -rf --one-file-system "$r"
rm -f "$f/debootstrap.log" "$f/make.log" "$f/check.log"

# What a newcomer has before typing the README's commands: a minimal
# Debian 12 (minbase: essential packages + apt) plus git and
# ca-certificates (to clone the repository over https) and make (to type
# `make`). Everything else must come from `make` itself.
t0=$(date +%s)
note "debootstrap bookworm from $MIRROR into $r"
debootstrap --variant=minbase --include=make,git,ca-certificates \
	bookworm "$r" "$MIRROR" > "$f/debootstrap.log" 2>&1 ||
	{ tail -n 20 "$f/debootstrap.log" >&2; die "debootstrap failed (log: build/fresh/debootstrap.log)"; }
note "root ready in $(($(date +%s) - t0))s ($(du -sh "$r" | cut -f1))"

# The committed HEAD, not the working tree; no build/ (git-ignored).
git clone -q --no-hardlinks "$ROOT" "$r/root/repo"
head=$(git -C "$r/root/repo" log -1 --format='%h %s')
note "repo: $head"
cp -L /etc/resolv.conf "$r/etc/resolv.conf"
for m in proc sys dev dev/pts; do
	mount --bind "/$m" "$r/$m"
	mount --make-rslave "$r/$m"
done

# A login-like environment: nothing of this shell leaks in (no MAKEFLAGS,
# no CCACHE_DIR; the root's own empty ~/.cache/ccache is used).
run() { # run NAME COMMAND: run COMMAND in the root, log build/fresh/NAME.log
	local name=$1 cmd=$2 t rc=0 res
	t=$(date +%s)
	chroot "$r" /usr/bin/env -i HOME=/root USER=root LOGNAME=root \
		SHELL=/bin/bash TERM=dumb LANG=C.UTF-8 ${MIRROR_ENV:+"$MIRROR_ENV"} \
		PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
		/bin/bash -c "cd /root/repo && $cmd" > "$f/$name.log" 2>&1 || rc=$?
	t=$(($(date +%s) - t))
	res=PASS
	[ "$rc" = 0 ] || res="FAIL (exit $rc)"
	t=$(printf '%dm%02ds' $((t / 60)) $((t % 60)))
	times+=("$(printf '%-12s %-14s %s' "$cmd" "$res" "$t")")
	echo "fresh-test: $cmd: $res in $t (log: build/fresh/$name.log)"
	[ "$rc" = 0 ] || tail -n 30 "$f/$name.log" | sed 's/^/   /'
	return "$rc"
}
MIRROR_ENV=
[ "$MIRROR" = http://deb.debian.org/debian ] || MIRROR_ENV="MIRROR=$MIRROR"
times=()
ok=0
run make make || ok=1
run check "make check" || ok=1

echo
echo "fresh-test of $head"
echo "make check summary (build/fresh/check.log; step logs in build/fresh/root/root/repo/build/logs):"
sed -n '/^series: /,/^summary: /p' "$f/check.log" | sed 's/^/   /'
printf '%-12s %-14s %s\n' command result "wall time"
printf '%s\n' "${times[@]}"
if [ "$ok" = 0 ]; then echo "fresh-test: PASS"; else echo "fresh-test: FAIL"; fi
exit "$ok"
