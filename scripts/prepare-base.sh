#!/bin/bash
# prepare-base.sh: make build/linux a git tree whose single commit (tag
# `base`) is the pristine base, from the pinned .deb or from KERNEL_SRC.
# Cached: a stamp in .git records what built it; a match means no work.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
. "$ROOT/configs/base.env"

if [ -n "${KERNEL_SRC:-}" ]; then
	if [ ! -f "$KERNEL_SRC/Makefile" ] || [ ! -d "$KERNEL_SRC/arch/arm64" ]; then
		die "KERNEL_SRC=$KERNEL_SRC is not a Linux source tree"
	fi
	ident="src:$(realpath "$KERNEL_SRC")"
	desc="Linux from $(realpath "$KERNEL_SRC")"
else
	deb=$("$ROOT/scripts/fetch-base.sh")
	ident="deb:$(sha256sum "$deb" | cut -d' ' -f1)"
	ver=$(dpkg-deb -f "$deb" Version)
	desc="Linux ${ver%%-*} (Debian $(dpkg-deb -f "$deb" Package) $ver)"
fi

stamp=$SRC/.git/workbench-base
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$ident" ] &&
   git -C "$SRC" rev-parse -q --verify base >/dev/null; then
	exit 0
fi

new=$BUILD/linux.new
rm -rf "$new"
mkdir -p "$new"
if [ -n "${KERNEL_SRC:-}" ]; then
	note "copying $KERNEL_SRC"
	tar -C "$KERNEL_SRC" --exclude=.git -cf - . | tar -C "$new" -xf -
else
	note "unpacking $deb"
	# ./usr/src/linux-source-7.3.tar.xz, top directory linux-source-7.3
	dpkg-deb --fsys-tarfile "$deb" |
		tar -xOf - --wildcards './usr/src/linux-source-*.tar.xz' |
		tar -C "$new" --strip-components=1 -xJf -
fi
[ -f "$new/Makefile" ] || die "unpacked tree has no Makefile"

# Debian's top-level .gitignore ends with a block that ignores every
# top-level path except debian/; with it `git add` sees nothing. Drop it.
gi=$new/.gitignore
n=$(grep -n '^# Debian packaging: ignore everything at the top level' "$gi" |
	cut -d: -f1 || true)
if [ -n "$n" ]; then
	# the block starts at the lone '#' just above that line
	if [ "$(sed -n "$((n - 1))p" "$gi")" = "#" ]; then n=$((n - 1)); fi
	head -n "$((n - 1))" "$gi" | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' > "$gi.tmp"
	mv "$gi.tmp" "$gi"
	note "dropped Debian's top-level .gitignore block"
elif grep -qx '/\*' "$gi"; then
	die "$gi ignores every top-level path ('/*') but has no Debian block to drop"
fi
rm -f "$new/.workbench-base"

note "creating the base commit"
cd "$new"
git init -q -b main
git config user.name "GICv5 IRS workbench"
git config user.email "gicv5-irs-dev@example.org"
git config gc.auto 0
# -f: also the pristine files that the remaining .gitignore rules match
# (every .gitignore, .kunitconfig, .mailmap, ...); `git clean` must not eat them.
git add -A -f
GIT_AUTHOR_NAME="VGICv5 IRS series" GIT_AUTHOR_EMAIL=kvmarm@lists.linux.dev \
GIT_COMMITTER_NAME="VGICv5 IRS series" GIT_COMMITTER_EMAIL=kvmarm@lists.linux.dev \
GIT_AUTHOR_DATE="2026-11-15T22:30:00Z" GIT_COMMITTER_DATE="2026-11-15T22:30:00Z" \
	git commit -q -m "$desc"
git tag base
echo "$ident" > .git/workbench-base
cd "$ROOT"
rm -rf "$SRC"
mv "$new" "$SRC"
note "base tree ready: $SRC ($(git -C "$SRC" rev-parse --short base))"
