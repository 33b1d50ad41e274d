#include "track/csv_track.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "support/test_support.hpp"
#include "track/track_request.hpp"
#include "track/track_time.hpp"

namespace gt {

namespace fs = std::filesystem;

namespace {

/// The problems reading `csv` gives, one "line:column: message" each ("0:0: ..." without a place).
std::vector<std::string> problems(const std::string& csv, const TrackColumns& columns = {},
                                  std::size_t max_points = 200'000) {
    test::TempDir dir;
    const fs::path file = dir.path() / "ais.csv";
    std::ofstream(file, std::ios::binary) << csv;
    std::vector<std::string> out;
    try {
        (void)read_track(test::track_request(file, "", "", columns, max_points));
    } catch (const InputError& e) {
        for (const Diagnostic& d : e.diagnostics()) {
            EXPECT_EQ(d.pos.file, file.string());
            EXPECT_FALSE(d.hint.empty()) << d.message;
            out.push_back(std::to_string(d.pos.line) + ":" + std::to_string(d.pos.column) + ": " +
                          d.message);
        }
    }
    return out;
}

}  // namespace

TEST(CsvTrack, ReadsTimesAndPositionsByColumnName) {
    const Track t = read_track(test::track_request(test::data_dir() / "tracks" / "ais.csv"));
    ASSERT_EQ(t.points.size(), 8U);
    ASSERT_EQ(t.times.size(), 8U);
    EXPECT_EQ(format_iso(t.times.front()), "2025-03-01T00:00:00Z");
    EXPECT_EQ(format_iso(t.times.back()), "2025-03-02T00:00:00Z");
    EXPECT_DOUBLE_EQ(t.points[2].lon, 129.3);  // lat comes before lon in this file
    EXPECT_DOUBLE_EQ(t.points[2].lat, 34.2);
}

TEST(CsvTrack, SpacesAroundValuesAreIgnored) {
    test::TempDir dir;
    const fs::path file = dir.path() / "spaced.csv";
    std::ofstream(file) << "time, lon, lat\n2025-03-01T00:00Z, 129.5, 34.25\n"
                           "2025-03-01T01:00Z,\t130 ,35\n";
    const Track t = read_track(test::track_request(file));
    ASSERT_EQ(t.points.size(), 2U);
    EXPECT_DOUBLE_EQ(t.points[0].lon, 129.5);
    EXPECT_DOUBLE_EQ(t.points[1].lon, 130.0);
}

TEST(CsvTrack, TakesOtherColumnNamesWhenTold) {
    test::TempDir dir;
    const fs::path file = dir.path() / "x.csv";
    std::ofstream(file) << "when,x,y\n1740787200,129.0,35.0\n1740790800.5,129.5,34.5\n";
    const Track t = read_track(test::track_request(file, "", "", {"when", "x", "y"}));
    ASSERT_EQ(t.times.size(), 2U);
    EXPECT_EQ(format_iso(t.times[1]), "2025-03-01T01:00:00Z");  // Unix seconds
    EXPECT_DOUBLE_EQ(t.points[1].lat, 34.5);
}

TEST(CsvTrack, AcceptsNoaaAisNamesAndFractionalSeconds) {
    test::TempDir dir;
    const fs::path file = dir.path() / "noaa.csv";
    std::ofstream(file) << "MMSI,BaseDateTime,LAT,LON\n1,2025-03-01T00:00:00.250,35,129\n"
                           "1,2025-03-01T00:10:00,35.1,129.1\n";
    const Track t = read_track(test::track_request(file));
    EXPECT_EQ(format_iso(t.times[0]), "2025-03-01T00:00:00Z");
    EXPECT_EQ(parse_track_time("2025-13-01"), std::nullopt);
    EXPECT_EQ(parse_track_time("soon"), std::nullopt);
}

TEST(CsvTrack, ReportsEveryBadRowAtItsLineAndColumn) {
    const auto p = problems(
        "time,lon,lat\n"
        "2025-03-01T00:00Z,129,35\n"
        "2025-03-01T01:00Z,abc,35\n"
        "2025-03-01T02:00Z,129,95\n"
        "yesterday,129,35\n"
        "2025-03-01T00:00Z,129.1,35\n"
        "2025-03-01T03:00Z,129\n"
        "2025-03-01T04:00Z,-190,35\n");
    ASSERT_EQ(p.size(), 6U) << ::testing::PrintToString(p);
    EXPECT_EQ(p[0], "3:19: longitude 'abc' is not a number");
    EXPECT_EQ(p[1], "4:23: latitude 95 is outside -90 .. 90");
    EXPECT_EQ(p[2], "5:1: 'yesterday' is not a time");
    EXPECT_EQ(p[3],
              "6:1: time 2025-03-01T00:00:00Z is not after the previous row's "
              "(2025-03-01T00:00:00Z, line 2)");
    EXPECT_EQ(p[4], "7:1: the row has 2 fields, the header 3");
    EXPECT_EQ(p[5], "8:19: longitude -190 is outside -180 .. 180");
}

TEST(CsvTrack, MissingColumnsNameWhatTheHeaderHas) {
    EXPECT_EQ(problems("when,lon,lat\n2025-03-01,1,1\n"),
              (std::vector<std::string>{"1:1: no time column (looked for 'time' or 'timestamp')"}));
    EXPECT_EQ(problems("time,lon,lat\n2025-03-01,1,1\n", {"", "x", ""}),
              (std::vector<std::string>{"1:1: no longitude column (looked for 'x')"}));
    EXPECT_EQ(problems("time;lon;lat\n").size(), 3U);
}

TEST(CsvTrack, EmptyAndOneRowTracksAreErrors) {
    EXPECT_EQ(problems(""), (std::vector<std::string>{"0:0: the file is empty"}));
    EXPECT_EQ(problems("time,lon,lat\n2025-03-01,1,1\n"),
              (std::vector<std::string>{"0:0: the track has 1 position; it needs at least two"}));
}

TEST(CsvTrack, StopsAtThePointLimitAndListsAtMostTwentyRows) {
    std::string csv = "time,lon,lat\n";
    for (int i = 0; i < 10; ++i) csv += std::to_string(1740787200 + i) + ",1,1\n";
    EXPECT_EQ(problems(csv, {}, 5),
              (std::vector<std::string>{"7:1: more than 5 positions, the limit for one track"}));
    std::string bad = "time,lon,lat\n";
    for (int i = 0; i < 30; ++i) bad += "x,1,1\n";
    const auto p = problems(bad);
    ASSERT_EQ(p.size(), 21U);
    EXPECT_EQ(p.back(), "0:0: 10 more bad rows not shown");
}

TEST(CsvTrack, UnclosedQuoteIsReportedWhereItOpens) {
    const auto p = problems("time,lon,lat\n2025-03-01,1,1\n2025-03-02,\"2,1\n");
    ASSERT_FALSE(p.empty());
    EXPECT_EQ(p.back(), "3:12: the quote opened here is never closed");
}

namespace {

/// Two vessels' reports interleaved, as in an AIS file; a quoted note runs over two lines and an
/// empty line sits between rows, which neither GDAL nor the reader counts as a row.
const char* const kTwoVessels =
    "mmsi,time,lon,lat,note\n"
    "366940480,2025-03-01T06:00:00Z,130.0,42.0,a\n"
    "440123000,2025-03-01T05:00:00Z,131.0,43.0,\"two\nlines\"\n"
    "\n"
    "366940480,2025-03-01T07:00:00Z,130.5,42.5,b\n"
    "440123000,2025-03-01T06:30:00Z,131.5,43.5,c\n"
    "440123000,2025-03-01T08:00:00Z,132.0,44.0,d\n";

Track read_csv_where(const std::string& csv, const std::string& where) {
    test::TempDir dir;
    const fs::path file = dir.path() / "ais.csv";
    std::ofstream(file, std::ios::binary) << csv;
    return read_track(test::track_request(file, "", where));
}

std::string problem_with_where(const std::string& csv, const std::string& where) {
    try {
        (void)read_csv_where(csv, where);
    } catch (const InputError& e) {
        const Diagnostic& d = e.diagnostics().front();
        return d.message + " | " + d.hint;
    }
    return "no problem";
}

}  // namespace

TEST(CsvTrack, WherePicksOneVesselsRows) {
    const Track second = read_csv_where(kTwoVessels, "mmsi = 440123000");
    ASSERT_EQ(second.points.size(), 3U);
    EXPECT_DOUBLE_EQ(second.points[0].lon, 131.0);
    EXPECT_DOUBLE_EQ(second.points[1].lon, 131.5);
    EXPECT_DOUBLE_EQ(second.points[2].lat, 44.0);
    EXPECT_EQ(format_iso(second.times[1]), "2025-03-01T06:30:00Z");
    const Track first = read_csv_where(kTwoVessels, "mmsi = 366940480 AND note <> 'x'");
    ASSERT_EQ(first.points.size(), 2U);
    EXPECT_DOUBLE_EQ(first.points[1].lat, 42.5);
    // Without the filter the two vessels' times are out of order.
    EXPECT_NE(problems(kTwoVessels).front().find("is not after the previous row's"),
              std::string::npos);
}

TEST(CsvTrack, WhereCountsRowsAsTheReaderDoes) {
    // A stray quote inside an unquoted field, a byte-order mark and CRLF line ends: the rows
    // picked are the reader's rows, whatever another CSV parser would make of them.
    const std::string csv =
        "\xEF\xBB\xBFmmsi,name,time,lon,lat,sog\r\n"
        "1,O\"Brien,2025-03-01T06:00:00Z,130.0,42.0,4\r\n"
        "2,Dover,2025-03-01T06:00:00Z,131.0,43.0,12.5\r\n"
        "1,O\"Brien,2025-03-01T07:00:00Z,130.5,42.5,3.5\r\n"
        "2,Dover,2025-03-01T07:00:00Z,131.5,43.5,11\r\n";
    const Track obrien = read_csv_where(csv, "name = 'O\"Brien'");
    ASSERT_EQ(obrien.points.size(), 2U);
    EXPECT_DOUBLE_EQ(obrien.points[1].lon, 130.5);
    // sog holds whole and decimal numbers: a real column, compared as numbers.
    const Track fast = read_csv_where(csv, "sog > 10");
    ASSERT_EQ(fast.points.size(), 2U);
    EXPECT_DOUBLE_EQ(fast.points[0].lon, 131.0);
    EXPECT_DOUBLE_EQ(fast.points[1].lon, 131.5);
    // A file with no rows says so, as without a filter.
    EXPECT_NE(problem_with_where("mmsi,time,lon,lat\n", "mmsi = 1").find("has 0 positions"),
              std::string::npos);
}

TEST(CsvTrack, WhereThatGdalRefusesOrThatMatchesNothingIsAnError) {
    const std::string refused = problem_with_where(kTwoVessels, "vessel = 1");
    EXPECT_NE(refused.find("GDAL cannot use the filter 'vessel = 1'"), std::string::npos)
        << refused;
    EXPECT_NE(refused.find("'mmsi', 'time', 'lon', 'lat', 'note'"), std::string::npos) << refused;
    const std::string none = problem_with_where(kTwoVessels, "mmsi = 1");
    EXPECT_NE(none.find("no row matches the filter 'mmsi = 1'"), std::string::npos) << none;
}

/// The hints of reading `csv`, joined.
std::string hints_of(const std::string& csv) {
    test::TempDir dir;
    const fs::path file = dir.path() / "ais.csv";
    std::ofstream(file, std::ios::binary) << csv;
    std::string hints;
    try {
        (void)read_track(test::track_request(file));
    } catch (const InputError& e) {
        for (const Diagnostic& d : e.diagnostics()) hints += d.hint + "\n";
    }
    return hints;
}

TEST(CsvTrack, HintsQuoteAtMostEightyCharactersOfTheFile) {
    // A secret as the first line: the hint names the columns, but not all of a long line.
    const std::string secret = "AWS_SECRET_ACCESS_KEY=" + std::string(200, 'k');
    const std::string hint = hints_of(secret + ",other\n1,2\n");
    EXPECT_NE(hint.find("'AWS_SECRET_ACCESS_KEY=kkk"), std::string::npos) << hint;
    EXPECT_EQ(hint.find(std::string(81, 'k')), std::string::npos) << hint;
    EXPECT_LT(hint.size(), 1000U) << hint;
    // A wide header: a few of its names and how many more, not all of them.
    std::string header;
    for (int i = 0; i < 900; ++i) header += "column" + std::to_string(i) + ",";
    const std::string wide = hints_of(header + "x\n");
    EXPECT_NE(wide.find("more"), std::string::npos) << wide;
    EXPECT_LT(wide.size(), 1000U) << wide;
}

TEST(CsvTrack, AHeaderOfAMillionCommasIsRefusedWithinBoundedMemory) {
    const auto p = problems(std::string(1'000'000, ',') + "\n1,2,3\n");
    ASSERT_EQ(p.size(), 1U);
    EXPECT_EQ(p.front(), "0:0: the header has more than 1000 columns");
}

TEST(CsvTrack, RowsHeldForAFilterAreBoundedByThePointLimit) {
    std::string csv = "mmsi,time,lon,lat\n";
    for (int i = 0; i < 60; ++i)
        csv += "1,2025-03-01T00:00:" + std::to_string(10 + i % 50) + "Z,1,1\n";
    test::TempDir dir;
    const fs::path file = dir.path() / "ais.csv";
    std::ofstream(file, std::ios::binary) << csv;
    try {
        (void)read_track(test::track_request(file, "", "mmsi = 1", {}, 5));  // 5 x 40 values
        FAIL();
    } catch (const InputError& e) {
        EXPECT_EQ(e.diagnostics().front().message, "more than 200 values to filter with 'where'");
    }
}

TEST(CsvTrack, ValuesQuotedInMessagesAreCutShort) {
    const auto p = problems("time,lon,lat\n" + std::string(5000, 'x') + ",1,1\n2025-03-01,1,1\n");
    ASSERT_FALSE(p.empty());
    EXPECT_EQ(p.front(), "2:1: '" + std::string(80, 'x') + "...' is not a time");
}

TEST(Track, AFileOutsideTheScenarioFolderIsRefusedUnread) {
    test::TempDir dir;
    fs::create_directory(dir.path() / "in");
    std::ofstream(dir.path() / "secret.csv") << "time,lon,lat\n";
    fs::create_symlink(dir.path() / "secret.csv", dir.path() / "in" / "link.csv");
    for (const fs::path& file :
         {dir.path() / "in" / ".." / "secret.csv", dir.path() / "in" / "link.csv"}) {
        TrackRequest request = test::track_request(file);
        request.root = dir.path() / "in";
        try {
            (void)read_track(request);
            FAIL() << file;
        } catch (const InputError& e) {
            EXPECT_EQ(e.diagnostics().front().message.rfind("is outside the scenario's folder", 0),
                      0U)
                << e.diagnostics().front().message;
        }
    }
}

TEST(Track, AFilterThatIsNotAPlainConditionIsRefusedBeforeTheFileIsRead) {
    test::TempDir dir;
    const fs::path file = dir.path() / "ais.csv";
    std::ofstream(file) << "time,lon,lat\n2025-03-01,1,1\n2025-03-02,1,1\n";
    try {
        (void)read_track(test::track_request(file, "", "length(randomblob(999999999)) > 0"));
        FAIL();
    } catch (const InputError& e) {
        EXPECT_EQ(e.diagnostics().front().message,
                  "the filter 'length(randomblob(999999999)) > 0' is not a plain condition: a "
                  "function call (LENGTH) is not allowed (character 1)");
    }
}

TEST(Track, MissingFileAndFolderAreReportedWithThePath) {
    test::TempDir dir;
    try {
        (void)read_track(test::track_request(dir.path() / "nope.gpx"));
        FAIL();
    } catch (const InputError& e) {
        EXPECT_EQ(e.diagnostics().front().message, "no such file");
        EXPECT_NE(e.diagnostics().front().hint.find((dir.path() / "nope.gpx").string()),
                  std::string::npos);
    }
    EXPECT_THROW((void)read_track(test::track_request(dir.path())), InputError);
    const fs::path big = dir.path() / "big.csv";
    std::ofstream(big) << std::string(2000, 'x');
    try {
        (void)read_track(test::track_request(big, "", "", {}, 100, 1000));
        FAIL();
    } catch (const InputError& e) {
        EXPECT_EQ(e.diagnostics().front().message,
                  "the file has 2000 bytes, over the limit of 1000");
    }
}

}  // namespace gt
