# Muster: the two set-up commands are `make run` and `make test`.
BUILD_DIR ?= build
BUILD_TYPE ?= Release
JOBS ?= $(shell nproc)
ARGS ?=

.PHONY: all deps configure build run test package bench fuzz test-asan format lint clean

all: build

deps:
	@bash scripts/install-deps.sh

configure: deps
	@if [ ! -f $(BUILD_DIR)/build.ninja ]; then \
		cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DCMAKE_EXPORT_COMPILE_COMMANDS=ON; \
	fi

build: configure
	cmake --build $(BUILD_DIR) --parallel $(JOBS)

run: build
	$(BUILD_DIR)/bin/muster $(ARGS)

test: build
	QT_QPA_PLATFORM=offscreen ctest --test-dir $(BUILD_DIR) --output-on-failure --parallel $(JOBS)
	bash scripts/check-test-output.sh $(BUILD_DIR)/Testing/Temporary/LastTest.log

# The Debian package (CPack), in $(BUILD_DIR)/: muster_VERSION_ARCH.deb. Its test
# (tests/package/package-install.sh) installs and removes it: CI=true or MUSTER_TEST_PACKAGE=1.
package: build
	cd $(BUILD_DIR) && cpack --config CPackConfig.cmake

bench: build
	@bash scripts/install-deps.sh --bench
	bash bench/run.sh $(BUILD_DIR)

# libFuzzer (clang, ASan, UBSan) on the frame decoder, op validation and the log verifier, each
# for FUZZ_SECONDS; new inputs go to build-fuzz/, the committed seeds in fuzz/corpus/ stay as
# they are (copy a finding there to keep it replayed by `make test`).
FUZZ_SECONDS ?= 60
fuzz: deps
	@if [ ! -f build-fuzz/build.ninja ]; then \
		cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
			-DMUSTER_FUZZ=ON -DMUSTER_SANITIZE=address,undefined; \
	fi
	cmake --build build-fuzz --parallel $(JOBS) --target fuzz_frame fuzz_op fuzz_logchain
	@for t in frame op logchain; do \
		mkdir -p build-fuzz/corpus/$$t; \
		echo "fuzz: $$t for $(FUZZ_SECONDS) s"; \
		UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 build-fuzz/bin/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) \
			-max_len=70000 -rss_limit_mb=4096 -print_final_stats=1 build-fuzz/corpus/$$t fuzz/corpus/$$t || exit 1; \
	done

# Every test with ASan and UBSan (CMakePresets.json "asan", clang): slower, for developers.
test-asan: deps
	cmake --preset asan
	cmake --build --preset asan --parallel $(JOBS)
	ctest --preset asan

format:
	bash scripts/lint.sh --fix

lint:
	bash scripts/lint.sh

clean:
	rm -rf $(BUILD_DIR)
