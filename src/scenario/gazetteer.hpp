#pragma once
// Place names to coordinates, from the GeoNames table in geodata/gazetteer/ (CC BY 4.0).
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "scenario/model.hpp"

namespace gt {

struct GazetteerEntry {
    std::string name;
    std::string country;  ///< ISO 3166-1 alpha-2, e.g. RU
    std::string admin1;   ///< first-level division code
    LonLat position;
};

class Gazetteer {
  public:
    /// A name the table does not hold, for one it does.
    struct Exonym {
        std::string key;  ///< lowercase
        std::string name;
        std::string country;
        /// Where the place meant is, when the country has several called `name`.
        std::optional<LonLat> near;
        std::string written;  ///< the former or English name as the table writes it
    };

    /// Reads the gzipped table, and exonyms.tsv beside it when there is one (former and English
    /// names: Kiev, Bombay, Danzig).
    /// @throws RuntimeError naming the path when it cannot be read.
    explicit Gazetteer(const std::filesystem::path& table);

    /// Every place called `name` (case-insensitive), or when none is, called so but for accents
    /// (Malmo: Malmö); and the places `name` is a former or English name of (Kiev: Kyiv, UA;
    /// Odessa: Odesa, UA as well as Odessa, US). `where` narrows them: a country code ("UA") or
    /// a country and its first-level division ("UA-26"), as describe() writes them.
    [[nodiscard]] std::vector<GazetteerEntry> find(const std::string& name,
                                                   const std::string& where = "") const;
    [[nodiscard]] std::size_t size() const { return entries_.size(); }
    /// The name of a place, or a former or English one, spelt nearest to `name` ("Zaporizhia":
    /// "Zaporizhzhia"); empty when none is close. Reads every name: for messages only.
    [[nodiscard]] std::string closest_name(const std::string& name) const;

  private:
    /// Listed as `name`, or when none is, as `name` but for accents.
    [[nodiscard]] std::vector<GazetteerEntry> find_spelt(const std::string& name,
                                                         const std::string& country) const;
    [[nodiscard]] std::vector<GazetteerEntry> find_listed(const std::string& name,
                                                          const std::string& country) const;

    std::vector<GazetteerEntry> entries_;  ///< sorted by lowercase name
    std::vector<std::string> keys_;        ///< lowercase names, parallel to entries_
    /// fold_name of each entry's name with the entry's index, sorted; made when first needed.
    /// Not thread-safe, as find() then is not.
    mutable std::vector<std::pair<std::string, std::size_t>> folded_;
    std::vector<Exonym> exonyms_;
};

/// `name` lowercased and without accents, for matching: "Hamhŭng" -> "hamhung", "Łódź" ->
/// "lodz", "Straße" -> "strasse".
[[nodiscard]] std::string fold_name(const std::string& name);

/// Gives every place without `at` the position of the one gazetteer entry with its name (and
/// `country`), and reports names that match nothing or several places, listing candidates.
/// An empty `table` path means no gazetteer: such places are errors.
void resolve_place_names(Scenario& scenario, const std::filesystem::path& table,
                         std::vector<Diagnostic>& out);

/// "Khabarovsk (RU-30, at [135.097, 48.462])" for messages listing candidates: [lon, lat], as
/// a scenario writes positions.
[[nodiscard]] std::string describe(const GazetteerEntry& entry);

/// For a name not found: where it lies when only the country code ruled it out, else "did you
/// mean 'Zaporizhzhia'? Or ..." with the nearest name the gazetteer holds, else "check the
/// spelling or ..."; `otherwise` is the way out without it ("add 'at: [lon, lat]'").
[[nodiscard]] std::string spelling_hint(const Gazetteer& gazetteer, const std::string& name,
                                        const std::string& otherwise);

/// Whether `code` is a country code ("UA", any case) or one with a division ("UA-19", "GB-ENG")
/// as Gazetteer::find takes.
[[nodiscard]] bool is_place_code(const std::string& code);

/// The first `most` of `found` described, "; "-separated, with "; ..." when there are more.
[[nodiscard]] std::string candidates_text(const std::vector<GazetteerEntry>& found,
                                          std::size_t most);

/// How to pick one of several places called alike, for a hint: "add 'country: UA' (or another
/// code)" when they lie in several countries, "add the division, 'country: UA-26'" when in one,
/// or that neither can tell them apart. `before` and `after` frame the code as the input
/// writes it ("country: " and "", or "Odessa, " and "").
/// @pre `found` holds at least two places.
[[nodiscard]] std::string narrowing_hint(const std::vector<GazetteerEntry>& found,
                                         const std::string& before, const std::string& after);

}  // namespace gt
