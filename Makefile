# The two commands of the README: `make run` and `make test`. Everything else is a helper.
PRESET ?= dev
# Compile caches hit across clones of the repository (CI builds a fresh clone each time).
export CCACHE_BASEDIR := $(CURDIR)
export CCACHE_NOHASHDIR := true
BUILD_DIR := build/$(PRESET)
WORKSPACE ?=

.PHONY: run test build deps test-deps format asan fuzz clean

deps:
	@installer/deps/debian.sh

test-deps:
	@installer/deps/debian.sh --test

# The app and the CLI only: `make test` builds the tests.
build: deps
	@cmake --preset $(PRESET) >/dev/null
	@cmake --build --preset $(PRESET) --target sales-copilot sales-copilot-cli

# Opens the app; the first time, on a generated demo workspace so there is something to see.
run: build
	@$(BUILD_DIR)/app/sales-copilot --demo-if-new $(if $(WORKSPACE),--workspace $(WORKSPACE))

test: PRESET = ci
test: test-deps
	@cmake --preset $(PRESET) >/dev/null
	@cmake --build --preset $(PRESET)
	@ctest --preset $(PRESET)

asan: PRESET = asan
asan: test-deps
	@cmake --preset asan >/dev/null
	@cmake --build --preset asan
	@ctest --preset asan

# libFuzzer harnesses, each run for FUZZ_SECONDS (default 300); not part of `make test`.
fuzz: PRESET = fuzz
fuzz:
	@installer/deps/debian.sh --fuzz
	@cmake --preset fuzz >/dev/null
	@cmake --build --preset fuzz
	@tests/fuzz/run.sh build/fuzz

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf build
