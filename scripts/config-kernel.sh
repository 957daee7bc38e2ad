#!/bin/bash
# config-kernel.sh OUTDIR [FRAGMENT]: allnoconfig + fragment + olddefconfig,
# then fail loudly if any requested option was dropped. Skipped when the
# stamp in OUTDIR says the same fragment and base configured it.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
o=$(realpath -m "${1:?usage: config-kernel.sh OUTDIR [FRAGMENT]}")
frag=${2:-$ROOT/configs/kernel.config}
mkdir -p "$o"
base=$(cat "$SRC/.workbench-base" 2>/dev/null || git -C "$SRC" rev-parse base)
id="$(sha256sum "$frag" | cut -d' ' -f1) $base $SRC"
if [ -f "$o/.config" ] && [ "$(cat "$o/.workbench-config" 2>/dev/null)" = "$id" ]; then
	exit 0
fi
rm -f "$o/.workbench-config"
kmake "$o" -s KCONFIG_ALLCONFIG="$frag" allnoconfig
kmake "$o" -s olddefconfig
bad=0
while IFS= read -r line; do
	case $line in CONFIG_*=*) ;; *) continue ;; esac
	if ! grep -qx -- "$line" "$o/.config"; then
		echo "error: $line requested by $frag but .config has:" \
			"$(grep -E "^(# )?${line%%=*}[= ]" "$o/.config" || echo 'nothing')" >&2
		bad=1
	fi
done < "$frag"
[ "$bad" = 0 ] || die "kernel config options were dropped (see above)"
echo "$id" > "$o/.workbench-config"
note "config ok: $o/.config"
