# shellcheck shell=bash
# Common settings for the workbench scripts; sourced, never executed.
set -euo pipefail

# Debian's own tools first: python3 must be the one that sees the
# python3-docutils/-ply/-git packages (not e.g. a pyenv shim).
export PATH=/usr/bin:/bin:/usr/sbin:/sbin:$PATH

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=$ROOT/build
SRC=${WB_SRC:-$BUILD/linux}
OUT=$BUILD/out
LOGS=$BUILD/logs
TOOLS=$BUILD/tools
DL=$BUILD/dl
SERIES=${SERIES:-$ROOT/series}
COMPANION=${COMPANION:-$ROOT/companion}
JOBS=${JOBS:-2}
CROSS=aarch64-linux-gnu-
export CCACHE_BASEDIR=$BUILD
KCC="ccache ${CROSS}gcc"

mkdir -p "$OUT" "$LOGS" "$TOOLS" "$DL"

die() { echo "error: $*" >&2; exit 1; }
note() { echo ">> $*" >&2; }

# kmake OUTDIR ARGS...: arm64 cross make of the tree in $SRC into OUTDIR.
kmake() {
	local o=$1; shift
	command -v "${CROSS}gcc" >/dev/null ||
		die "cross compiler ${CROSS}gcc not found: run 'make setup'"
	make -C "$SRC" O="$o" ARCH=arm64 CROSS_COMPILE="$CROSS" \
		CC="$KCC" -j"$JOBS" "$@"
}

# write_if_changed FILE: stdin into FILE, leaving FILE (and its mtime)
# alone when the content is the same.
write_if_changed() {
	cat > "$1.new"
	if cmp -s "$1.new" "$1"; then rm -f "$1.new"; else mv "$1.new" "$1"; fi
}

# defined_options FILE: the CONFIG_*= lines of FILE whose symbol the tree
# in $SRC defines (an option of the series is left out for the base).
defined_options() {
	{ grep -E '^CONFIG_[A-Z0-9_]+=' "$1" || true; } | while IFS= read -r l; do
		sym=${l%%=*}
		if grep -rqsE --include='Kconfig*' "^(menu)?config ${sym#CONFIG_}\$" \
			"$SRC/arch" "$SRC/lib" "$SRC/virt" "$SRC/drivers"; then
			echo "$l"
		fi
	done
}

# Patches of a directory in apply order (cover letter excluded).
dir_patches() {
	[ -d "$1" ] || return 0
	find "$1" -maxdepth 1 -name '[0-9][0-9][0-9][0-9]-*.patch' \
		! -name '0000-*' -printf '%f\n' | LC_ALL=C sort | sed "s|^|$1/|"
}

# The kernel series (series/), then the test companion (companion/), which
# applies on top of it.
series_patches() { dir_patches "$SERIES"; }
companion_patches() { dir_patches "$COMPANION"; }

# The tag build/linux carries on the last commit of the kernel series
SERIES_TIP=series-tip

# applied_ident: what build/linux/.git/workbench-series records as
# applied: the base commit and the contents of series/ and companion/
applied_ident() {
	local s c
	mapfile -t s < <(series_patches)
	mapfile -t c < <(companion_patches)
	echo "base=$(git -C "$SRC" rev-parse base) series=$(cat /dev/null "${s[@]}" | sha256sum | cut -d' ' -f1) companion=$(cat /dev/null "${c[@]}" | sha256sum | cut -d' ' -f1)"
}

MIRROR=${MIRROR:-http://deb.debian.org/debian}

# apt_private NAME SOURCES-LINE [APT-OPTIONS...]: set up a private apt state
# in build/apt/NAME (the machine's apt configuration is never touched), run
# `apt-get update` there and leave the command prefix in the APT array.
apt_private() {
	local name=$1 line=$2; shift 2
	local d=$BUILD/apt/$name
	mkdir -p "$d/lists/partial" "$d/cache/archives/partial"
	echo "$line" > "$d/sources.list"
	# Check-Valid-Until=false: sid's Release file expires a week after it
	# is written; a plain Debian 12 (no apt.conf.d setting) refuses it.
	local opts=(-o Dir::Etc::SourceList="$d/sources.list"
		-o Dir::Etc::SourceParts=/dev/null
		-o Dir::State::Lists="$d/lists" -o Dir::Cache="$d/cache"
		-o APT::Sandbox::User=root -o Acquire::Check-Valid-Until=false "$@")
	APT=(apt-get -q "${opts[@]}")
	# shellcheck disable=SC2034 # used by the callers
	APT_CACHE=(apt-cache "${opts[@]}")
	local log=$d/update.log
	"${APT[@]}" --error-on=any update > "$log" 2>&1 && return 0
	# Say what failed: apt's own error/warning lines, and "cannot reach"
	# only when the log shows a network error.
	grep -E '^(E|W|Err):' "$log" >&2 || tail -n 20 "$log" >&2
	local what="apt-get update for '$name' failed (log: ${log#"$ROOT"/})"
	if grep -qE 'Could not resolve|Temporary failure resolving|Could not connect|Unable to connect|Connection (failed|refused|timed out)|Network is unreachable|No route to host' "$log"; then
		die "cannot reach the Debian mirror $MIRROR: $what"
	elif grep -q 'Failed to fetch' "$log"; then
		die "the Debian mirror $MIRROR answered but a file could not be fetched: $what"
	fi
	die "$what: not a network error (see the E:/W: lines above)"
}
