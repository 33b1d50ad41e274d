#include "output/pdf_writer.hpp"

#include <cairo-pdf.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <regex>
#include <set>

#include "common/error.hpp"
#include "common/suggest.hpp"
#include "output/storyboard_grid.hpp"
#include "render/source_credits.hpp"
#include "render/text.hpp"

namespace gt {

namespace {

constexpr double kPointsPerMm = 72.0 / 25.4;

/// Owns a PDF surface with fixed metadata.
class PdfDocument {
  public:
    PdfDocument(const std::filesystem::path& file, const PaperSize& paper, const std::string& title)
        : file_(file),
          surface_(cairo_pdf_surface_create(file.c_str(), paper.width_pt, paper.height_pt)),
          cr_(cairo_create(surface_)) {
        cairo_pdf_surface_restrict_to_version(surface_, CAIRO_PDF_VERSION_1_5);
        // Without a fixed date Cairo stamps the current time and no two runs give the same bytes.
        cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_CREATE_DATE,
                                       "2000-01-01T00:00:00Z");
        cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_TITLE, title.c_str());
        cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_CREATOR, "geotimeline");
    }
    ~PdfDocument() {
        cairo_destroy(cr_);
        cairo_surface_destroy(surface_);
    }
    PdfDocument(const PdfDocument&) = delete;
    PdfDocument& operator=(const PdfDocument&) = delete;

    [[nodiscard]] cairo_t* cr() const { return cr_; }

    /// @throws RuntimeError when anything failed.
    void finish() {
        const cairo_status_t drawn = cairo_status(cr_);
        cairo_surface_finish(surface_);
        const cairo_status_t status =
            drawn != CAIRO_STATUS_SUCCESS ? drawn : cairo_surface_status(surface_);
        if (status != CAIRO_STATUS_SUCCESS) {
            throw RuntimeError(file_.string() +
                               ": cannot write PDF: " + cairo_status_to_string(status));
        }
    }

  private:
    std::filesystem::path file_;
    cairo_surface_t* surface_;
    cairo_t* cr_;
};

/// Draws the frame at `t` fitted into `box` (points), keeping its aspect, clipped to it.
void draw_fitted(cairo_t* cr, FrameRenderer& renderer, const Layout& layout, Instant t,
                 const PixelRect& box) {
    const double scale = std::min(box.width / layout.width, box.height / layout.height);
    cairo_save(cr);
    cairo_translate(cr, box.x + (box.width - layout.width * scale) / 2,
                    box.y + (box.height - layout.height * scale) / 2);
    cairo_scale(cr, scale, scale);
    cairo_rectangle(cr, 0, 0, layout.width, layout.height);
    cairo_clip(cr);
    renderer.draw_vector(cr, t);
    cairo_restore(cr);
}

/// Each key frame's date; with its time too when two fall on one date (a 6-hourly timeline).
std::vector<std::string> storyboard_captions(const TimelineSpec& tl,
                                             const std::vector<Instant>& times) {
    std::vector<std::string> captions;
    for (Instant t : times) {
        captions.push_back(format_label(t, tl.date_format, tl.utc_offset, tl.locale));
    }
    const std::set<std::string> dates(captions.begin(), captions.end());
    if (dates.size() < captions.size() && !tl.time_format.empty()) {
        for (std::size_t i = 0; i < times.size(); ++i) {
            captions[i] += ", " + format_label(times[i], tl.time_format, tl.utc_offset, tl.locale);
        }
    }
    return captions;
}

}  // namespace

PaperSize parse_paper(const std::string& text) {
    if (text == "a4") return {297 * kPointsPerMm, 210 * kPointsPerMm};
    if (text == "a3") return {420 * kPointsPerMm, 297 * kPointsPerMm};
    if (text == "letter") return {11 * 72.0, 8.5 * 72.0};
    const std::regex custom(R"((\d+(?:\.\d+)?)x(\d+(?:\.\d+)?)mm)");
    std::smatch m;
    if (std::regex_match(text, m, custom)) {
        const double w = std::stod(m[1]), h = std::stod(m[2]);
        if (w >= 20 && h >= 20 && w <= 5000 && h <= 5000)
            return {w * kPointsPerMm, h * kPointsPerMm};
    }
    throw InputError(Diagnostic{
        Diagnostic::Severity::error,
        {"--paper", 0, 0},
        "unknown paper size '" + text + "'",
        suggestion_hint(text, {"a4", "a3", "letter"}) + " (or a size such as 300x200mm)"});
}

void write_pdf_pages(FrameRenderer& renderer, const Scene& scene, const std::vector<Instant>& times,
                     const PaperSize& paper, const std::filesystem::path& file) {
    PdfDocument pdf(file, paper, scene.scenario.title);
    const double margin = 10 * kPointsPerMm;
    for (Instant t : times) {
        draw_fitted(pdf.cr(), renderer, scene.layout, t,
                    {margin, margin, paper.width_pt - 2 * margin, paper.height_pt - 2 * margin});
        cairo_show_page(pdf.cr());
    }
    pdf.finish();
}

void write_pdf_trimmed(FrameRenderer& renderer, const Scene& scene, Instant t,
                       const PaperSize& page, const std::filesystem::path& file) {
    PdfDocument pdf(file, page, scene.scenario.title);
    cairo_t* cr = pdf.cr();
    // The canvas's whole pixels stretch to the page by a few hundredths of a percent at most.
    cairo_scale(cr, page.width_pt / scene.layout.width, page.height_pt / scene.layout.height);
    cairo_rectangle(cr, 0, 0, scene.layout.width, scene.layout.height);
    cairo_clip(cr);
    renderer.draw_vector(cr, t);
    cairo_show_page(cr);
    pdf.finish();
}

void write_storyboard(FrameRenderer& renderer, const Scene& scene,
                      const std::vector<Instant>& times, const PaperSize& paper,
                      const std::filesystem::path& file) {
    PdfDocument pdf(file, paper,
                    scene.scenario.title + " (" + scene.scenario.words["storyboard"] + ")");
    cairo_t* cr = pdf.cr();
    const Scenario& sc = scene.scenario;
    const Style& s = scene.style;
    const double margin = 10 * kPointsPerMm;
    const double gap = 4 * kPointsPerMm;
    const double text_width = paper.width_pt - 2 * margin;
    TextPainter text;
    // The title and subtitle head the page, the sources and credits of the last key frame (what
    // the page shows by its end) close it, and the frames fill what is between.
    const TextStyle title{s.font, 16, true, {0, 0, 0}};
    TextStyle subtitle{s.font, 10, false, {0.3, 0.3, 0.3}};
    TextStyle caption{s.font, 9, false, {0.2, 0.2, 0.2}};
    TextStyle footer{s.font, 7, false, {0.35, 0.35, 0.35}};
    subtitle.max_width = footer.max_width = text_width;
    double top = margin;
    text.draw(cr, sc.title, title, margin, top);
    top += text.measure(sc.title, title).height;
    if (!sc.subtitle.empty()) {
        text.draw(cr, sc.subtitle, subtitle, margin, top);
        top += text.measure(sc.subtitle, subtitle).height;
    }
    const std::string sources = sources_line(sc, times.back()) + "\n" + credits_line(sc);
    const double footer_top = paper.height_pt - margin - text.measure(sources, footer).height;
    text.draw(cr, sources, footer, margin, footer_top);
    const double caption_height = text.measure("8", caption).height + 2;
    const StoryboardGrid grid = storyboard_grid(
        static_cast<int>(times.size()),
        static_cast<double>(scene.layout.height) / scene.layout.width,
        {margin, top + gap, text_width, footer_top - gap - (top + gap)}, gap, caption_height);
    if (grid.frame_width < 10 * kPointsPerMm) {
        throw InputError(Diagnostic{
            Diagnostic::Severity::error,
            {"--storyboard", 0, 0},
            std::to_string(times.size()) + " key frames do not fit on this paper beside the " +
                "title, subtitle and sources (each would be under 10 mm wide)",
            "choose fewer key frames or a larger --paper, or shorten the subtitle or credits"});
    }
    const std::vector<std::string> captions = storyboard_captions(sc.timeline, times);
    for (std::size_t i = 0; i < times.size(); ++i) {
        const PixelRect box = grid.frame(static_cast<int>(i));
        draw_fitted(cr, renderer, scene.layout, times[i], box);
        text.draw(cr, captions[i], caption, box.x, box.y + box.height + 2);
    }
    cairo_show_page(cr);
    pdf.finish();
}

namespace {

/// The frame index in `chosen` (sorted) nearest to `index`, as a distance in frames.
std::size_t distance_to_chosen(const std::set<std::size_t>& chosen, std::size_t index) {
    std::size_t best = SIZE_MAX;
    const auto after = chosen.lower_bound(index);
    if (after != chosen.end()) best = *after - index;
    if (after != chosen.begin()) best = std::min(best, index - *std::prev(after));
    return best;
}

/// Adds the candidate farthest from every chosen frame (the first of equals); false when none is
/// left that is not chosen yet.
bool add_farthest(std::set<std::size_t>& chosen, const std::vector<std::size_t>& candidates) {
    std::size_t best = SIZE_MAX, best_distance = 0;
    for (std::size_t c : candidates) {
        const std::size_t d = distance_to_chosen(chosen, c);
        if (d > best_distance) {
            best = c;
            best_distance = d;
        }
    }
    if (best == SIZE_MAX) return false;
    chosen.insert(best);
    return true;
}

/// Adds `extra` frames where the stretches between chosen frames are longest: each stretch gets
/// a share that keeps its frames farthest apart, spread evenly within it.
void spread_over_gaps(std::set<std::size_t>& chosen, std::size_t extra) {
    const std::vector<std::size_t> ends(chosen.begin(), chosen.end());
    std::vector<std::size_t> share(ends.size() - 1, 0);
    const auto spacing = [&](std::size_t gap) {
        return static_cast<double>(ends[gap + 1] - ends[gap]) / static_cast<double>(share[gap] + 1);
    };
    for (std::size_t k = 0; k < extra; ++k) {
        std::size_t widest = 0;
        for (std::size_t gap = 1; gap < share.size(); ++gap) {
            if (spacing(gap) > spacing(widest)) widest = gap;
        }
        ++share[widest];
    }
    for (std::size_t gap = 0; gap < share.size(); ++gap) {
        for (std::size_t j = 1; j <= share[gap]; ++j) {
            chosen.insert(ends[gap] + (ends[gap + 1] - ends[gap]) * j / (share[gap] + 1));
        }
    }
}

}  // namespace

std::vector<Instant> key_frames(const std::vector<Instant>& frames, std::size_t count,
                                const std::vector<Instant>& moments) {
    std::vector<Instant> all = frames;  // --frames and --at may give them unsorted, twice
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    if (all.empty() || count == 0) return {};
    if (count >= all.size()) return all;
    std::vector<std::size_t> shown;  // the first frame at or after each moment
    for (Instant m : moments) {
        const auto at = std::lower_bound(all.begin(), all.end(), m);
        if (at != all.end() && m >= all.front())
            shown.push_back(static_cast<std::size_t>(at - all.begin()));
    }
    std::set<std::size_t> chosen{0};
    if (count > 1) chosen.insert(all.size() - 1);
    while (chosen.size() < count && add_farthest(chosen, shown)) {
    }
    // Frames strictly inside a stretch never collide with its ends, and a stretch gets no more
    // than it has room for (a share beyond that is never the widest spacing).
    if (chosen.size() < count) spread_over_gaps(chosen, count - chosen.size());
    std::vector<Instant> out;
    for (std::size_t index : chosen) out.push_back(all[index]);
    return out;
}

}  // namespace gt
