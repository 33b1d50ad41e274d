// Labels across the frames of every committed scenario, read from the SVG text as a reader sees
// them: an event's label is on in every frame of its active period, and no label blinks (goes
// off, then on again) while the camera holds its view.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "render/view_frame.hpp"
#include "scenario/loader.hpp"
#include "support/test_support.hpp"
#include "timeline/schedule.hpp"
#include "timeline/time.hpp"

namespace gt {

namespace {

namespace fs = std::filesystem;

std::string squeeze(const std::string& text) {
    return std::regex_replace(text, std::regex(R"(\s+)"), " ");
}

/// The words of each <text> of an SVG frame, its lines joined by spaces.
std::set<std::string> frame_texts(const fs::path& svg) {
    const std::string doc = test::read_file(svg);
    static const std::regex text(R"(<text\b[^>]*>([\s\S]*?)</text>)");
    static const std::regex tag(R"(<[^>]+>)");
    std::set<std::string> out;
    for (auto it = std::sregex_iterator(doc.begin(), doc.end(), text); it != std::sregex_iterator();
         ++it) {
        std::string words = std::regex_replace((*it)[1].str(), std::regex("</tspan>"), " ");
        words = squeeze(std::regex_replace(words, tag, ""));
        for (const auto& [entity, c] : {std::pair{"&amp;", "&"},
                                        {"&quot;", "\""},
                                        {"&#39;", "'"},
                                        {"&lt;", "<"},
                                        {"&gt;", ">"}}) {
            words = std::regex_replace(words, std::regex(entity), c);
        }
        if (!words.empty() && words.front() == ' ') words.erase(0, 1);
        if (!words.empty() && words.back() == ' ') words.pop_back();
        if (!words.empty()) out.insert(words);
    }
    return out;
}

bool has_text_with(const std::set<std::string>& texts, const std::string& part) {
    for (const std::string& t : texts) {
        if (t.find(part) != std::string::npos) return true;
    }
    return false;
}

/// A committed scenario rendered to SVG, with each frame's time, words and camera view.
struct RenderedFrames {
    LoadedScenario loaded;
    std::vector<Instant> times;
    std::vector<std::set<std::string>> texts;
    std::vector<ViewPose> poses;
};

RenderedFrames render_all(const std::string& name, const test::TempDir& out) {
    const fs::path file = test::scenario_file(name);
    const auto r = test::run({"render", file.string(), "--out", out.path().string(), "--format",
                              "svg", "--quiet", "--jobs", "2"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    RenderedFrames frames{load_scenario(file), {}, {}, {}};
    const Scene scene = prepare_scene(frames.loaded.scenario, test::scene_options());
    const fs::path folder = out.path() / name;
    const auto manifest = nlohmann::json::parse(test::read_file(folder / "manifest.json"));
    for (const auto& frame : manifest["frames"]) {
        const Instant t = *parse_instant(frame["time"].get<std::string>());
        frames.times.push_back(t);
        frames.texts.push_back(frame_texts(folder / frame["files"]["svg"].get<std::string>()));
        frames.poses.push_back(scene.camera.pose_at(t));
    }
    return frames;
}

class LabelStability : public ::testing::TestWithParam<std::string> {};

}  // namespace

TEST_P(LabelStability, NoLabelBlinksWhileTheViewHolds) {
    const test::TempDir out;
    const RenderedFrames frames = render_all(GetParam(), out);
    ASSERT_GT(frames.texts.size(), 2U);
    std::set<std::string> all;
    for (const auto& texts : frames.texts) all.insert(texts.begin(), texts.end());
    // Timeline ticks, the scale bar and the clock change with the time or the view, by design.
    const std::regex furniture(R"(^\d{1,2} \w+$|^\d+ (km|mi)$|^\d{2}:\d{2})");
    for (const std::string& label : all) {
        if (std::regex_search(label, furniture)) continue;
        std::size_t last_on = std::string::npos;
        for (std::size_t i = 0; i < frames.texts.size(); ++i) {
            if (frames.texts[i].count(label) == 0) continue;
            if (last_on != std::string::npos && i > last_on + 1) {
                // Off for frames last_on+1 .. i-1, then on again: fine only where the view
                // changed meanwhile (the label's feature left the map, or the camera moved).
                bool view_changed = false;
                for (std::size_t k = last_on + 1; k <= i; ++k) {
                    view_changed = view_changed || !(frames.poses[k] == frames.poses[last_on]);
                }
                EXPECT_TRUE(view_changed) << GetParam() << ": \"" << label << "\" is off in frames "
                                          << last_on + 2 << "-" << i << " and on around them";
            }
            last_on = i;
        }
    }
}

TEST_P(LabelStability, EveryEventIsLabelledThroughItsActivePeriod) {
    const test::TempDir out;
    const RenderedFrames frames = render_all(GetParam(), out);
    const Scenario& scenario = frames.loaded.scenario;
    std::size_t checked = 0;
    for (const Event& e : scenario.events) {
        if (!e.at) continue;  // a statement without a place: listed beside the map
        const std::string words = squeeze(e.label);
        for (std::size_t i = 0; i < frames.times.size(); ++i) {
            if (event_phase(e, frames.times[i]) != EventPhase::active) continue;
            ++checked;
            EXPECT_TRUE(has_text_with(frames.texts[i], words))
                << GetParam() << ": \"" << e.label << "\" missing from frame " << i + 1;
        }
    }
    const bool placed_events = std::any_of(scenario.events.begin(), scenario.events.end(),
                                           [](const Event& e) { return e.at.has_value(); });
    EXPECT_EQ(checked > 0, placed_events) << "every placed event is on in some frame";
}

INSTANTIATE_TEST_SUITE_P(CommittedScenarios, LabelStability,
                         ::testing::Values("korea-russia-2024", "dunkirk-1940", "russia-1812",
                                           "track-files"),
                         [](const auto& info) {
                             std::string name = info.param;
                             for (char& c : name) {
                                 if (c == '-') c = '_';
                             }
                             return name;
                         });

}  // namespace gt
