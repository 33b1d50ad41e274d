#include "render/legend.hpp"

#include <gtest/gtest.h>

#include "scenario/loader.hpp"
#include "support/test_support.hpp"

namespace gt {

namespace {
std::vector<std::string> labels(const Scenario& s) {
    std::vector<std::string> out;
    for (const auto& e : legend_entries(s)) out.push_back(e.label);
    return out;
}
}  // namespace

TEST(Legend, SeedScenarioExplainsEveryStyleItUses) {
    const auto s = load_scenario(test::scenario_file("korea-russia-2024")).scenario;
    EXPECT_EQ(labels(s),
              (std::vector<std::string>{
                  "Route taken, reported, not independently confirmed", "Route still ahead",
                  "Unit at sea", "Units arrived (how many)",
                  "Event, reported, not independently confirmed", "Capital", "City", "Port"}));
}

TEST(Legend, SpeaksTheScenariosLanguage) {
    auto s = load_scenario(test::scenario_file("korea-russia-2024")).scenario;
    s.words = *words_for("ru");
    EXPECT_EQ(
        labels(s),
        (std::vector<std::string>{
            "Пройденный маршрут, по сообщениям, без независимого подтверждения",
            "Предстоящий маршрут", "Подразделение в море", "Прибывшие подразделения (число)",
            "Событие, по сообщениям, без независимого подтверждения", "Столица", "Город", "Порт"}));
    s.words.kinds["city"] = "bandar";  // a word starting lower case still starts the row upper
    s.words.kinds["capital"] = "ibu kota";
    EXPECT_EQ(labels(s)[5], "Ibu kota");
    EXPECT_EQ(labels(s)[6], "Bandar");
}

TEST(Legend, ListsEachConfidenceAndModeOnceAndSkipsStatements) {
    Scenario s;
    Movement m;
    for (auto [c, mode] : {std::pair{Confidence::denied, Mode::air},
                           {Confidence::claimed, Mode::rail},
                           {Confidence::denied, Mode::air}}) {
        m.confidence = c;
        m.mode = mode;
        s.movements.push_back(m);
    }
    Event statement;  // no place: listed beside the map, not in the legend
    statement.confidence = Confidence::confirmed;
    s.events.push_back(statement);
    EXPECT_EQ(labels(s),
              (std::vector<std::string>{"Route taken, claimed by one side", "Route taken, denied",
                                        "Route still ahead", "Unit by rail", "Unit in the air",
                                        "Units arrived (how many)"}));
    // Arrivals are explained only where some unit arrives before the timeline ends.
    s.timeline.end = s.movements[0].end - Seconds{1};
    EXPECT_EQ(labels(s).back(), "Unit in the air");
}

TEST(Legend, KindsDrawnAlikeShareOneRow) {
    Scenario s;
    for (const char* kind : {"town", "capital", "fort", "city", "port", "harbour"}) {
        Place p;
        p.kind = kind;
        s.places.push_back(p);
    }
    EXPECT_EQ(labels(s),
              (std::vector<std::string>{"Capital", "City, fort, harbour, town", "Port"}));
    for (const auto& e : legend_entries(s)) {
        EXPECT_TRUE(e.place_kind == "capital" || e.place_kind == "city" || e.place_kind == "port")
            << e.place_kind;
    }
}

}  // namespace gt
