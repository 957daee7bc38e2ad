# GICv5 IRS series workbench. `make` sets up and builds; `make check` runs
# every test. See README.md.
SHELL := /bin/bash
export KERNEL_SRC JOBS FORCE MIRROR

STEPS := checkpatch bisect sparse w1 docs harness boot

.PHONY: all setup fetch base apply build selftests export check $(STEPS) fresh-test clean distclean

all: build

setup:
	scripts/setup.sh

fetch:
	scripts/fetch-base.sh

base: setup
	scripts/prepare-base.sh

apply: setup
	scripts/apply-series.sh

build: apply
	scripts/build.sh
	scripts/selftests.sh

selftests: apply
	scripts/selftests.sh

# make export [TREE=/path/to/linux]: base..HEAD of TREE -> series/
export:
	scripts/export.sh $(TREE)

check:
	scripts/check.sh

$(STEPS):
	scripts/check.sh $@

# `make` then `make check` in a new debootstrap'd Debian 12 root, from a
# clone of the committed HEAD (needs root; as long as a cold build).
# Not part of `make check`.
fresh-test:
	scripts/fresh-test.sh

# Build outputs only; keeps the download, the base tree and the tools.
clean:
	rm -rf build/out build/logs build/base

distclean:
	rm -rf build
