#pragma once
// Country names on the map: the countries the story is about first, each once, at the point of
// its visible part farthest from its borders (a pole of inaccessibility), then the others where
// room is left. They hold while the view does.
#include <string>
#include <vector>

#include "geo/basemap.hpp"
#include "render/box.hpp"
#include "render/labels.hpp"
#include "render/text.hpp"

namespace gt {

struct DrawContext;
struct Scene;
struct Scenario;
struct ViewFrame;

struct CountryLabel {
    std::string text;
    Box box;
};

/// A country's label before capitals: the scenario's word for it, else in a language other
/// than English the name CLDR (through ICU) gives its ISO code in the timeline's locale, else
/// the basemap's English name.
[[nodiscard]] std::string country_label(const Scenario& scenario, const Feature& country);

/// Country names from the basemap: first the countries holding a place, an event or a route's
/// end, then the others; each name once, inside the country at the free spot farthest from its
/// borders within the map area, or, for a country too small for its name, over the sea beside
/// it (never over a neighbour); dropped where nothing is free.
[[nodiscard]] std::vector<CountryLabel> place_country_labels(const Scene& scene,
                                                             const ViewFrame& frame,
                                                             const TextPainter& text,
                                                             LabelPlacer& placer);
void draw_country_labels(const DrawContext& dc, const std::vector<CountryLabel>& labels);

}  // namespace gt
