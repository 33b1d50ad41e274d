// Reference-image tests: real scenarios rendered in-process and compared with
// tests/reference/<scenario>-<frame>-<width>x<height>-<scale>-<theme>.png.
// Regenerate on purpose with `make references` (GEOTIMELINE_UPDATE_REFERENCES=1), then look at
// the images before committing them.
#include <gtest/gtest.h>

#include "support/image_compare.hpp"
#include "support/test_support.hpp"

namespace gt {

namespace {

struct Case {
    const char* scenario_path;  ///< relative to the repository
    const char* scenario;       ///< output folder name
    const char* at;
    const char* frame;  ///< short name of the frame in the reference name
    const char* scale;
    const char* size;
    const char* theme;
};

std::string reference_name(const Case& c) {
    return std::string(c.scenario) + "-" + c.frame + "-" + c.size + "-" + c.scale + "x-" + c.theme;
}

class ReferenceImage : public ::testing::TestWithParam<Case> {};

}  // namespace

TEST_P(ReferenceImage, MatchesTheReference) {
    const Case& c = GetParam();
    test::TempDir out;
    const auto r = test::run({"render", (test::source_dir() / c.scenario_path).string(), "--out",
                              out.path().string(), "--at", c.at, "--scale", c.scale, "--theme",
                              c.theme, "--quiet"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto check =
        test::check_reference(test::chosen_pngs(out.path(), c.scenario).at(0), reference_name(c));
    EXPECT_TRUE(check.passed) << check.message;
    if (!check.message.empty() && check.passed) std::cout << check.message << '\n';
}

INSTANTIATE_TEST_SUITE_P(
    Scenarios, ReferenceImage,
    ::testing::Values(
        Case{"scenarios/korea-russia-2024.yaml", "korea-russia-2024", "2024-10-12T06:00Z", "oct12",
             "1", "1920x1080", "report"},
        Case{"scenarios/korea-russia-2024.yaml", "korea-russia-2024", "2024-10-12T06:00Z", "oct12",
             "1", "1920x1080", "dark"},
        Case{"scenarios/korea-russia-2024.yaml", "korea-russia-2024", "2024-10-12T06:00Z", "oct12",
             "1", "1920x1080", "print"},
        Case{"scenarios/korea-russia-2024.yaml", "korea-russia-2024", "2024-10-18T00:00Z", "oct18",
             "0.6667", "1280x720", "report"},
        Case{"scenarios/dunkirk-1940.yaml", "dunkirk-1940", "1940-05-31T12:00Z", "may31", "1",
             "1920x1080", "report"},
        // The camera closed in on the crossing (scenarios/dunkirk-1940.yaml, `camera:`).
        Case{"scenarios/dunkirk-1940.yaml", "dunkirk-1940", "1940-05-30T00:00Z", "may30", "1",
             "1920x1080", "report"},
        Case{"tests/data/small.yaml", "small", "2024-10-03", "oct03", "1", "960x600", "report"}),
    [](const ::testing::TestParamInfo<Case>& info) {
        std::string name = reference_name(info.param);
        for (char& ch : name) {
            if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
        }
        return name;
    });

}  // namespace gt
