// The smaller subcommands: init, info, validate --json, help; render's frame and PNG options.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "cli/scene_flags.hpp"
#include "output/render_job.hpp"
#include "scenario/gazetteer.hpp"
#include "scenario/loader.hpp"
#include "support/image_compare.hpp"
#include "support/test_support.hpp"

namespace gt {

namespace fs = std::filesystem;

TEST(Gazetteer, FindsPlacesByNameAndCountry) {
    const Gazetteer g(default_paths().gazetteer);
    EXPECT_GT(g.size(), 100000U);
    const auto khabarovsk = g.find("khabarovsk", "RU");
    ASSERT_EQ(khabarovsk.size(), 1U);
    EXPECT_NEAR(khabarovsk[0].position.lat, 48.462, 0.01);
    EXPECT_NEAR(khabarovsk[0].position.lon, 135.097, 0.01);
    EXPECT_GT(g.find("Springfield").size(), 5U);
    EXPECT_TRUE(g.find("Nowhere-at-all").empty());
}

TEST(Gazetteer, FormerAndEnglishNamesFindTheirPlace) {
    const Gazetteer g(default_paths().gazetteer);
    const auto kiev = g.find("Kiev");
    ASSERT_EQ(kiev.size(), 1U);
    EXPECT_EQ(kiev[0].name, "Kyiv");
    EXPECT_NEAR(kiev[0].position.lat, 50.45, 0.01);
    EXPECT_EQ(g.find("bombay", "IN").size(), 1U);
    EXPECT_TRUE(g.find("Kiev", "RU").empty());
    // A name some place has as well names both, the renamed place first: Zaporozhye is a
    // village in Kazakhstan and the Russian name of Zaporizhzhia; the country picks.
    const auto zaporozhye = g.find("Zaporozhye");
    ASSERT_EQ(zaporozhye.size(), 2U);
    EXPECT_EQ(zaporozhye[0].country, "UA");
    EXPECT_NEAR(zaporozhye[0].position.lon, 35.117, 0.01) << "the city, not the village so named";
    EXPECT_EQ(zaporozhye[1].country, "KZ");
    EXPECT_EQ(g.find("Zaporozhye", "UA").size(), 1U);
    const auto harare = g.find("Salisbury", "ZW");
    ASSERT_EQ(harare.size(), 1U);
    EXPECT_EQ(harare[0].name, "Harare");
    EXPECT_GT(g.find("Salisbury", "GB").size(), 0U);
    for (const GazetteerEntry& e : g.find("Salisbury", "GB")) EXPECT_EQ(e.country, "GB");
}

TEST(Gazetteer, AMisspeltNameGetsTheNearestOne) {
    const Gazetteer g(default_paths().gazetteer);
    EXPECT_EQ(g.closest_name("Zaporizhia"), "Zaporizhzhia");
    EXPECT_EQ(g.closest_name("khabarovks"), "Khabarovsk");
    EXPECT_EQ(g.closest_name("Xqzzyqx"), "");
    EXPECT_EQ(spelling_hint(g, "Vladivostock", "add 'at: [lon, lat]'"),
              "did you mean 'Vladivostok'? Or add 'at: [lon, lat]'");
}

TEST(Gazetteer, ACountrysDivisionTellsPlacesOfOneNameApart) {
    const Gazetteer g(default_paths().gazetteer);
    ASSERT_EQ(g.find("Rivne", "UA").size(), 4U);
    const auto rivne = g.find("Rivne", "UA-19");
    ASSERT_EQ(rivne.size(), 1U);
    EXPECT_NEAR(rivne[0].position.lat, 50.62, 0.01);
    EXPECT_EQ(narrowing_hint(g.find("Rivne", "UA"), "country: ", ""),
              "add a division: 'country: UA-10' (or another)");
    EXPECT_EQ(narrowing_hint(g.find("Odessa"), "Odessa, ", ""),
              "add 'Odessa, UA' (or another code)");
    // Init and the scenario take the division as written in the candidates.
    test::TempDir dir;
    const auto r =
        test::run({"init", (dir.path() / "r.yaml").string(), "--from", "Kyiv", "--to", "Rivne"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("hint: add a division: 'Rivne, UA-10' (or another)"), std::string::npos)
        << r.err;
    EXPECT_NE(r.err.find("Rivne (UA-19, at [26.237, 50.62])"), std::string::npos) << r.err;
    const std::string yaml =
        "title: t\nmap: {extent: [22, 44, 40, 53]}\n"
        "timeline: {start: 2024-10-08, end: 2024-10-12}\nplaces:\n"
        "  rivne: {name: Rivne, country: UA-19}\n";
    const auto loaded = load_scenario_text(yaml, "r.yaml", {}, default_paths().gazetteer);
    EXPECT_NEAR(loaded.scenario.find_place("rivne")->position.lon, 26.237, 0.01);
    // Codes in any case; a malformed one is named, not looked up.
    EXPECT_EQ(g.find("Odessa", "ua").size(), 1U);
    EXPECT_TRUE(is_place_code("UA-19") && is_place_code("gb-ENG") && is_place_code("KP"));
    EXPECT_FALSE(is_place_code("-19") || is_place_code("UA-") || is_place_code("U") ||
                 is_place_code("UA19"));
    for (const char* bad : {"Paris,", "Rivne, -19", "Rivne, UA-"}) {
        const auto b =
            test::run({"init", (dir.path() / "b.yaml").string(), "--from", "Kyiv", "--to", bad});
        EXPECT_EQ(b.exit_code, 2) << bad << b.err;
        EXPECT_EQ(b.err.find("internal error"), std::string::npos) << b.err;
    }
    try {
        (void)load_scenario_text(test::replace_line(yaml, "  rivne: {name: Rivne, country: UA-19}",
                                                    "  rivne: {name: Rivne, country: -19}"),
                                 "r.yaml", {}, default_paths().gazetteer);
        FAIL();
    } catch (const InputError& e) {
        EXPECT_EQ(e.diagnostics()[0].str(),
                  "r.yaml:5:33: error: '-19' is not a country code\n"
                  "  hint: write an ISO code (UA), or a code and division as candidates list "
                  "them (UA-19)");
    }
}

TEST(Gazetteer, NamesWrittenWithoutTheirAccentsFindTheirPlace) {
    EXPECT_EQ(fold_name("Hamhŭng"), "hamhung");
    EXPECT_EQ(fold_name("ŁÓDŹ"), "lodz");
    EXPECT_EQ(fold_name("Düsseldorf"), "dusseldorf");
    EXPECT_EQ(fold_name("Großenhain"), "grossenhain");
    EXPECT_EQ(fold_name("Tromsø"), "tromso");
    EXPECT_EQ(fold_name("Владивосток"), "владивосток");  // another script stays itself
    const Gazetteer g(default_paths().gazetteer);
    const auto hamhung = g.find("Hamhung", "KP");
    ASSERT_EQ(hamhung.size(), 1U);
    EXPECT_EQ(hamhung[0].name, "Hamhŭng");
    EXPECT_EQ(g.find("Malmo", "SE").at(0).name, "Malmö");
    EXPECT_EQ(g.find("lodz", "PL").at(0).name, "Łódź");
    // A place written exactly so wins over one that differs by accents only.
    for (const GazetteerEntry& e : g.find("Paris")) EXPECT_EQ(e.name, "Paris");
}

TEST(InitCommand, WritesAStarterThatValidatesBetweenTwoNamedPlaces) {
    test::TempDir dir;
    const fs::path file = dir.path() / "new.yaml";
    auto r = test::run(
        {"init", file.string(), "--from", "Chongjin", "--to", "Khabarovsk", "--title", "My map"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const std::string text = test::read_file(file);
    EXPECT_NE(text.find("title: My map"), std::string::npos);
    EXPECT_NE(text.find("  chongjin:\n    name: Chongjin\n    at: [129.776"), std::string::npos)
        << text;
    // Positions from GeoNames are credited, as its licence asks.
    EXPECT_NE(text.find("credits: \"Place positions: GeoNames (CC BY 4.0).\""), std::string::npos);
    r = test::run({"validate", file.string()});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    // Chongjin to Khabarovsk is over land; Helsinki to Tallinn is a ferry.
    EXPECT_NE(text.find("    mode: land "), std::string::npos) << text;
    const fs::path ferry = dir.path() / "ferry.yaml";
    r = test::run({"init", ferry.string(), "--from", "Helsinki", "--to", "Tallinn"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(test::read_file(ferry).find("    mode: sea "), std::string::npos)
        << test::read_file(ferry);
    // Places by former names keep them: the starter's map says Kiev, placed at Kyiv (Odessa
    // alone is also in Texas, Florida and Missouri).
    const fs::path old_names = dir.path() / "old.yaml";
    r = test::run({"init", old_names.string(), "--from", "Kiev", "--to", "Odessa, UA"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(test::read_file(old_names).find("  kiev:\n    name: Kiev\n    at: [30.52"),
              std::string::npos)
        << test::read_file(old_names);
    // It never overwrites without --force.
    r = test::run({"init", file.string()});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("already exists"), std::string::npos);
}

TEST(InitCommand, AmbiguousNameListsCandidates) {
    test::TempDir dir;
    const auto r = test::run(
        {"init", (dir.path() / "x.yaml").string(), "--from", "Springfield", "--to", "Paris"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("--from: error: 'Springfield' names"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("Springfield (US-IL"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(dir.path() / "x.yaml"));
}

TEST(InfoCommand, ReportsFramesExtentAndSources) {
    const auto r = test::run({"info", test::scenario_file("korea-russia-2024").string(), "--json"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto info = nlohmann::json::parse(r.out);
    EXPECT_EQ(info["frames"], 57);
    EXPECT_EQ(info["start"], "2024-10-06T00:00:00Z");
    EXPECT_EQ(info["sources"].size(), 6U);
    EXPECT_EQ(info["crs"].get<std::string>().rfind("+proj=lcc", 0), 0U);
    EXPECT_TRUE(info["camera"].empty());
}

TEST(InfoCommand, ListsTheCameraKeyframes) {
    const auto r = test::run({"info", test::scenario_file("dunkirk-1940").string(), "--json"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto camera = nlohmann::json::parse(r.out)["camera"];
    ASSERT_EQ(camera.size(), 6U);
    EXPECT_EQ(camera[0]["at"], "1940-05-24T00:00:00Z");
    EXPECT_EQ(camera[3]["extent"], nlohmann::json({1.15, 50.85, 2.95, 51.45}));
    const auto text = test::run({"info", test::scenario_file("dunkirk-1940").string()});
    EXPECT_NE(text.out.find("camera:    6 keyframes, 1940-05-24T00:00:00Z to 1940-05-31T06:00:00Z"),
              std::string::npos)
        << text.out;
}

TEST(InfoCommand, CountsAreWrittenWithTheirNouns) {
    const auto r = test::run({"info", (test::data_dir() / "small.yaml").string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("contents:  2 places, 1 movement, 1 event\n"), std::string::npos) << r.out;
}

TEST(RenderCommand, FormatNamesAreNotCaseSensitive) {
    test::TempDir dir;
    const auto r =
        test::run({"render", (test::data_dir() / "small.yaml").string(), "--out",
                   dir.path().string(), "--format", "PNG,Svg", "--frames", "1:1", "--quiet"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(fs::exists(dir.path() / "small-frame-1" / "frame-00001.png"));
    EXPECT_TRUE(fs::exists(dir.path() / "small-frame-1" / "frame-00001.svg"));
}

TEST(ValidateCommand, JsonListsEveryProblemWithItsPosition) {
    test::TempDir dir;
    const fs::path file = dir.path() / "bad.yaml";
    std::ofstream(file) << "title: x\nmap: {extent: [0, 0, 10, 10]}\ntimeline: {start: 2024-01-01, "
                           "end: 2024-01-05, stepp: 1d}\nmovements:\n  - {id: m, from: a, to: b, "
                           "start: 2024-01-01, end: 2024-01-02, source: none, confidence: sure}\n";
    const auto r = test::run({"validate", "--json", file.string()});
    EXPECT_EQ(r.exit_code, 2);
    const auto report = nlohmann::json::parse(r.out);
    EXPECT_FALSE(report["valid"]);
    ASSERT_GE(report["diagnostics"].size(), 3U);
    EXPECT_EQ(report["diagnostics"][0]["line"], 3);
    EXPECT_EQ(report["diagnostics"][0]["message"], "unknown key 'stepp' in 'timeline'");
    EXPECT_EQ(report["diagnostics"][0]["hint"], "did you mean 'step'?");
    const auto ok = test::run({"validate", "--json", test::scenario_file("dunkirk-1940").string()});
    EXPECT_EQ(ok.exit_code, 0);
    EXPECT_TRUE(nlohmann::json::parse(ok.out)["valid"]);
}

TEST(HelpCommand, ShowsOneCommandsOptions) {
    const auto r = test::run({"help", "pdf"});
    EXPECT_EQ(r.exit_code, 0);
    EXPECT_NE(r.out.find("--storyboard"), std::string::npos) << r.out;
    // The usage line names the program, as `geotimeline pdf --help` does.
    EXPECT_NE(r.out.find("Usage: geotimeline pdf [OPTIONS]"), std::string::npos) << r.out;
}

TEST(InfoCommand, ListsTrackFilesWithTheirPositions) {
    const auto r = test::run({"info", test::scenario_file("track-files").string(), "--json"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto info = nlohmann::json::parse(r.out);
    ASSERT_EQ(info["tracks"].size(), 2U);
    EXPECT_EQ(info["tracks"][1]["movement"], "survey-ship");
    EXPECT_EQ(info["tracks"][1]["file"], "tracks/survey-ship-ais.csv");
    EXPECT_EQ(info["tracks"][1]["positions"], 13);
    EXPECT_EQ(info["tracks"][1]["timestamped"], true);
    EXPECT_EQ(info["tracks"][0]["timestamped"], false);
    const auto text = test::run({"info", test::scenario_file("track-files").string()});
    EXPECT_NE(
        text.out.find("  tracks:\n    ferry: tracks/ferry-busan-hakata.gpx, 11 positions\n"
                      "    survey-ship: tracks/survey-ship-ais.csv, 13 timestamped positions\n"
                      "  sources:\n"),
        std::string::npos)
        << text.out;
}

TEST(ValidateCommand, CountsInTheSingularAndPlural) {
    // tests/data/small.yaml: one movement, one event, no warnings.
    const auto r = test::run({"validate", (test::data_dir() / "small.yaml").string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find(": ok (1 movement, 1 event, 0 warnings)"), std::string::npos) << r.out;
}

}  // namespace gt

namespace gt {

TEST(PlacesByName, ResolveFromTheGazetteerAndCreditGeoNames) {
    const std::string yaml =
        "title: t\nmap: {extent: [128, 42, 136, 49]}\n"
        "timeline: {start: 2024-10-08, end: 2024-10-12}\nplaces:\n"
        "  vladivostok: {name: Vladivostok}\n"
        "  khabarovsk: {name: Khabarovsk, country: RU}\n";
    const auto loaded = load_scenario_text(yaml, "n.yaml", {}, default_paths().gazetteer);
    const Place* k = loaded.scenario.find_place("khabarovsk");
    ASSERT_NE(k, nullptr);
    EXPECT_TRUE(k->from_gazetteer);
    EXPECT_NEAR(k->position.lat, 48.46, 0.01);
    // A former name is placed where the place is, and labelled as written.
    const auto stalingrad = load_scenario_text(yaml + "  stalingrad: {name: Stalingrad}\n",
                                               "n.yaml", {}, default_paths().gazetteer);
    const Place* s = stalingrad.scenario.find_place("stalingrad");
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->name, "Stalingrad");
    EXPECT_NEAR(s->position.lat, 48.71, 0.01);
    // Without a gazetteer a place with no position is an error at its line.
    try {
        (void)load_scenario_text(yaml, "n.yaml");
        FAIL();
    } catch (const InputError& e) {
        EXPECT_EQ(e.diagnostics()[0].str(),
                  "n.yaml:5:3: error: place 'vladivostok' has no position\n"
                  "  hint: add 'at: [lon, lat]' in degrees");
    }
}

namespace {

/// A scenario whose one place `place` (a line such as "  s: {name: Salisbury}") is looked up on
/// a map of `extent`.
std::string places_scenario(const std::string& extent, const std::string& place) {
    return "title: t\nmap: {extent: " + extent +
           "}\ntimeline: {start: 2024-10-08, end: 2024-10-12}\nplaces:\n" + place + "\n";
}

/// What loading `yaml` with the gazetteer reports as bad input; empty when it loads.
std::vector<Diagnostic> load_problems(const std::string& yaml) {
    try {
        (void)load_scenario_text(yaml, "n.yaml", {}, default_paths().gazetteer);
    } catch (const InputError& e) {
        return e.diagnostics();
    }
    return {};
}

}  // namespace

TEST(PlacesByName, OfSeveralSoCalledTheOnlyOneOnTheMapIsMeant) {
    // Salisbury on a map of southern England; Odessa on a map of Ukraine (not Texas).
    const std::string yaml = places_scenario("[-6, 49.5, 2, 53]", "  s: {name: Salisbury}");
    const auto england = load_scenario_text(yaml, "n.yaml", {}, default_paths().gazetteer);
    EXPECT_NEAR(england.scenario.find_place("s")->position.lon, -1.796, 0.01);
    EXPECT_TRUE(england.scenario.find_place("s")->from_gazetteer);
    const std::string ukraine = places_scenario("[22, 44, 40, 53]", "  o: {name: Odessa}");
    const auto odesa = load_scenario_text(ukraine, "u.yaml", {}, default_paths().gazetteer);
    EXPECT_NEAR(odesa.scenario.find_place("o")->position.lon, 30.744, 0.01);
    // Two on the map: still the scenario's to say, the nearest listed first.
    const auto rivne = load_problems(places_scenario("[22, 44, 40, 53]", "  o: {name: Rivne}"));
    ASSERT_FALSE(rivne.empty());
    EXPECT_EQ(rivne[0].message, "'Rivne' names 4 places in the gazetteer");
}

TEST(PlacesByName, AMapAcrossTheAntimeridianHoldsItsPlaces) {
    // Methven is in New Zealand and in Scotland; this map of New Zealand crosses 180 degrees.
    const std::string yaml = places_scenario("[165, -48, -175, -33]", "  m: {name: Methven}");
    const auto loaded = load_scenario_text(yaml, "n.yaml", {}, default_paths().gazetteer);
    EXPECT_LT(loaded.scenario.find_place("m")->position.lat, -40);
}

TEST(PlacesByName, AMalformedCodeIsReportedOnce) {
    const auto problems =
        load_problems(places_scenario("[22, 44, 40, 53]", "  r: {name: Rivne, country: \"ua-\"}"));
    ASSERT_EQ(problems.size(), 1U) << (problems.size() > 1 ? problems[1].str() : "");
    EXPECT_EQ(problems[0].message, "'ua-' is not a country code");
}

TEST(PlacesByName, ANameTheCountryRulesOutSaysWhereItIs) {
    const auto problems =
        load_problems(places_scenario("[22, 44, 40, 53]", "  o: {name: Odesa, country: RU}"));
    ASSERT_FALSE(problems.empty());
    EXPECT_EQ(problems[0].hint.rfind("it lies elsewhere: Odesa (UA-17, at [30.744", 0), 0U)
        << problems[0].hint;
}

TEST(PlacesByName, AmbiguousNameListsCandidatesAtItsLine) {
    const auto problems =
        load_problems(places_scenario("[128, 42, 136, 49]", "  s: {name: Springfield}"));
    ASSERT_FALSE(problems.empty());
    const Diagnostic& d = problems[0];
    EXPECT_EQ(d.pos.line, 5);
    EXPECT_EQ(d.message, "'Springfield' names 21 places in the gazetteer");
    // None on this map of the Russian Far East: the nearest comes first, with its code.
    EXPECT_EQ(d.hint.rfind("add 'country: AU' (or another code) or add 'at: [lon, lat]'; "
                           "candidates: Springfield (AU-04, at [152.92, -27.654]); ",
                           0),
              0U)
        << d.hint;
}

}  // namespace gt

namespace gt {

TEST(RenderCommand, FramesAndRepeatedAtChooseWhichFramesAreRendered) {
    test::TempDir dir;
    const auto r = test::run({"render", (test::data_dir() / "small.yaml").string(), "--out",
                              dir.path().string(), "--frames", "2:3", "--at", "2024-10-05", "--at",
                              "2024-10-05T03:00Z", "--quiet"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    // Frames 2, 3 and 5 of 5 (both dates are nearest the fifth), named by their numbers.
    const fs::path folder = dir.path() / "small-frames-2-3+5";
    const auto manifest = nlohmann::json::parse(test::read_file(folder / "manifest.json"));
    ASSERT_EQ(manifest["frames"].size(), 3U);
    EXPECT_EQ(manifest["frames"][0]["time"], "2024-10-02T00:00:00Z");
    EXPECT_EQ(manifest["frames"][1]["time"], "2024-10-03T00:00:00Z");
    EXPECT_EQ(manifest["frames"][2]["time"], "2024-10-05T00:00:00Z");
    EXPECT_EQ(manifest["frames"][2]["index"], 5);
    EXPECT_EQ(manifest["frames"][2]["files"]["png"], "frame-00005.png");
    EXPECT_EQ(manifest["selection"]["frames_total"], 5);
    EXPECT_TRUE(fs::exists(folder / "frame-00005.png"));
    EXPECT_FALSE(fs::exists(folder / "frame-00001.png"));
}

TEST(RenderCommand, ChosenFramesLeaveTheWholeRenderAlone) {
    test::TempDir dir;
    const std::string scenario = (test::data_dir() / "small.yaml").string();
    ASSERT_EQ(test::run({"render", scenario, "--out", dir.path().string(), "--quiet"}).exit_code,
              0);
    std::ofstream(dir.path() / "small" / "animation.mp4") << "made from the frames";
    const auto before = test::file_hashes(dir.path() / "small");
    ASSERT_EQ(before.size(), 7U);  // 5 frames, the manifest, the animation
    for (const std::vector<std::string>& chosen :
         {std::vector<std::string>{"--at", "2024-10-03"}, {"--frames", "1:2"}}) {
        std::vector<std::string> args{"render", scenario, "--out", dir.path().string(), "--quiet"};
        args.insert(args.end(), chosen.begin(), chosen.end());
        ASSERT_EQ(test::run(args).exit_code, 0) << chosen[0];
        EXPECT_EQ(test::file_hashes(dir.path() / "small"), before) << chosen[0];
    }
    // Each choice has its own folder: the second did not replace the first.
    EXPECT_TRUE(fs::exists(dir.path() / "small-frame-3" / "frame-00003.png"));
    EXPECT_TRUE(fs::exists(dir.path() / "small-frames-1-2" / "frame-00002.png"));
}

TEST(RenderCommand, AtOnATimelineOfOneFrameMeansThatFrame) {
    test::TempDir dir;
    std::string yaml = test::read_file(test::data_dir() / "small.yaml");
    yaml = test::replace_line(yaml, "  step: 1d", "  frames: 1");
    std::ofstream(dir.path() / "one.yaml") << yaml;
    const auto r = test::run({"render", (dir.path() / "one.yaml").string(), "--out",
                              (dir.path() / "out").string(), "--at", "2024-10-03", "--quiet"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(fs::exists(dir.path() / "out" / "one-frame-1" / "frame-00001.png"));
}

TEST(RenderCommand, AtSaysWhichMomentItsFrameShows) {
    // Half way between two frames the earlier is taken, and the render says which it took.
    test::TempDir dir;
    const auto r = test::run({"render", (test::data_dir() / "small.yaml").string(), "--out",
                              dir.path().string(), "--format", "svg", "--at", "2024-10-03T12:00"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("  frame 3: 2024-10-03T00:00:00Z\n"), std::string::npos) << r.out;
}

TEST(RenderCommand, ManyScatteredFramesGiveAShortFolderName) {
    std::vector<std::size_t> every_other;
    for (std::size_t i = 1; i < 400; i += 2) every_other.push_back(i);
    const std::string name = selection_folder("x", every_other);
    EXPECT_LT(name.size(), 100u) << name;
    EXPECT_EQ(name.rfind("x-frames-1+more-", 0), 0u) << name;
    every_other.back() += 1;  // another choice: another folder
    EXPECT_NE(selection_folder("x", every_other), name);
    EXPECT_EQ(selection_folder("x", {1, 4, 5}), "x-frames-1+4-5");
}

TEST(RenderCommand, DatesChosenWithoutAnOffsetAreInTheScenarios) {
    // A frame a day at midnight in Tokyo (15:00 UTC), as a scenario with utc_offset +09:00.
    std::vector<Instant> days;
    for (int d = 0; d < 6; ++d)
        days.push_back(*parse_instant("2025-03-01T15:00Z") + Seconds{d * 86400});
    const Seconds tokyo{9 * 3600};
    EXPECT_EQ(select_frames(days, "", {"2025-03-07"}, tokyo), std::vector<std::size_t>{6});
    EXPECT_EQ(select_frames(days, "", {"2025-03-03T00:00"}, tokyo), std::vector<std::size_t>{2});
    // A time that names its offset means that instant.
    EXPECT_EQ(select_frames(days, "", {"2025-03-06T15:00Z"}, tokyo), std::vector<std::size_t>{6});
    EXPECT_EQ(select_frames(days, "", {"2025-03-02T00:00+09:00"}, tokyo),
              std::vector<std::size_t>{1});
    try {
        (void)select_frames(days, "", {"2025-03-09"}, tokyo);
        FAIL();
    } catch (const InputError& e) {
        EXPECT_EQ(e.diagnostics().at(0).hint,
                  "choose a date from 2025-03-02T00:00:00+09:00 to 2025-03-07T00:00:00+09:00");
    }
}

TEST(RenderCommand, ChoosingFramesOutsideTheTimelineIsBadInput) {
    test::TempDir dir;
    const auto render = [&](const std::vector<std::string>& chosen) {
        std::vector<std::string> args{"render", (test::data_dir() / "small.yaml").string(), "--out",
                                      dir.path().string()};
        args.insert(args.end(), chosen.begin(), chosen.end());
        return test::run(args);
    };
    const std::pair<std::vector<std::string>, std::string> cases[] = {
        {{"--frames", "9:3"}, "--frames: error: '9:3' is not a frame range of this timeline"},
        {{"--frames", "4:6"}, "hint: write FIRST:LAST, 1-based, within 1:5"},
        {{"--frames", "0:2"}, "'0:2' is not a frame range"},
        {{"--at", "2024-10-07"}, "--at: error: '2024-10-07' lies after the timeline"},
        {{"--at", "2024-09-30T11:00Z"}, "'2024-09-30T11:00Z' lies before the timeline"},
        {{"--at", "2024-09-30"},
         "hint: choose a date from 2024-10-01T00:00:00Z to 2024-10-05T00:00:00Z"},
        {{"--at", "soon"}, "--at: error: 'soon' is not a date"},
        {{"--frames", "1:2", "--shard", "1/2"},
         "--shard: error: a shard splits the whole timeline: it cannot be combined with "
         "--frames or --at"},
    };
    for (const auto& [chosen, message] : cases) {
        const auto r = render(chosen);
        EXPECT_EQ(r.exit_code, 2) << chosen[1];
        EXPECT_NE(r.err.find(message), std::string::npos) << r.err;
    }
    EXPECT_TRUE(fs::is_empty(dir.path()));
    // Half a step (12 hours) beyond the last frame still means the last frame.
    EXPECT_EQ(render({"--at", "2024-10-05T12:00Z", "--quiet"}).exit_code, 0);
    EXPECT_TRUE(fs::exists(dir.path() / "small-frame-5" / "frame-00005.png"));
}

TEST(RenderCommand, SmallPngCompressionWritesSmallerFilesOfTheSamePixels) {
    test::TempDir dir;
    const auto render = [&](const std::string& compression) {
        return test::run({"render", test::scenario_file("korea-russia-2024").string(), "--out",
                          (dir.path() / compression).string(), "--frames", "30:31",
                          "--png-compression", compression, "--quiet"});
    };
    ASSERT_EQ(render("fast").exit_code, 0);
    ASSERT_EQ(render("small").exit_code, 0);
    for (const char* frame : {"frame-00030.png", "frame-00031.png"}) {
        const fs::path fast = dir.path() / "fast" / "korea-russia-2024-frames-30-31" / frame;
        const fs::path small = dir.path() / "small" / "korea-russia-2024-frames-30-31" / frame;
        EXPECT_LT(fs::file_size(small), fs::file_size(fast) * 8 / 10) << frame;
        const test::ImageDifference d = test::compare_png(small, fast, 0, dir.path() / "diff.png");
        EXPECT_FALSE(d.size_mismatch);
        EXPECT_EQ(d.differing_pixels, 0) << frame;
    }
    const auto bad = render("tiny");
    EXPECT_EQ(bad.exit_code, 2);
    EXPECT_NE(bad.err.find("--png-compression: tiny not in {fast,small}"), std::string::npos)
        << bad.err;
}

TEST(HtmlCommand, EmbedSnippetPointsWhereThePlayerIsPublished) {
    test::TempDir dir;
    const std::string scenario = (test::data_dir() / "small.yaml").string();
    auto r = test::run({"render", scenario, "--out", dir.path().string(), "--quiet"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto html = [&](std::vector<std::string> extra) {
        std::vector<std::string> args{"html", scenario, "--out", dir.path().string()};
        args.insert(args.end(), extra.begin(), extra.end());
        return test::run(args);
    };
    r = html({"--url", "https://example.org/graphics/small/"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("<iframe src=\"https://example.org/graphics/small/index.html\""),
              std::string::npos)
        << r.out;
    EXPECT_EQ(r.out.find("works only from"), std::string::npos) << r.out;
    EXPECT_EQ(r.err.find("warning"), std::string::npos) << r.err;
    r = html({"--url", "/graphics/small"});
    EXPECT_NE(r.out.find("<iframe src=\"/graphics/small/index.html\""), std::string::npos) << r.out;
    // Plain http works, but not inside the https pages most sites are: a warning says so.
    r = html({"--url", "http://example.org/graphics/small/"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find("warning: --url http://example.org/graphics/small/: an https:// page "
                         "will not show a player from an http:// address"),
              std::string::npos)
        << r.err;
    r = html({"--url", "https://example.org/a&b/player.html"});
    EXPECT_NE(r.out.find("<iframe src=\"https://example.org/a&amp;b/player.html\""),
              std::string::npos)
        << r.out;
    // Without an address the snippet is relative, and says so.
    r = html({});
    EXPECT_NE(r.out.find("<iframe src=\"index.html\""), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("works only from a page in"), std::string::npos) << r.out;
}

TEST(HtmlCommand, RefusesAnAddressThatIsNotOnTheWebAndKeepsThePlayer) {
    test::TempDir dir;
    const std::string scenario = (test::data_dir() / "small.yaml").string();
    ASSERT_EQ(test::run({"render", scenario, "--out", dir.path().string(), "--quiet"}).exit_code,
              0);
    ASSERT_EQ(test::run({"html", scenario, "--out", dir.path().string()}).exit_code, 0);
    const fs::path player = dir.path() / "small" / "index.html";
    const std::string before = test::read_file(player);
    for (const std::string bad :
         {"C:\\maps\\small", "//cdn.example.org/small/", "ftp://x/y",
          "https://example.org/my maps/", "https://", "http:///x", "https://x.org/p/?a=1"}) {
        const auto r = test::run({"html", scenario, "--out", dir.path().string(), "--url", bad});
        EXPECT_EQ(r.exit_code, 2) << bad;
        EXPECT_NE(r.err.find("is not a folder's web address"), std::string::npos) << r.err;
    }
    EXPECT_EQ(test::read_file(player), before);
}

}  // namespace gt
