# Two commands for a fresh Debian 12 machine: `make render` and `make test`.
BUILD_DIR ?= build
SCENARIO  ?= scenarios/korea-russia-2024.yaml
FORMATS   ?= png,svg
JOBS      ?= $(shell nproc)

.PHONY: all deps configure build render test bench clean

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

# Seed scenario, 1920x1080, 240 frames as PNG and SVG: stage times, encode-only floor, --jobs
# scaling, encoders, peak memory. Results: out/bench/results.json.
bench: build
	$(BUILD_DIR)/bench/geotimeline_bench --out out/bench \
	  --label "$$(git rev-parse --short HEAD 2>/dev/null)"

clean:
	rm -rf $(BUILD_DIR) out
