#include "scenario/gazetteer.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <fstream>
#include <numeric>
#include <optional>
#include <sstream>

#include "common/error.hpp"
#include "common/suggest.hpp"
#include "scenario/limits.hpp"

namespace gt {

namespace {

std::string lower(const std::string& text) {
    std::string out = text;
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

/// Letters that are not a base letter with a mark, as English writes them without it.
const std::pair<UChar32, const char*> kPlainLetters[] = {{U'ß', "ss"}, {U'ø', "o"}, {U'ł', "l"},
                                                         {U'đ', "d"},  {U'ð', "d"}, {U'æ', "ae"},
                                                         {U'œ', "oe"}, {U'ı', "i"}, {U'þ', "th"}};

std::string read_gzip(const std::filesystem::path& file) {
    gzFile in = gzopen(file.c_str(), "rb");
    if (in == nullptr) throw RuntimeError(file.string() + ": cannot open the gazetteer");
    std::string text;
    char buffer[1 << 16];
    int n = 0;
    while ((n = gzread(in, buffer, sizeof buffer)) > 0)
        text.append(buffer, static_cast<std::size_t>(n));
    const bool failed = n < 0;
    gzclose(in);
    if (failed) throw RuntimeError(file.string() + ": the gazetteer is corrupt");
    return text;
}

/// name<TAB>gazetteer name<TAB>country lines; '#' starts a comment. None when there is no file.
/// @throws RuntimeError naming the file and line of a line without three fields.
std::vector<Gazetteer::Exonym> read_exonyms(const std::filesystem::path& file) {
    std::vector<Gazetteer::Exonym> out;
    std::ifstream in(file);
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream fields(line);
        std::string name, listed, country, near;
        if (!std::getline(fields, name, '\t') || !std::getline(fields, listed, '\t') ||
            !std::getline(fields, country, '\t') || name.empty() || listed.empty()) {
            throw RuntimeError(file.string() + ":" + std::to_string(number) +
                               ": not 'name<TAB>gazetteer name<TAB>country[<TAB>lon lat]'");
        }
        Gazetteer::Exonym exonym{lower(name), listed, country, std::nullopt, name};
        if (std::getline(fields, near, '\t')) {
            std::istringstream at(near);
            LonLat p{};
            if (!(at >> p.lon >> p.lat)) {
                throw RuntimeError(file.string() + ":" + std::to_string(number) +
                                   ": the fourth field is not 'lon lat'");
            }
            exonym.near = p;
        }
        out.push_back(std::move(exonym));
    }
    return out;
}

}  // namespace

std::string fold_name(const std::string& name) {
    const bool ascii = std::all_of(name.begin(), name.end(),
                                   [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (ascii) return lower(name);
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status)) return lower(name);
    const icu::UnicodeString decomposed =
        nfd->normalize(icu::UnicodeString::fromUTF8(name).toLower(), status);
    if (U_FAILURE(status)) return lower(name);
    icu::UnicodeString plain;
    for (int32_t i = 0; i < decomposed.length(); i = decomposed.moveIndex32(i, 1)) {
        const UChar32 c = decomposed.char32At(i);
        if (u_charType(c) == U_NON_SPACING_MARK) continue;
        const auto* letter = std::find_if(std::begin(kPlainLetters), std::end(kPlainLetters),
                                          [&](const auto& p) { return p.first == c; });
        if (letter != std::end(kPlainLetters)) {
            plain += icu::UnicodeString::fromUTF8(letter->second);
        } else {
            plain += c;
        }
    }
    std::string out;
    plain.toUTF8String(out);
    return out;
}

Gazetteer::Gazetteer(const std::filesystem::path& table) {
    const std::string text = read_gzip(table);
    std::istringstream lines(text);
    std::string line;
    std::getline(lines, line);  // header
    std::vector<GazetteerEntry> entries;
    while (std::getline(lines, line)) {
        std::istringstream fields(line);
        GazetteerEntry e;
        std::string lat, lon;
        if (std::getline(fields, e.name, '\t') && std::getline(fields, e.country, '\t') &&
            std::getline(fields, e.admin1, '\t') && std::getline(fields, lat, '\t') &&
            std::getline(fields, lon, '\t')) {
            e.position = {std::stod(lon), std::stod(lat)};
            entries.push_back(std::move(e));
        }
    }
    if (entries.empty()) throw RuntimeError(table.string() + ": the gazetteer holds no places");
    std::vector<std::string> keys(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i) keys[i] = lower(entries[i].name);
    std::vector<std::size_t> order(entries.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });
    for (std::size_t i : order) {
        entries_.push_back(std::move(entries[i]));
        keys_.push_back(std::move(keys[i]));
    }
    exonyms_ = read_exonyms(table.parent_path() / "exonyms.tsv");
}

std::vector<GazetteerEntry> Gazetteer::find(const std::string& name,
                                            const std::string& where) const {
    // "UA" or "UA-26": a country, and maybe its first-level division, in any case.
    std::string code = where;
    for (char& c : code) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    const std::string country = code.substr(0, code.find('-'));
    const std::string admin1 =
        code.find('-') == std::string::npos ? "" : code.substr(code.find('-') + 1);
    const std::vector<GazetteerEntry> spelt = find_spelt(name, country);
    std::vector<GazetteerEntry> out;
    // A former or English name is a candidate too, even where some place has it as its own:
    // Odessa is a city in Texas and the Russian name of Odesa; only the scenario can say which.
    const std::string key = lower(name);
    for (const Exonym& e : exonyms_) {
        if (e.key != key || (!country.empty() && e.country != country)) continue;
        for (GazetteerEntry& found : find_listed(e.name, e.country)) {
            // The place meant, where the country has several of the name.
            if (e.near && (std::abs(found.position.lon - e.near->lon) > 0.1 ||
                           std::abs(found.position.lat - e.near->lat) > 0.1)) {
                continue;
            }
            out.push_back(std::move(found));
        }
    }
    // The places so named, after those it is another name of (the more notable, listed first
    // where a hint lists only some), each once.
    for (const GazetteerEntry& s : spelt) {
        const bool known = std::any_of(out.begin(), out.end(), [&](const GazetteerEntry& o) {
            return o.name == s.name && o.country == s.country && o.position.lon == s.position.lon &&
                   o.position.lat == s.position.lat;
        });
        if (!known) out.push_back(s);
    }
    if (!admin1.empty()) {
        std::erase_if(out, [&](const GazetteerEntry& e) { return e.admin1 != admin1; });
    }
    return out;
}

std::string Gazetteer::closest_name(const std::string& name) const {
    std::vector<std::string> keys;
    keys.reserve(keys_.size() + exonyms_.size());
    for (const std::string& k : keys_) {
        if (keys.empty() || keys.back() != k) keys.push_back(k);
    }
    for (const Exonym& e : exonyms_) keys.push_back(e.key);
    const std::string best = closest_match(lower(name), keys);
    if (best.empty()) return best;
    for (const Exonym& e : exonyms_) {
        if (e.key == best) return e.written;
    }
    const auto at = std::lower_bound(keys_.begin(), keys_.end(), best);
    return entries_[static_cast<std::size_t>(at - keys_.begin())].name;
}

std::vector<GazetteerEntry> Gazetteer::find_spelt(const std::string& name,
                                                  const std::string& country) const {
    std::vector<GazetteerEntry> out = find_listed(name, country);
    if (!out.empty()) return out;
    // Written without its accents, as English news does: Hamhung for Hamhŭng, Malmo for Malmö.
    if (folded_.empty()) {
        // Made on the first name not found as written (50 ms for the whole table).
        folded_.resize(entries_.size());
        for (std::size_t i = 0; i < entries_.size(); ++i) {
            folded_[i] = {fold_name(entries_[i].name), i};
        }
        std::sort(folded_.begin(), folded_.end());
    }
    const std::string plain = fold_name(name);
    for (auto it = std::lower_bound(folded_.begin(), folded_.end(),
                                    std::pair<std::string, std::size_t>{plain, 0});
         it != folded_.end() && it->first == plain; ++it) {
        const GazetteerEntry& e = entries_[it->second];
        if (country.empty() || e.country == country) out.push_back(e);
    }
    return out;
}

std::vector<GazetteerEntry> Gazetteer::find_listed(const std::string& name,
                                                   const std::string& country) const {
    const std::string key = lower(name);
    const auto [first, last] = std::equal_range(keys_.begin(), keys_.end(), key);
    std::vector<GazetteerEntry> out;
    for (auto it = first; it != last; ++it) {
        const GazetteerEntry& e = entries_[static_cast<std::size_t>(it - keys_.begin())];
        if (country.empty() || e.country == country) out.push_back(e);
    }
    return out;
}

namespace {

/// The extents the map shows: its own and every camera keyframe's.
std::vector<Extent> shown_extents(const Scenario& scenario) {
    std::vector<Extent> out;
    if (scenario.map.extent_read) out.push_back(scenario.map.extent);
    for (const CameraKeyframe& k : scenario.camera) {
        if (k.read) out.push_back(k.extent);
    }
    return out;
}

/// How far `p` lies outside the nearest of `extents`, in degrees (0 inside one).
double degrees_off(const std::vector<Extent>& extents, LonLat p) {
    double best = 1e9;
    for (const Extent& e : extents) {
        // Degrees east of the west edge, round the globe: an extent may cross the antimeridian.
        const double span = e.east >= e.west ? e.east - e.west : e.east - e.west + 360.0;
        const double east_of_west = std::fmod(p.lon - e.west + 720.0, 360.0);
        const double dx =
            east_of_west <= span ? 0.0 : std::min(east_of_west - span, 360.0 - east_of_west);
        const double dy = std::max({e.south - p.lat, 0.0, p.lat - e.north});
        best = std::min(best, std::hypot(dx, dy));
    }
    return best;
}

}  // namespace

void resolve_place_names(Scenario& scenario, const std::filesystem::path& table,
                         std::vector<Diagnostic>& out) {
    const bool needed = std::any_of(scenario.places.begin(), scenario.places.end(),
                                    [](const Place& p) { return p.needs_lookup; });
    if (!needed) return;
    const std::vector<Extent> shown = shown_extents(scenario);
    std::optional<Gazetteer> gazetteer;
    if (!table.empty()) gazetteer.emplace(table);
    for (Place& p : scenario.places) {
        // A malformed country code is reported where it is read: no look-up to add to that.
        if (!p.needs_lookup || (!p.country.empty() && !is_place_code(p.country))) continue;
        if (!gazetteer) {
            out.push_back({Diagnostic::Severity::error, p.pos,
                           "place '" + p.id + "' has no position",
                           "add 'at: [lon, lat]' in degrees"});
            continue;
        }
        auto found = gazetteer->find(p.name, p.country);
        // Of several so called, the one on the map is meant when it is the only one there
        // (Salisbury on a map of England); listed nearest the map first otherwise.
        std::stable_sort(found.begin(), found.end(),
                         [&](const GazetteerEntry& a, const GazetteerEntry& b) {
                             return degrees_off(shown, a.position) < degrees_off(shown, b.position);
                         });
        const bool one_on_map = found.size() > 1 && !shown.empty() &&
                                degrees_off(shown, found[0].position) == 0 &&
                                degrees_off(shown, found[1].position) > 0;
        if (found.size() == 1 || one_on_map) {
            p.position = found.front().position;
            p.from_gazetteer = true;
            continue;
        }
        const std::string where = p.country.empty() ? "" : " in " + p.country;
        if (found.empty()) {
            // A spelling suggestion searches the whole gazetteer: only for errors that are shown.
            out.push_back({Diagnostic::Severity::error, p.pos,
                           "no place called '" + p.name + "'" + where + " in the gazetteer",
                           out.size() >= ScenarioLimits{}.max_errors
                               ? "check the spelling or add 'at: [lon, lat]'"
                               : spelling_hint(*gazetteer, p.name, "add 'at: [lon, lat]'")});
            continue;
        }
        out.push_back({Diagnostic::Severity::error, p.pos,
                       "'" + p.name + "'" + where + " names " + std::to_string(found.size()) +
                           " places in the gazetteer",
                       narrowing_hint(found, "country: ", "") + " or add 'at: [lon, lat]'; " +
                           "candidates: " + candidates_text(found, 6)});
    }
}

std::string spelling_hint(const Gazetteer& gazetteer, const std::string& name,
                          const std::string& otherwise) {
    // Spelt right, but not where the country code says: say where it is.
    if (const auto anywhere = gazetteer.find(name); !anywhere.empty()) {
        return "it lies elsewhere: " + candidates_text(anywhere, 4) + "; correct the code or " +
               otherwise;
    }
    const std::string nearest = gazetteer.closest_name(name);
    if (nearest.empty()) return "check the spelling or " + otherwise;
    return "did you mean '" + nearest + "'? Or " + otherwise;
}

bool is_place_code(const std::string& code) {
    const auto alnum = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
    const auto alpha = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
    if (code.size() < 2 || !alpha(code[0]) || !alpha(code[1])) return false;
    if (code.size() == 2) return true;
    return code[2] == '-' && code.size() > 3 && code.size() <= 3 + 20 &&
           std::all_of(code.begin() + 3, code.end(), alnum);
}

std::string candidates_text(const std::vector<GazetteerEntry>& found, std::size_t most) {
    std::string text;
    for (std::size_t i = 0; i < found.size() && i < most; ++i) {
        text += (i ? "; " : "") + describe(found[i]);
    }
    if (found.size() > most) text += "; ...";
    return text;
}

std::string narrowing_hint(const std::vector<GazetteerEntry>& found, const std::string& before,
                           const std::string& after) {
    const bool one_country = std::all_of(found.begin(), found.end(), [&](const GazetteerEntry& e) {
        return e.country == found.front().country;
    });
    // The example names a division when one is known.
    const auto with_division = std::find_if(
        found.begin(), found.end(), [](const GazetteerEntry& e) { return !e.admin1.empty(); });
    const GazetteerEntry& first = with_division == found.end() ? found.front() : *with_division;
    if (!one_country) return "add '" + before + first.country + after + "' (or another code)";
    // All in one country: its first-level division (UA-26) may tell them apart.
    const bool one_division = std::all_of(found.begin(), found.end(), [&](const GazetteerEntry& e) {
        return e.admin1 == first.admin1;
    });
    if (one_division) {
        return "all are in " + first.country + (first.admin1.empty() ? "" : "-" + first.admin1) +
               ", which cannot tell them apart";
    }
    return "add a division: '" + before + first.country + "-" + first.admin1 + after +
           "' (or another)";
}

std::string describe(const GazetteerEntry& e) {
    std::ostringstream s;
    s.precision(5);
    s << e.name << " (" << e.country << (e.admin1.empty() ? "" : "-" + e.admin1) << ", at ["
      << e.position.lon << ", " << e.position.lat << "])";
    return s.str();
}

}  // namespace gt
