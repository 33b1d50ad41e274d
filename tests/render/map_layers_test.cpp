// The basemap as a worldview draws it: north of Crimea, where Natural Earth draws Russia's border
// and the Digital Chart of the World none, the default (UN) view draws a dashed disputed
// boundary and no international border; `worldview: russia` a solid border, `ukraine` none.
#include <cairo.h>
#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <fstream>
#include <vector>

#include "render/frame_renderer.hpp"
#include "scenario/loader.hpp"
#include "support/test_support.hpp"
#include "timeline/time.hpp"

namespace gt {

namespace {

/// Northern Crimea and the mainland north of it at about 200 m per pixel: the isthmus of
/// Perekop, the Chonhar strait and the Arabat spit. No furniture or country names over them.
std::string crimea_scenario(const std::string& worldview_line) {
    return R"(title: Crimea
map:
  extent: [32.6, 45.4, 35.6, 46.6]
  size: [1200, 700]
)" + worldview_line +
           R"(
timeline:
  start: 2024-10-01
  end: 2024-10-02
  step: 1d
style:
  show: {country_labels: false, legend: false, scale_bar: false, north_arrow: false, inset: false}
)";
}

/// The frame of 1 October, as pixels, with the scene it was drawn from.
struct Drawn {
    std::vector<std::uint32_t> pixels;
    int width = 0;
    int height = 0;
    XY isthmus_nw;  ///< canvas pixel of 33.9E 46.12N
    XY isthmus_se;  ///< canvas pixel of 34.6E 45.75N
    std::size_t disputed_areas = 0;
};

Drawn draw(const std::string& worldview_line) {
    const LoadedScenario loaded =
        load_scenario_text(crimea_scenario(worldview_line), "crimea.yaml");
    const Scene scene = prepare_scene(loaded.scenario, test::scene_options());
    FrameRenderer renderer(scene);
    Drawn d;
    d.width = scene.layout.width;
    d.height = scene.layout.height;
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, d.width, d.height);
    cairo_t* cr = cairo_create(surface);
    renderer.draw_raster(cr, *parse_instant("2024-10-01"));
    cairo_destroy(cr);
    cairo_surface_flush(surface);
    const unsigned char* data = cairo_image_surface_get_data(surface);
    const int stride = cairo_image_surface_get_stride(surface);
    for (int y = 0; y < d.height; ++y) {
        for (int x = 0; x < d.width; ++x) {
            std::uint32_t v = 0;
            std::memcpy(&v, data + y * stride + 4 * x, 4);
            d.pixels.push_back(v & 0xffffffU);
        }
    }
    cairo_surface_destroy(surface);
    d.isthmus_nw = scene.view.to_pixel(*scene.projection.forward({33.9, 46.12}));
    d.isthmus_se = scene.view.to_pixel(*scene.projection.forward({34.6, 45.75}));
    for (const Basemap& b : scene.basemaps) d.disputed_areas += b.disputed.size();
    return d;
}

/// Separate marks (8-connected groups of pixels) by which `a` differs from `b` in the box
/// between the two corners, inland (Natural Earth draws the Sivash as land, so the boundary
/// runs through it): a solid line makes one, a dashed one many.
int marks_between(const Drawn& a, const Drawn& b) {
    const int x0 = static_cast<int>(a.isthmus_nw.x), x1 = static_cast<int>(a.isthmus_se.x);
    const int y0 = static_cast<int>(a.isthmus_nw.y), y1 = static_cast<int>(a.isthmus_se.y);
    const int w = x1 - x0 + 1, h = y1 - y0 + 1;
    std::vector<char> seen(static_cast<std::size_t>(w * h), 0);
    auto differs = [&](int x, int y) {
        const auto i = static_cast<std::size_t>((y0 + y) * a.width + x0 + x);
        return a.pixels[i] != b.pixels[i];
    };
    int marks = 0;
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            if (seen[static_cast<std::size_t>(y * w + x)] || !differs(x, y)) continue;
            ++marks;
            std::vector<std::pair<int, int>> todo{{x, y}};
            seen[static_cast<std::size_t>(y * w + x)] = 1;
            while (!todo.empty()) {
                const auto [px, py] = todo.back();
                todo.pop_back();
                for (int k = 0; k < 9; ++k) {
                    const int qx = px + k % 3 - 1, qy = py + k / 3 - 1;
                    if (qx < 0 || qy < 0 || qx >= w || qy >= h) continue;
                    auto& s = seen[static_cast<std::size_t>(qy * w + qx)];
                    if (s || !differs(qx, qy)) continue;
                    s = 1;
                    todo.emplace_back(qx, qy);
                }
            }
        }
    }
    return marks;
}

}  // namespace

TEST(DisputedBoundary, CrimeaIsDashedByDefaultAndEachWorldviewDrawsItsOwn) {
    const Drawn un = draw("");
    const Drawn ukraine = draw("  worldview: ukraine");
    const Drawn russia = draw("  worldview: russia");
    ASSERT_GT(un.isthmus_se.x - un.isthmus_nw.x, 150);
    ASSERT_GT(un.isthmus_se.y - un.isthmus_nw.y, 100);
    EXPECT_GT(un.disputed_areas, 0u);
    // Ukraine's view draws no line north of Crimea: what the others draw there is their border.
    const int dashes = marks_between(un, ukraine);
    const int solid = marks_between(russia, ukraine);
    EXPECT_GE(dashes, 8) << "the UN view draws the boundary dashed";
    EXPECT_GE(solid, 1) << "Russia's view draws a border";
    EXPECT_LE(solid, 2) << "Russia's view draws it solid";
    EXPECT_GT(marks_between(un, russia), 0);
}

TEST(DisputedBoundary, SvgDashesTheBoundaryAndTheFooterNamesTheView) {
    test::TempDir dir;
    auto svg_of = [&](const std::string& name, const std::string& worldview_line) {
        const auto file = dir.path() / (name + ".yaml");
        { std::ofstream(file) << crimea_scenario(worldview_line); }
        const auto r = test::run({"render", file.string(), "--out", (dir.path() / "out").string(),
                                  "--format", "svg", "--at", "2024-10-01", "--quiet"});
        EXPECT_EQ(r.exit_code, 0) << r.err;
        return test::read_file(test::chosen_folder(dir.path() / "out", name) / "frame-00001.svg");
    };
    const std::string un = svg_of("un", "");
    const std::string russia = svg_of("russia", "  worldview: russia");
    EXPECT_NE(un.find("stroke-dasharray"), std::string::npos);
    EXPECT_EQ(russia.find("stroke-dasharray"), std::string::npos);
    EXPECT_NE(un.find("as recognised by the UN"), std::string::npos);
    EXPECT_NE(russia.find("as Russia draws them"), std::string::npos);
}

}  // namespace gt
