#!/bin/bash
# check-host.sh: prove that the host tools the steps use work, by building
# what the steps build (a static arm64 program, OpenSSL/libelf host code, a
# libFuzzer target, ...). Each failure is one line naming the package to
# install. Run at the end of setup.sh; cached until the installed packages
# (dpkg status) or this script change.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
stamp=$BUILD/.workbench-host-ok
id=$(cat "$0" /var/lib/dpkg/status 2>/dev/null | sha256sum | cut -d' ' -f1)
[ "$(cat "$stamp" 2>/dev/null)" = "$id" ] && exit 0
rm -f "$stamp"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# need PKG WHAT COMMAND...: COMMAND must succeed, else stop with one line
# "error: setup: WHAT: install PKG" (its output is in the setup log)
need() {
	local pkg=$1 what=$2; shift 2
	"$@" > "$tmp/out" 2>&1 && return 0
	cat "$tmp/out" >&2
	die "setup: $what: install $pkg"
}
# has PKG COMMAND: COMMAND is on PATH
has() { need "$1" "$2 not found" command -v "$2"; }
cc_ok() { # cc_ok COMPILER [FLAGS...] < C source: compile and link it
	local cc=$1; shift
	"$cc" -x c - -o "$tmp/a.out" "$@"
}
hello='int main(void) { return 0; }'
fuzz='int LLVMFuzzerTestOneInput(const unsigned char *d, unsigned long n) { return 0; }'

# the kernel and the KVM selftests (static, -pthread): cross gcc
has gcc-aarch64-linux-gnu "${CROSS}gcc"
need libc6-dev-arm64-cross "${CROSS}gcc cannot link a static program" \
	cc_ok "${CROSS}gcc" -static -pthread <<<"$hello"
has binutils-aarch64-linux-gnu "${CROSS}objcopy"
# kernel host programs, sparse, the harness (gcc -fsanitize=address,undefined)
has gcc gcc
need libc6-dev "gcc cannot link a program" cc_ok gcc <<<"$hello"
need gcc "gcc cannot link with -fsanitize=address,undefined" \
	cc_ok gcc -fsanitize=address,undefined <<<"$hello"
need libssl-dev "gcc cannot build with <openssl/opensslv.h> and -lcrypto" \
	cc_ok gcc -lcrypto <<<"#include <openssl/opensslv.h>
$hello"
need libelf-dev "gcc cannot build with <gelf.h> and -lelf" \
	cc_ok gcc -lelf <<<"#include <gelf.h>
$hello"
# the harness's libFuzzer target (without it the fuzz run is skipped)
has clang clang
need libclang-rt-14-dev "clang cannot link a -fsanitize=fuzzer,address,undefined target" \
	cc_ok clang -fsanitize=fuzzer,address,undefined <<<"$fuzz"
# kbuild and Kconfig; checkpatch.pl and the harness seeds (perl)
has make make
has flex flex
has bison bison
need bc "bc cannot compute" bc <<<'2^64'
need perl "perl lacks the modules checkpatch.pl uses" \
	perl -MPOSIX -MFile::Basename -MCwd -MTerm::ANSIColor -MEncode \
	-MGetopt::Long -e 1
# docs, checkpatch's spdxcheck.py, the harness's mutation script:
# Debian's python3 and modules
need python3 "/usr/bin/python3 not found" test -x /usr/bin/python3
need python3-docutils "python3 cannot import docutils" python3 -c 'import docutils.core'
need python3-ply "python3 cannot import ply" python3 -c 'import ply.lex'
need python3-git "python3 cannot import git" python3 -c 'import git'

# the boot step runs the kernel under QEMU's arm64 virt machine
has qemu-system-arm qemu-system-aarch64
need qemu-system-arm "qemu-system-aarch64 has no virt machine" \
	bash -c 'qemu-system-aarch64 -machine help | grep -q "^virt "'

has ccache ccache
has git git
has cpio cpio
has xz-utils xz
has dpkg-dev dpkg-source
# the harness's bench (valgrind) and coverage (lcov) targets
has valgrind valgrind
has lcov lcov

echo "$id" > "$stamp"
