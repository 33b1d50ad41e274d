#include "track/csv_track.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <optional>
#include <set>

#include "common/contained_file.hpp"
#include "common/error.hpp"
#include "common/number_text.hpp"
#include "gdal/gdal_reader.hpp"
#include "track/csv_rows.hpp"
#include "track/track_time.hpp"

namespace gt {

namespace {

constexpr std::size_t kMaxListedRows = 20;
/// Values of a CSV held for a `where:` filter, per position a track may have: an AIS file of
/// several vessels with a dozen columns fits, a file of a million commas a row does not.
constexpr std::size_t kValuesPerPoint = 40;

const std::vector<std::string> kTimeNames{"time", "timestamp", "datetime", "basedatetime"};
const std::vector<std::string> kLonNames{"lon", "longitude", "lng"};
const std::vector<std::string> kLatNames{"lat", "latitude"};

std::optional<double> parse_degrees(const std::string& raw) {
    const std::string_view text = trim_blanks(raw);
    double value = 0;
    const char* end = text.data() + text.size();
    const auto [stop, error] = std::from_chars(text.data(), end, value);
    if (error != std::errc() || stop != end || !std::isfinite(value)) return std::nullopt;
    return value;
}

class CsvTrackReader {
  public:
    explicit CsvTrackReader(const TrackRequest& request) : request_(request) {}

    Track read(const std::string& text) {
        CsvRows rows(text);
        const std::optional<CsvRecord> header = rows.next();
        if (!header) fail("the file is empty", "start it with a header: time,lon,lat");
        if (rows.cut()) {
            fail("the header has more than " + std::to_string(CsvRows::max_fields) + " columns",
                 "keep the columns the track needs: time,lon,lat");
        }
        find_columns(*header);
        Track track;
        if (request_.where.empty()) {
            while (const std::optional<CsvRecord> row = rows.next()) {
                if (!take(*row, header->size(), track)) break;
            }
        } else {
            // Rows `where` leaves out are skipped before they are read: another vessel's reports
            // neither count nor need to be in time order with these.
            // Every row is held until filtered: their values together are bounded, so that a
            // file within the size limit cannot take gigabytes (40 bytes and more a value).
            const std::size_t max_values = request_.max_points * kValuesPerPoint;
            std::size_t values = 0;
            std::vector<CsvRecord> records;
            while (std::optional<CsvRecord> row = rows.next()) {
                values += row->size();
                if (values > max_values) {
                    fail("more than " + std::to_string(max_values) +
                             " values to filter with 'where'",
                         "cut the file to the rows of one track first (ogr2ogr -where), or keep "
                         "fewer columns");
                }
                records.push_back(std::move(*row));
            }
            const std::set<std::int64_t> picked =
                gdal_reader().csv_rows_matching(request_, *header, records);
            for (std::size_t i = 0; i < records.size(); ++i) {
                if (picked.contains(static_cast<std::int64_t>(i + 1)) &&
                    !take(records[i], header->size(), track)) {
                    break;
                }
            }
        }
        if (const auto [line, column] = rows.unclosed_quote(); line > 0) {
            problem("the quote opened here is never closed", "close it with \"",
                    CsvField{"", line, column});
        }
        if (problems_.empty() && track.points.size() < 2) {
            fail("the track has " + std::to_string(track.points.size()) +
                     (track.points.size() == 1 ? " position" : " positions") +
                     "; it needs at least two",
                 "add rows below the header: time,lon,lat");
        }
        if (!problems_.empty()) {
            if (listed_ < problems_count_) {
                problems_.push_back(track_problem(
                    request_.file,
                    std::to_string(problems_count_ - listed_) + " more bad rows not shown",
                    "fix the rows above and run again"));
            }
            throw InputError(problems_);
        }
        return track;
    }

  private:
    [[noreturn]] void fail(std::string message, std::string hint) const {
        throw InputError(track_problem(request_.file, std::move(message), std::move(hint)));
    }

    void problem(std::string message, std::string hint, const CsvField& at) {
        ++problems_count_;
        if (listed_ >= kMaxListedRows) return;
        ++listed_;
        problems_.push_back(
            track_problem(request_.file, std::move(message), std::move(hint), at.line, at.column));
    }

    void find_columns(const CsvRecord& header) {
        std::vector<std::string> names;
        for (const CsvField& f : header) names.push_back(f.text);
        const TrackColumns& chosen = request_.columns;
        time_ = find_column(names, chosen.time, kTimeNames);
        lon_ = find_column(names, chosen.lon, kLonNames);
        lat_ = find_column(names, chosen.lat, kLatNames);
        const auto missing = [&](const char* what, const std::string& name,
                                 const std::vector<std::string>& defaults, const char* key) {
            const std::string looked_for =
                name.empty() ? "'" + defaults[0] + "' or '" + defaults[1] + "'" : "'" + name + "'";
            std::string hint = "the header has " + quoted_list(header) + "; name the " + what +
                               " column with 'columns: {" + key + ": ...}'";
            if (header.size() == 1 && header[0].text.find_first_of(";\t") != std::string::npos) {
                hint = "the header reads as one column: separate the columns with commas";
            }
            problem(std::string("no ") + what + " column (looked for " + looked_for + ")", hint,
                    header.front());
        };
        if (time_ == names.size()) missing("time", chosen.time, kTimeNames, "time");
        if (lon_ == names.size()) missing("longitude", chosen.lon, kLonNames, "lon");
        if (lat_ == names.size()) missing("latitude", chosen.lat, kLatNames, "lat");
        if (!problems_.empty()) throw InputError(problems_);
    }

    /// Reads `row` into `track`; false, with the problem noted, when the track is full.
    bool take(const CsvRecord& row, std::size_t columns, Track& track) {
        if (track.points.size() >= request_.max_points) {
            problem("more than " + std::to_string(request_.max_points) + " positions, " +
                        request_.point_limit_name,
                    "thin the track: keep one row a minute, or cut it to the days shown",
                    row.front());
            return false;
        }
        read_row(row, columns, track);
        return true;
    }

    void read_row(const CsvRecord& row, std::size_t columns, Track& track) {
        if (row.size() != columns) {
            problem("the row has " + std::to_string(row.size()) + " fields, the header " +
                        std::to_string(columns),
                    "every row needs a value under each heading; quote values that hold commas",
                    row.front());
            return;
        }
        const CsvField& time_field = row[time_];
        const std::optional<Instant> time = parse_track_time(trim_blanks(time_field.text));
        if (!time) {
            problem("'" + quoted_excerpt(time_field.text) + "' is not a time",
                    "write ISO 8601 (2024-10-08T06:00:00Z) or Unix seconds", time_field);
        }
        const std::optional<LonLat> at = position(row[lon_], row[lat_]);
        if (!time || !at) return;
        if (!track.times.empty() && *time <= track.times.back()) {
            problem("time " + format_iso(*time) + " is not after the previous row's (" +
                        format_iso(track.times.back()) + ", line " +
                        std::to_string(previous_line_) + ")",
                    "sort the rows by time and drop repeated reports", time_field);
            return;
        }
        previous_line_ = time_field.line;
        track.times.push_back(*time);
        track.points.push_back(*at);
    }

    std::optional<LonLat> position(const CsvField& lon_field, const CsvField& lat_field) {
        const std::optional<double> lon = parse_degrees(lon_field.text);
        const std::optional<double> lat = parse_degrees(lat_field.text);
        if (!lon) {
            problem("longitude '" + quoted_excerpt(lon_field.text) + "' is not a number",
                    "write degrees as a decimal number: 131.886", lon_field);
        } else if (*lon < -180 || *lon > 180) {
            problem("longitude " + number_text(*lon) + " is outside -180 .. 180",
                    "longitudes are degrees east; are longitude and latitude swapped?", lon_field);
        }
        if (!lat) {
            problem("latitude '" + quoted_excerpt(lat_field.text) + "' is not a number",
                    "write degrees as a decimal number: 43.115", lat_field);
        } else if (*lat < -90 || *lat > 90) {
            problem("latitude " + number_text(*lat) + " is outside -90 .. 90",
                    "latitudes are degrees north; are longitude and latitude swapped?", lat_field);
        }
        if (!lon || !lat || *lon < -180 || *lon > 180 || *lat < -90 || *lat > 90) {
            return std::nullopt;
        }
        return LonLat{*lon, *lat};
    }

    const TrackRequest& request_;
    std::size_t time_ = 0, lon_ = 0, lat_ = 0;
    int previous_line_ = 0;
    std::vector<Diagnostic> problems_;
    std::size_t problems_count_ = 0;
    std::size_t listed_ = 0;
};

}  // namespace

Track read_csv_track(const TrackRequest& request, const std::string& text) {
    return CsvTrackReader(request).read(text);
}

}  // namespace gt
