#include "scenario/words.hpp"

#include <gtest/gtest.h>

#include "scenario/model.hpp"

namespace gt {

TEST(Words, EveryBuiltInLanguageHasEveryWord) {
    for (const char* locale : {"en", "id", "fr", "de", "es", "ru", "uk", "ko"}) {
        const auto words = words_for(locale);
        ASSERT_TRUE(words.has_value()) << locale;
        for (const WordKey& k : word_keys()) {
            EXPECT_FALSE((*words)[k.key].empty()) << locale << " " << k.key;
        }
        for (const std::string& kind : worded_kinds()) {
            EXPECT_NE(words->kinds.count(kind), 0U) << locale << " " << kind;
        }
    }
}

TEST(Words, FollowTheLocalesLanguage) {
    EXPECT_EQ(words_for("id")->level(Confidence::reported), "dilaporkan");
    EXPECT_EQ(words_for("ko_KR")->level(Confidence::denied), "부인됨");
    EXPECT_EQ(words_for("fr-CA")->meaning(Confidence::unknown), "non vérifié");
    EXPECT_EQ(words_for("en_GB")->meaning(Confidence::reported),
              "reported, not independently confirmed");
    EXPECT_FALSE(words_for("ja").has_value());
    EXPECT_EQ(english_words()["sources"], "Sources:");
}

TEST(Words, KindsAndCountriesNotWordedAreWrittenAsGiven) {
    Words w = english_words();
    EXPECT_EQ(w.kind("city"), "city");
    EXPECT_EQ(w.kind("fort"), "fort");
    EXPECT_EQ(words_for("id")->kind("capital"), "ibu kota");
    EXPECT_EQ(w.country("China"), "China");
    w.countries["China"] = "Tiongkok";
    EXPECT_EQ(w.country("China"), "Tiongkok");
}

TEST(Words, CapitalizeFirstWorksInAnyScript) {
    EXPECT_EQ(capitalize_first("city, fort"), "City, fort");
    EXPECT_EQ(capitalize_first("столица"), "Столица");
    EXPECT_EQ(capitalize_first("île"), "Île");
    EXPECT_EQ(capitalize_first("수도"), "수도");
    EXPECT_EQ(capitalize_first(""), "");
}

}  // namespace gt

namespace gt {

TEST(Words, ACountryTheBasemapLacksIsReportedWithItsNearestNames) {
    Words w;
    w.countries = {{"Japan", "Nihon"},
                   {"Jpan", "x"},
                   {"Democratic Republic of the Congo", "RDC"},
                   {"Atlantis", "y"}};
    w.country_positions["Jpan"] = {"s.yaml", 40, 7};
    const std::vector<std::string> names{"Congo", "Dem. Rep. Congo", "Japan", "Tonga"};
    const auto found = unknown_country_words(w, names);
    ASSERT_EQ(found.size(), 3U);  // by name: Atlantis, Democratic..., Jpan
    EXPECT_EQ(found[0].hint,
              "the basemap writes Natural Earth's short names, e.g. 'Dem. Rep. Congo', "
              "'Bosnia and Herz.'");
    EXPECT_EQ(found[1].hint, "the basemap has 'Congo', 'Dem. Rep. Congo'");
    EXPECT_EQ(found[2].str(),
              "s.yaml:40:7: warning: the basemap has no country called 'Jpan': its word is never "
              "shown\n  hint: did you mean 'Japan'?");
}

TEST(Words, GraticuleLabelsNameTheHemisphereInTheLocalesWay) {
    const Words en = english_words();
    EXPECT_EQ(en.degrees(40, false), "40°N");
    EXPECT_EQ(en.degrees(-73.5, true), "73.5°W");
    EXPECT_EQ(en.degrees(0, true), "0°");
    EXPECT_EQ(en.degrees(-180, true), "180°");
    EXPECT_EQ(words_for("ru")->degrees(43, false), "43°\u00a0с.\u00a0ш.");
    EXPECT_EQ(words_for("ko")->degrees(131, true), "동경 131°");
    EXPECT_EQ(words_for("de")->degrees(12, true), "12°\u00a0O");
    EXPECT_EQ(words_for("de")->degrees(-1.5, true, "de"), "1,5°\u00a0W");
    EXPECT_EQ(en.degrees(-1.25, true, "en"), "1.25°W");
    // A scenario's own word without the place for the degrees gets them before it.
    Words own = english_words();
    own.text["north"] = "nord";
    EXPECT_EQ(own.degrees(40, false), "40° nord");
}

}  // namespace gt
