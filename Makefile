# Two commands for a fresh Debian 12 machine: `make render` and `make test`.
BUILD_DIR ?= build
SCENARIO  ?= scenarios/korea-russia-2024.yaml
FORMATS   ?= png,svg
JOBS      ?= $(shell nproc)
PREFIX    ?= /usr/local
SANITIZE_DIR ?= build-sanitize
TSAN_DIR     ?= build-tsan
FUZZ_DIR     ?= build-fuzz
FUZZ_SECONDS ?= 60

.PHONY: all deps configure build render test references install bench sanitize tsan fuzz clean

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

# Rewrites tests/reference/*.png from the current renderer. Look at every changed image before
# committing it: the references are what the tests hold the maps to.
references: build
	cd $(BUILD_DIR) && GEOTIMELINE_UPDATE_REFERENCES=1 ctest -R ReferenceImage --output-on-failure

# Installs the built program with its styles, basemap, gazetteer, schema, man pages and bash
# completion under PREFIX (default /usr/local). It only installs: build first (`make build`,
# as a user who may install packages), then `make install` (as one who may write PREFIX).
install:
	@test -f $(BUILD_DIR)/src/geotimeline || \
	  { echo "make install: nothing built in $(BUILD_DIR)/: run 'make build' first" >&2; exit 1; }
	cmake --install $(BUILD_DIR) --prefix $(PREFIX)

# Seed scenario, 1920x1080, 240 frames as PNG and SVG: stage times, encode-only floor, --jobs
# scaling, encoders, peak memory. Results: out/bench/results.json.
bench: build
	$(BUILD_DIR)/bench/geotimeline_bench --out out/bench \
	  --label "$$(git rev-parse --short HEAD 2>/dev/null)"

# The whole test suite built with AddressSanitizer and UBSan: any finding fails a test.
sanitize: deps
	cmake -S . -B $(SANITIZE_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DGEOTIMELINE_SANITIZE=ON
	cmake --build $(SANITIZE_DIR) -j $(JOBS)
	cd $(SANITIZE_DIR) && ASAN_OPTIONS=detect_stack_use_after_return=1:strict_string_checks=1 \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitizer/lsan.supp:print_suppressions=0 \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ctest --output-on-failure -j $(JOBS)

# The tests that run more than one thread (shared views, parallel frames, --jobs and shard
# renders, the end-to-end renders at the default one job per core) built with ThreadSanitizer:
# any report fails the test. TSAN_TESTS is a ctest -R regex.
TSAN_TESTS ?= SharedViews|ParallelFrames|ParallelRender|ShardedRender|InterruptedRender|StaticLayer|CameraFrames|RouteUnderTheLegend|SeedScenario|FrameWriter|SmallScenario|^Render\.|Projection\.Clones|StagedDirectory\.Reader
tsan: deps
	cmake -S . -B $(TSAN_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DGEOTIMELINE_TSAN=ON
	cmake --build $(TSAN_DIR) -j $(JOBS)
	cd $(TSAN_DIR) && TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1 suppressions=$(CURDIR)/.ci/tsan.supp $(TSAN_EXTRA)" \
	  ctest --output-on-failure -j $(JOBS) -R '$(TSAN_TESTS)'

# A bounded libFuzzer run of the scenario loader and validator (clang-14, ASan + UBSan).
fuzz: deps
	CC=clang-14 CXX=clang++-14 cmake -S . -B $(FUZZ_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Debug \
	  -DGEOTIMELINE_FUZZ=ON -DGEOTIMELINE_BUILD_TESTS=OFF
	cmake --build $(FUZZ_DIR) -j $(JOBS) --target scenario_fuzzer
	tests/fuzz/run-fuzzer $(FUZZ_DIR)/tests/fuzz/scenario_fuzzer $(FUZZ_SECONDS) $(JOBS)

clean:
	rm -rf $(BUILD_DIR) $(SANITIZE_DIR) $(TSAN_DIR) $(FUZZ_DIR) out
