#!/bin/bash
# build.sh: configure (when the fragment or base changed) and build the
# patched arm64 kernel Image (and Image.gz, for kunit.py) plus UAPI headers
# in build/out/kernel.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
o=$OUT/kernel
mkdir -p "$o"
# configs/kernel.config plus the KUnit suite (check-kunit.sh boots this
# kernel to run it)
frag=$o/.workbench-fragment
{ cat "$ROOT/configs/kernel.config"
  defined_options "$ROOT/configs/.kunitconfig" |
	grep -vxF -f "$ROOT/configs/kernel.config" || true
} | write_if_changed "$frag"
"$ROOT/scripts/config-kernel.sh" "$o" "$frag"
kmake "$o" Image.gz
kmake "$o" -s headers
note "kernel: $o/arch/arm64/boot/Image"
