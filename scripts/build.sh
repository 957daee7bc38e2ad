#!/bin/bash
# build.sh: configure (when the fragment or base changed) and build the
# patched arm64 kernel Image plus UAPI headers in build/out/kernel.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
o=$OUT/kernel
mkdir -p "$o"
frag=$o/.workbench-fragment
cat "$ROOT/configs/kernel.config" | write_if_changed "$frag"
"$ROOT/scripts/config-kernel.sh" "$o" "$frag"
kmake "$o" Image
kmake "$o" -s headers
note "kernel: $o/arch/arm64/boot/Image"
