#include "scenario/words.hpp"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <stdexcept>

#include "common/number_text.hpp"
#include "common/suggest.hpp"
#include "scenario/model.hpp"

namespace gt {

namespace {

constexpr std::size_t word_count = 35;
constexpr std::size_t kind_count = 5;

/// One language's words, in the order of word_keys() and worded_kinds().
struct Language {
    const char* code;  ///< ICU language code
    std::array<const char*, word_count> words;
    std::array<const char*, kind_count> kinds;
};

// Written for newsroom maps: short, and careful about what a level claims. A newsroom with its
// own wording sets it under `words:`.
const std::array<Language, 8> languages{{
    {"en",
     {"confirmed",
      "reported",
      "claimed",
      "denied",
      "unknown",
      "confirmed",
      "reported, not independently confirmed",
      "claimed by one side",
      "denied",
      "unverified",
      "Route taken",
      "Route still ahead",
      "Event",
      "Unit at sea",
      "Unit in the air",
      "Unit by rail",
      "Unit on land",
      "Units arrived (how many)",
      "Numbered on the map",
      "Statements",
      "Sources:",
      "none yet on the map",
      "none given for",
      "No source given for",
      "Basemap: Natural Earth (public domain) via world-atlas; lakes and rivers: GSHHG (LGPL); "
      "sea names: IHO S-23.",
      "Place names: GeoNames (CC BY 4.0).",
      "Play",
      "Pause",
      "{}N",
      "{}S",
      "{}E",
      "{}W",
      "storyboard",
      "Date",
      "space"},
     {"capital", "port", "city", "town", "village"}},
    {"id",
     {"terkonfirmasi",
      "dilaporkan",
      "diklaim",
      "dibantah",
      "tidak diketahui",
      "terkonfirmasi",
      "dilaporkan, belum dikonfirmasi secara independen",
      "diklaim oleh satu pihak",
      "dibantah",
      "belum terverifikasi",
      "Rute yang ditempuh",
      "Rute yang belum ditempuh",
      "Peristiwa",
      "Unit di laut",
      "Unit di udara",
      "Unit dengan kereta api",
      "Unit di darat",
      "Unit yang telah tiba (jumlahnya)",
      "Bernomor di peta",
      "Pernyataan",
      "Sumber:",
      "belum ada di peta",
      "tidak disebutkan untuk",
      "Tanpa sumber:",
      "Peta dasar: Natural Earth (domain publik) melalui world-atlas; danau dan sungai: GSHHG "
      "(LGPL); nama laut: IHO S-23.",
      "Nama tempat: GeoNames (CC BY 4.0).",
      "Putar",
      "Jeda",
      "{} LU",
      "{} LS",
      "{} BT",
      "{} BB",
      "papan cerita",
      "Tanggal",
      "spasi"},
     {"ibu kota", "pelabuhan", "kota", "kota kecil", "desa"}},
    {"fr",
     {"confirmé",
      "signalé",
      "revendiqué",
      "démenti",
      "inconnu",
      "confirmé",
      "signalé, non confirmé de source indépendante",
      "revendiqué par une partie",
      "démenti",
      "non vérifié",
      "Trajet effectué",
      "Trajet à venir",
      "Événement",
      "Unité en mer",
      "Unité en vol",
      "Unité par voie ferrée",
      "Unité sur terre",
      "Unités arrivées (leur nombre)",
      "Numérotés sur la carte",
      "Déclarations",
      "Sources\u00a0:",
      "aucune encore sur la carte",
      "aucune indiquée pour",
      "Aucune source indiquée pour",
      "Fond de carte\u00a0: Natural Earth (domaine public) via world-atlas\u00a0; lacs et "
      "fleuves\u00a0: GSHHG (LGPL)\u00a0; noms des mers\u00a0: OHI S-23.",
      "Noms de lieux\u00a0: GeoNames (CC BY 4.0).",
      "Lecture",
      "Pause",
      "{}\u00a0N",
      "{}\u00a0S",
      "{}\u00a0E",
      "{}\u00a0O",
      "storyboard",
      "Date",
      "espace"},
     {"capitale", "port", "ville", "bourg", "village"}},
    {"de",
     {"bestätigt",
      "gemeldet",
      "behauptet",
      "dementiert",
      "unbekannt",
      "bestätigt",
      "gemeldet, nicht unabhängig bestätigt",
      "von einer Seite behauptet",
      "dementiert",
      "nicht überprüft",
      "Zurückgelegte Strecke",
      "Verbleibende Strecke",
      "Ereignis",
      "Einheit auf See",
      "Einheit in der Luft",
      "Einheit per Bahn",
      "Einheit an Land",
      "Angekommene Einheiten (Anzahl)",
      "Auf der Karte nummeriert",
      "Stellungnahmen",
      "Quellen:",
      "noch keine auf der Karte",
      "keine angegeben für",
      "Keine Quelle angegeben für",
      "Grundkarte: Natural Earth (gemeinfrei) via world-atlas; Seen und Flüsse: GSHHG (LGPL); "
      "Meeresnamen: IHO S-23.",
      "Ortsnamen: GeoNames (CC BY 4.0).",
      "Abspielen",
      "Pause",
      "{}\u00a0N",
      "{}\u00a0S",
      "{}\u00a0O",
      "{}\u00a0W",
      "Storyboard",
      "Datum",
      "Leertaste"},
     {"Hauptstadt", "Hafen", "Stadt", "Kleinstadt", "Dorf"}},
    {"es",
     {"confirmado",
      "informado",
      "reivindicado",
      "desmentido",
      "desconocido",
      "con confirmación",
      "según informes, sin confirmación independiente",
      "según una de las partes",
      "con desmentido",
      "sin verificar",
      "Ruta recorrida",
      "Ruta por recorrer",
      "Suceso",
      "Unidad en el mar",
      "Unidad en el aire",
      "Unidad por ferrocarril",
      "Unidad en tierra",
      "Unidades llegadas (cuántas)",
      "Numerados en el mapa",
      "Declaraciones",
      "Fuentes:",
      "aún ninguna en el mapa",
      "ninguna indicada para",
      "Sin fuente indicada para",
      "Mapa base: Natural Earth (dominio público) vía world-atlas; lagos y ríos: GSHHG (LGPL); "
      "nombres de mares: OHI S-23.",
      "Topónimos: GeoNames (CC BY 4.0).",
      "Reproducir",
      "Pausa",
      "{}\u00a0N",
      "{}\u00a0S",
      "{}\u00a0E",
      "{}\u00a0O",
      "guion gráfico",
      "Fecha",
      "espacio"},
     {"capital", "puerto", "ciudad", "pueblo", "aldea"}},
    {"ru",
     {"подтверждено",
      "по сообщениям",
      "заявлено",
      "опровергнуто",
      "неизвестно",
      "подтверждено",
      "по сообщениям, без независимого подтверждения",
      "заявлено одной из сторон",
      "опровергнуто",
      "не проверено",
      "Пройденный маршрут",
      "Предстоящий маршрут",
      "Событие",
      "Подразделение в море",
      "Подразделение в воздухе",
      "Подразделение по железной дороге",
      "Подразделение на суше",
      "Прибывшие подразделения (число)",
      "Пронумерованы на карте",
      "Заявления",
      "Источники:",
      "пока нет на карте",
      "не указаны для",
      "Источник не указан для",
      "Основа карты: Natural Earth (общественное достояние) через world-atlas; озёра и реки: "
      "GSHHG (LGPL); названия морей: МГО S-23.",
      "Названия мест: GeoNames (CC BY 4.0).",
      "Воспроизвести",
      "Пауза",
      "{}\u00a0с.\u00a0ш.",
      "{}\u00a0ю.\u00a0ш.",
      "{}\u00a0в.\u00a0д.",
      "{}\u00a0з.\u00a0д.",
      "раскадровка",
      "Дата",
      "пробел"},
     {"столица", "порт", "город", "посёлок", "деревня"}},
    {"uk",
     {"підтверджено",
      "за повідомленнями",
      "заявлено",
      "спростовано",
      "невідомо",
      "підтверджено",
      "за повідомленнями, без незалежного підтвердження",
      "заявлено однією зі сторін",
      "спростовано",
      "не перевірено",
      "Пройдений маршрут",
      "Майбутній маршрут",
      "Подія",
      "Підрозділ у морі",
      "Підрозділ у повітрі",
      "Підрозділ залізницею",
      "Підрозділ на суходолі",
      "Підрозділи, що прибули (кількість)",
      "Пронумеровані на мапі",
      "Заяви",
      "Джерела:",
      "поки немає на карті",
      "не вказано для",
      "Джерело не вказано для",
      "Основа карти: Natural Earth (суспільне надбання) через world-atlas; озера й річки: GSHHG "
      "(LGPL); назви морів: МГО S-23.",
      "Назви місць: GeoNames (CC BY 4.0).",
      "Відтворити",
      "Пауза",
      "{}\u00a0пн.\u00a0ш.",
      "{}\u00a0пд.\u00a0ш.",
      "{}\u00a0сх.\u00a0д.",
      "{}\u00a0зх.\u00a0д.",
      "розкадровка",
      "Дата",
      "пробіл"},
     {"столиця", "порт", "місто", "селище", "село"}},
    {"ko",
     {"확인됨",
      "보도됨",
      "주장됨",
      "부인됨",
      "미상",
      "확인됨",
      "보도됨, 독립적으로 확인되지 않음",
      "한쪽의 주장",
      "부인됨",
      "검증되지 않음",
      "이동한 경로",
      "남은 경로",
      "사건",
      "해상 부대",
      "공중 부대",
      "철도 이동 부대",
      "지상 부대",
      "도착한 부대 (수)",
      "지도의 번호",
      "성명",
      "출처:",
      "아직 지도에 없음",
      "미기재 –",
      "출처 미기재 –",
      "기본 지도: Natural Earth(퍼블릭 도메인), world-atlas 경유; 호수와 강: GSHHG(LGPL); "
      "바다 이름: IHO S-23.",
      "지명: GeoNames (CC BY 4.0).",
      "재생",
      "일시정지",
      "북위 {}",
      "남위 {}",
      "동경 {}",
      "서경 {}",
      "스토리보드",
      "날짜",
      "스페이스"},
     {"수도", "항구", "도시", "읍", "마을"}},
}};

Words make_words(const Language& language) {
    Words w;
    const auto& keys = word_keys();
    for (std::size_t i = 0; i < word_count; ++i) w.text[keys[i].key] = language.words[i];
    const auto& kinds = worded_kinds();
    for (std::size_t i = 0; i < kind_count; ++i) w.kinds[kinds[i]] = language.kinds[i];
    return w;
}

/// "ko_KR", "ko-KR" -> "ko".
std::string language_of(const std::string& locale) {
    std::string language = locale.substr(0, locale.find_first_of("_-@"));
    std::transform(language.begin(), language.end(), language.begin(),
                   [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    return language;
}

}  // namespace

const std::string& Words::operator[](const std::string& key) const {
    const auto found = text.find(key);
    if (found == text.end()) throw std::logic_error("no map word '" + key + "'");
    return found->second;
}

const std::string& Words::level(Confidence c) const { return (*this)[to_string(c)]; }

const std::string& Words::meaning(Confidence c) const {
    return (*this)[std::string(to_string(c)) + "_meaning"];
}

std::string Words::kind(const std::string& kind) const {
    const auto found = kinds.find(kind);
    return found == kinds.end() ? kind : found->second;
}

std::string Words::country(const std::string& name) const {
    const auto found = countries.find(name);
    return found == countries.end() ? name : found->second;
}

std::string Words::degrees(double value, bool meridian, const std::string& locale) const {
    const double a = std::abs(value);
    const std::string number = locale_decimal(a, locale) + "°";
    if (value == 0 || (meridian && a == 180)) return number;
    const char* key = meridian ? (value > 0 ? "east" : "west") : (value > 0 ? "north" : "south");
    std::string text = (*this)[key];
    const auto at = text.find("{}");
    if (at == std::string::npos) return number + " " + text;
    return text.replace(at, 2, number);
}

namespace {

/// The words of `text` of four letters or more, lowercased ("Democratic Republic of the Congo":
/// democratic, republic, congo).
std::vector<std::string> long_words(const std::string& text) {
    std::vector<std::string> out;
    std::string word;
    for (const char c : text + " ") {
        if (std::isalpha(static_cast<unsigned char>(c)) != 0) {
            word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            continue;
        }
        if (word.size() >= 4) out.push_back(word);
        word.clear();
    }
    return out;
}

/// A hint for a country name the basemap lacks: the nearest spelling, else its names sharing a
/// word with it (Natural Earth writes "Dem. Rep. Congo"), else how its names are written.
std::string country_hint(const std::string& name, const std::vector<std::string>& names) {
    if (!closest_match(name, names).empty()) return suggestion_hint(name, names);
    std::string sharing;
    for (const std::string& candidate : names) {
        const auto theirs = long_words(candidate);
        for (const std::string& w : long_words(name)) {
            if (std::find(theirs.begin(), theirs.end(), w) == theirs.end()) continue;
            sharing += (sharing.empty() ? "" : ", ") + ("'" + candidate + "'");
            break;
        }
    }
    if (!sharing.empty()) return "the basemap has " + sharing;
    return "the basemap writes Natural Earth's short names, e.g. 'Dem. Rep. Congo', "
           "'Bosnia and Herz.'";
}

}  // namespace

std::vector<Diagnostic> unknown_country_words(const Words& words,
                                              const std::vector<std::string>& basemap_names) {
    std::vector<Diagnostic> out;
    for (const auto& [name, word] : words.countries) {
        if (std::find(basemap_names.begin(), basemap_names.end(), name) != basemap_names.end()) {
            continue;
        }
        const auto at = words.country_positions.find(name);
        out.push_back({Diagnostic::Severity::warning,
                       at == words.country_positions.end() ? SourcePos{} : at->second,
                       "the basemap has no country called '" + name + "': its word is never shown",
                       country_hint(name, basemap_names)});
    }
    return out;
}

std::string capitalize_first(const std::string& text) {
    if (text.empty()) return text;
    int32_t end = 0;
    UChar32 first = 0;
    U8_NEXT(text.data(), end, static_cast<int32_t>(text.size()), first);
    if (first < 0) return text;  // not UTF-8: left as it is
    std::string out;
    icu::UnicodeString(u_toupper(first)).toUTF8String(out);
    return out + text.substr(static_cast<std::size_t>(end));
}

const std::vector<WordKey>& word_keys() {
    static const std::vector<WordKey> keys = [] {
        static constexpr auto names = std::to_array<const char*>({
            "confirmed",
            "reported",
            "claimed",
            "denied",
            "unknown",
            "confirmed_meaning",
            "reported_meaning",
            "claimed_meaning",
            "denied_meaning",
            "unknown_meaning",
            "route_taken",
            "route_ahead",
            "event",
            "unit_at_sea",
            "unit_in_the_air",
            "unit_by_rail",
            "unit_on_land",
            "units_arrived",
            "numbered_events",
            "statements",
            "sources",
            "no_sources_yet",
            "none_given_for",
            "no_source_given_for",
            "basemap_credit",
            "place_names_credit",
            "play",
            "pause",
            "north",
            "south",
            "east",
            "west",
            "storyboard",
            "date",
            "space_key",
        });
        static_assert(names.size() == word_count, "a name for every word");
        std::vector<WordKey> out;
        for (std::size_t i = 0; i < word_count; ++i) {
            out.push_back({names[i], languages[0].words[i]});
        }
        return out;
    }();
    return keys;
}

const std::vector<std::string>& worded_kinds() {
    static const std::vector<std::string> kinds{"capital", "port", "city", "town", "village"};
    return kinds;
}

std::optional<Words> words_for(const std::string& locale) {
    const std::string language = language_of(locale);
    for (const Language& l : languages) {
        if (language == l.code) return make_words(l);
    }
    return std::nullopt;
}

Words english_words() { return make_words(languages[0]); }

}  // namespace gt
