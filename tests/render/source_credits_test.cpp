#include "render/source_credits.hpp"

#include <gtest/gtest.h>

#include "scenario/loader.hpp"
#include "timeline/time.hpp"

namespace gt {

namespace {

Scenario scenario_with(const std::string& items) {
    return load_scenario_text(R"(title: Test
map:
  extent: [124, 38, 138, 49]
timeline:
  start: 2024-10-08
  end: 2024-10-13
places:
  vladivostok: {at: [131.9, 43.1]}
  chongjin: {at: [129.7, 41.8]}
sources:
  nis: {title: Statement, publisher: NIS, date: 9 Oct 2024}
  media: {title: Report}
)" + items,
                              "s.yaml")
        .scenario;
}

Instant at(const char* text) { return *parse_instant(text); }

}  // namespace

TEST(SourcesLine, ListsEachSourceOnceWithTheConfidenceOfWhatItSupports) {
    const Scenario s = scenario_with(R"(movements:
  - {id: m, from: chongjin, to: vladivostok, start: 2024-10-09, end: 2024-10-10, source: nis, confidence: reported}
events:
  - {id: e, label: Seen, date: 2024-10-11, place: chongjin, source: nis, confidence: claimed}
  - {id: f, label: Heard, date: 2024-10-12, place: chongjin, source: media, confidence: unknown}
)");
    EXPECT_EQ(sources_line(s, at("2024-10-08")), "Sources: none yet on the map");
    EXPECT_EQ(sources_line(s, at("2024-10-09")), "Sources: NIS, Statement (9 Oct 2024) [reported]");
    EXPECT_EQ(sources_line(s, at("2024-10-13")),
              "Sources: NIS, Statement (9 Oct 2024) [reported, claimed]; Report [unknown]");
}

TEST(SourcesLine, NamesWhatIsOnTheMapWithoutASource) {
    const Scenario s = scenario_with(R"(movements:
  - {id: ship, label: Grain ship, from: chongjin, to: vladivostok, start: 2024-10-09, end: 2024-10-10, source: none, confidence: reported}
events:
  - {id: e, label: Seen, date: 2024-10-11, place: chongjin, source: nis, confidence: claimed}
  - {id: strike, label: Strike, date: 2024-10-12, place: chongjin, source: none, confidence: unknown}
)");
    EXPECT_EQ(sources_line(s, at("2024-10-08")), "Sources: none yet on the map");
    EXPECT_EQ(sources_line(s, at("2024-10-09")), "Sources: none given for Grain ship [reported]");
    EXPECT_EQ(sources_line(s, at("2024-10-11")),
              "Sources: NIS, Statement (9 Oct 2024) [claimed]. No source given for Grain ship "
              "[reported]");
    EXPECT_EQ(sources_line(s, at("2024-10-12")),
              "Sources: NIS, Statement (9 Oct 2024) [claimed]. No source given for Grain ship "
              "[reported]; Strike [unknown]");
}

TEST(SourcesLine, SpeaksTheScenariosLanguage) {
    Scenario s = scenario_with(R"(movements:
  - {id: ship, label: Grain ship, from: chongjin, to: vladivostok, start: 2024-10-09, end: 2024-10-10, source: none, confidence: reported}
events:
  - {id: e, label: Seen, date: 2024-10-11, place: chongjin, source: nis, confidence: claimed}
)");
    s.words = *words_for("fr");
    EXPECT_EQ(sources_line(s, at("2024-10-08")), "Sources\u00a0: aucune encore sur la carte");
    EXPECT_EQ(sources_line(s, at("2024-10-09")),
              "Sources\u00a0: aucune indiquée pour Grain ship [signalé]");
    EXPECT_EQ(
        sources_line(s, at("2024-10-11")),
        "Sources\u00a0: NIS, Statement (9 Oct 2024) [revendiqué]. Aucune source indiquée pour "
        "Grain ship [signalé]");
    EXPECT_EQ(credits_line(s),
              "Fond de carte\u00a0: Natural Earth (domaine public) via world-atlas\u00a0; lacs et "
              "fleuves\u00a0: GSHHG (LGPL)\u00a0; noms des mers\u00a0: OHI S-23.");
}

}  // namespace gt
