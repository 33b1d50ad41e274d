#pragma once
// A test suite base for end-to-end checks of one scenario rendered once through the CLI.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "render/scene.hpp"
#include "scenario/loader.hpp"
#include "support/test_support.hpp"

namespace gt::test {

/// Shared by the e2e suites so that each renders its scenario once, then finds in the frames
/// where the loaded scenario and its prepared scene put things. `Suite` is the deriving fixture
/// (each suite keeps its own render); its SetUpTestSuite() calls render_once().
template <class Suite>
class RenderedScenarioSuite : public ::testing::Test {
  protected:
    /// Runs `render <scenario> --out <a temporary folder> <options...>`, which must succeed,
    /// then loads the scenario and prepares its scene with the default styles and basemap.
    static void render_once(const std::filesystem::path& scenario,
                            const std::vector<std::string>& options) {
        out_ = new TempDir;
        std::vector<std::string> args{"render", scenario.string(), "--out", out_->path().string()};
        args.insert(args.end(), options.begin(), options.end());
        const auto r = run(args);
        ASSERT_EQ(r.exit_code, 0) << r.err;
        loaded_ = new LoadedScenario(load_scenario(scenario));
        scene_ = new Scene(prepare_scene(loaded_->scenario, scene_options()));
    }
    static void TearDownTestSuite() {
        delete scene_;
        delete loaded_;
        delete out_;
    }
    /// Where `p` is drawn in the frames.
    static XY pixel_of(LonLat p) {
        return scene_->view.to_pixel(*make_projection(loaded_->scenario).forward(p));
    }

    static inline TempDir* out_ = nullptr;
    static inline LoadedScenario* loaded_ = nullptr;
    static inline Scene* scene_ = nullptr;
};

}  // namespace gt::test
