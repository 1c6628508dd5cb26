# tierlab front door: installs dependencies and calls CMake. The build itself
# lives in CMakeLists.txt / CMakePresets.json.
#
#   make          release build into build/ (binary: build/tierlab)
#   make test     install missing packages, build, build the ASan+UBSan shell
#                 (debug-shell), ctest -j2
#   make bench    install missing packages, build, run experiments/default.yaml
#                 with the harness (build/tierlab-bench)
#   make bench-quick  benchmarks/run.sh only (whole-process, vs node --max-opt=0)
#   make harness  build the experiment harness build/tierlab-bench
#   make debug    ASan+UBSan build into build-debug/
#   make debug-shell  only its shell, build-debug/tierlab (the sanitizer ctests)
#   make verify   TL_VERIFY=1 build into build-verify/
#   make test-debug / test-verify   unit + JS suites on those builds
#   make clean    remove every build directory

SHELL := /bin/bash
JOBS  ?= $(shell nproc 2>/dev/null || echo 2)
DEBS  := build-essential cmake pkg-config libjemalloc-dev check libuv1-dev \
         libcapstone-dev libpapi-dev gnuplot-nox libyaml-dev python3
CMAKE_ARGS ?=

.PHONY: all release build deps test test-debug debug-shell test-verify bench bench-quick harness debug verify clean

all: release

# Install only what is missing (dpkg -s per package); nothing to do = no apt.
deps:
	@missing=""; for p in $(DEBS); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "tierlab: installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y --no-install-recommends $$missing; \
	fi

release build: deps
	cmake --preset release $(CMAKE_ARGS)
	cmake --build build -j $(JOBS)

debug: deps
	cmake --preset debug $(CMAKE_ARGS)
	cmake --build build-debug -j $(JOBS)

verify: deps
	cmake --preset verify $(CMAKE_ARGS)
	cmake --build build-verify -j $(JOBS)

# The release tree's `asan` and `hostile-asan` ctests run build-debug/tierlab.
debug-shell: deps
	cmake --preset debug $(CMAKE_ARGS)
	cmake --build build-debug -j $(JOBS) --target tierlab

test: release debug-shell
	cd build && ctest --output-on-failure -j2

test-debug: debug
	cd build-debug && ctest --output-on-failure -j2 -L 'unit|js-marksweep'

test-verify: verify
	cd build-verify && ctest --output-on-failure -j2 -L 'unit|js-verify'

# The experiment harness runs experiments/default.yaml (results/<name>-<time>/
# with results.jsonl, CSV, report.md and figures).
bench: release
	build/tierlab-bench run experiments/default.yaml

# Whole-process timing of benchmarks/ against node --max-opt=0 (no harness).
bench-quick: release
	benchmarks/run.sh

# The experiment harness alone (also built by `make`).
harness: release
	cmake --build build -j $(JOBS) --target tierlab-bench

clean:
	rm -rf build build-debug build-bench build-verify
