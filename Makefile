# Two commands for a fresh Debian 12 machine: `make render` and `make test`.
BUILD_DIR ?= build
SCENARIO  ?= scenarios/korea-russia-2024.yaml
FORMATS   ?= png,svg
JOBS      ?= $(shell nproc)
PREFIX    ?= /usr/local
SANITIZE_DIR ?= build-sanitize
FUZZ_DIR     ?= build-fuzz
FUZZ_SECONDS ?= 60

.PHONY: all deps configure build render test references install bench sanitize fuzz clean

all: build

deps:
	@.ci/install-deps

$(BUILD_DIR)/build.ninja: CMakeLists.txt
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Release

configure: deps $(BUILD_DIR)/build.ninja

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

render: build
	$(BUILD_DIR)/src/geotimeline render $(SCENARIO) --out out --format $(FORMATS)

test: build
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

PREFIX    ?= /usr/local
SANITIZE_DIR ?= build-sanitize
FUZZ_DIR     ?= build-fuzz
FUZZ_SECONDS ?= 60

.PHONY: all deps configure build render test references install bench sanitize fuzz clean

clean:
	rm -rf $(BUILD_DIR) $(SANITIZE_DIR) $(FUZZ_DIR) out
