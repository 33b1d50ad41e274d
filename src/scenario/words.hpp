#pragma once
// The words a map writes of its own (the legend, the confidence levels, the statements panel,
// the sources line and the basemap credit) in the scenario's language: built in for some
// languages, and any of them replaced by the scenario's `words:` section, so that a newsroom's
// own style ("unverified" or "not confirmed") is what the map says.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/error.hpp"

namespace gt {

enum class Confidence;

struct Words {
    /// By key (see word_keys()): "reported" -> "dilaporkan".
    std::map<std::string, std::string> text;
    /// Place kinds in the legend, as written mid-sentence: "capital" -> "ibu kota". A kind not
    /// here is written as given.
    std::map<std::string, std::string> kinds;
    /// Country labels by the basemap's English name: "China" -> "Tiongkok"; "" hides one.
    /// None built in: a label without a word here takes ICU's name in the locale.
    std::map<std::string, std::string> countries;
    /// Where each of `countries` was given, for warnings about names the basemap lacks.
    std::map<std::string, SourcePos> country_positions = {};

    /// The word under `key`. @pre key is one of word_keys()
    [[nodiscard]] const std::string& operator[](const std::string& key) const;
    /// A confidence level in one word, as in "(reported)".
    [[nodiscard]] const std::string& level(Confidence c) const;
    /// What a confidence level means, as in the legend's "reported, not independently confirmed".
    [[nodiscard]] const std::string& meaning(Confidence c) const;
    /// A place kind as the legend names it: "city" -> "kota".
    [[nodiscard]] std::string kind(const std::string& kind) const;
    /// A country as its label names it (before capitals): `countries`, or the name given.
    [[nodiscard]] std::string country(const std::string& name) const;
    /// A graticule line's label: "40°N", "73.5°W" in en, "40° с. ш." in ru, "북위 40°" in ko;
    /// the equator and the prime and 180th meridians have no hemisphere: "0°", "180°".
    /// `locale` writes the number ("1,5° W" in de).
    [[nodiscard]] std::string degrees(double value, bool meridian,
                                      const std::string& locale = "en") const;
};

/// A warning for each country `words` names that is not among `basemap_names` (the basemap's
/// country names), with the nearest name it has: such a word is never shown.
[[nodiscard]] std::vector<Diagnostic> unknown_country_words(
    const Words& words, const std::vector<std::string>& basemap_names);

/// `text` with its first letter a capital, in any script: "столица" -> "Столица".
[[nodiscard]] std::string capitalize_first(const std::string& text);

/// Every key of Words::text, with what it says in English, in the order the schema lists them.
struct WordKey {
    std::string key;
    std::string english;
};
[[nodiscard]] const std::vector<WordKey>& word_keys();

/// The place kinds with a word of their own (the kinds drawn with a symbol).
[[nodiscard]] const std::vector<std::string>& worded_kinds();

/// The map's words in `locale`'s language ("id", "ko_KR"), or nullopt when geotimeline has none
/// for it (the caller falls back to English and says so).
[[nodiscard]] std::optional<Words> words_for(const std::string& locale);

/// The English words.
[[nodiscard]] Words english_words();

}  // namespace gt
