# Muster: the two set-up commands are `make run` and `make test`.
BUILD_DIR ?= build
BUILD_TYPE ?= Release
JOBS ?= $(shell nproc)
ARGS ?=

.PHONY: all deps configure build run test bench format lint clean

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

bench: build
	@bash scripts/install-deps.sh --bench
	bash bench/run.sh $(BUILD_DIR)

format:
	bash scripts/lint.sh --fix

lint:
	bash scripts/lint.sh

clean:
	rm -rf $(BUILD_DIR)
