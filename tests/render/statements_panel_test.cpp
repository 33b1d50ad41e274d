// The statements panel: claims without a place, then the events whose labels found no room on
// the map, listed whole under the number beside their star; what does not fit is counted.
#include "render/statements_panel.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <string>

#include "scenario/loader.hpp"
#include "support/scene_at_end.hpp"
#include "support/test_support.hpp"

namespace gt {

namespace {

/// The small test scenario with `count` more events at its end point on its last day, each
/// with a long label: far more than the map has room to label.
std::string crowded_yaml(int count) {
    std::string yaml = test::read_file(test::data_dir() / "small.yaml");
    std::string events;
    for (int i = 1; i <= count; ++i) {
        events += "  - id: crowd-" + std::to_string(i) + "\n    label: Crowd report number " +
                  std::to_string(i) +
                  " seen at the harbour by several witnesses\n    date: 2024-10-05\n"
                  "    place: end-point\n    source: log\n    confidence: reported\n";
    }
    yaml.insert(yaml.find("sources:"), events);
    return yaml;
}

class CrowdedEvents : public ::testing::Test, protected test::SceneAtEnd {
  protected:
    CrowdedEvents() : SceneAtEnd(load_scenario_text(crowded_yaml(30), "crowded.yaml")) {}
    DrawContext context() { return context_at(nullptr, placer, end); }

    LabelPlacer placer{{0, 0, 0, 0}};
};

/// The words of every <text> of an SVG document, each on its own line.
std::string svg_words(const std::string& doc) {
    static const std::regex text(R"(<text\b[^>]*>([\s\S]*?)</text>)");
    static const std::regex tag(R"(<[^>]+>)");
    std::string out;
    for (auto it = std::sregex_iterator(doc.begin(), doc.end(), text); it != std::sregex_iterator();
         ++it) {
        const std::string words = std::regex_replace((*it)[1].str(), std::regex("</tspan>"), " ");
        out += std::regex_replace(std::regex_replace(words, tag, ""), std::regex(R"(\s+)"), " ") +
               "\n";
    }
    return out;
}

}  // namespace

TEST_F(CrowdedEvents, NumbersTheEventsItListsAndCountsTheRest) {
    const DrawContext dc = context();
    const PixelRect date_panel{700, 20, 240, 60};
    std::vector<const Event*> numbered;
    for (std::size_t i = 1; i < loaded.scenario.events.size(); ++i) {
        numbered.push_back(&loaded.scenario.events[i]);
    }
    const auto panel = lay_out_statements(dc, date_panel, numbered);
    ASSERT_TRUE(panel.has_value());
    ASSERT_GE(panel->items.size(), 1U);
    EXPECT_LT(panel->items.size(), numbered.size()) << "a 600-pixel map has no room for 30";
    EXPECT_EQ(panel->items.size() + panel->more, numbered.size()) << "the rest is counted";
    for (std::size_t i = 0; i < panel->items.size(); ++i) {
        EXPECT_TRUE(panel->items[i].numbered);
        EXPECT_EQ(panel->items[i].event, numbered[i]);
        EXPECT_EQ(panel->items[i].heading.rfind(std::to_string(i + 1) + " · 5 ", 0), 0U)
            << panel->items[i].heading;
        EXPECT_EQ(panel->items[i].text, numbered[i]->label) << "whole, never shortened";
    }
    EXPECT_LE(panel->box.y + panel->box.height, scene.layout.bottom_band.y);
}

TEST_F(CrowdedEvents, NothingToListNoPanel) {
    const DrawContext dc = context();
    EXPECT_FALSE(lay_out_statements(dc, {700, 20, 240, 60}, {}).has_value());
}

TEST_F(CrowdedEvents, AFrameLabelsListsOrCountsEveryEventWhole) {
    const test::TempDir out;
    const std::filesystem::path file = out.path() / "crowded.yaml";
    std::ofstream(file) << crowded_yaml(30);
    const auto r = test::run({"render", file.string(), "--out", out.path().string(), "--format",
                              "svg", "--at", "2024-10-05", "--quiet"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const std::string words =
        svg_words(test::read_file(out.path() / "crowded-frame-5" / "frame-00005.svg"));
    int labelled = 0, listed = 0;
    for (int i = 1; i <= 30; ++i) {
        const std::string text = "Crowd report number " + std::to_string(i) +
                                 " seen at the harbour by several witnesses";
        // On the map its label holds its date and confidence; in the panel its heading does.
        const bool on_map = words.find("5 Oct · " + text + " (reported)") != std::string::npos;
        const bool in_panel = words.find("\n" + text + " \n") != std::string::npos ||
                              words.find("\n" + text + "\n") != std::string::npos;
        labelled += on_map;
        listed += in_panel;
        EXPECT_FALSE(on_map && in_panel) << text;
        EXPECT_EQ(words.find("number " + std::to_string(i) + " seen at the harbour\n"),
                  std::string::npos)
            << "never a shortened form";
    }
    EXPECT_GT(labelled, 0);
    EXPECT_GT(listed, 0);
    std::smatch more;
    const std::regex counted(R"(\n\+(\d+) ?\n)");
    ASSERT_TRUE(std::regex_search(words, more, counted)) << words;
    EXPECT_EQ(labelled + listed + std::stoi(more[1].str()), 30) << words;
    ASSERT_GE(listed, 2);
    for (int n = 1; n <= listed; ++n) {
        const std::string number = std::to_string(n);
        EXPECT_NE(words.find("\n" + number + " · 5 Oct · reported · Test"), std::string::npos);
        EXPECT_TRUE(std::regex_search(words, std::regex("\n" + number + " ?\n")))
            << "number " << n << " beside its star";
    }
}

}  // namespace gt
