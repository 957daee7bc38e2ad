#!/bin/bash
# config-warn.sh TREE OUTDIR: configure OUTDIR for the sparse/W=1 builds of
# TREE: configs/kernel.config plus configs/warn.config, leaving out the
# options whose symbol TREE does not define.
# config-warn.sh --list TREE: only print the warn.config options TREE defines.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
list=
if [ "${1:-}" = --list ]; then list=1; shift; fi
SRC=$(realpath "$1")
export WB_SRC=$SRC
options() { defined_options "$ROOT/configs/warn.config"; }
if [ -n "$list" ]; then options; exit 0; fi
o=$2
mkdir -p "$o"
frag=$o/.workbench-fragment
{ cat "$ROOT/configs/kernel.config"; options; } | write_if_changed "$frag"
"$ROOT/scripts/config-kernel.sh" "$o" "$frag"
