#pragma once
// Reference-image comparison in the manner of Mapnik's and QGIS's render checks: a per-channel
// tolerance, a budget of pixels allowed to differ, and on failure a diff image, the actual image
// and an HTML page showing the three side by side.
#include <filesystem>
#include <string>

namespace gt::test {

struct ImageDifference {
    int width = 0, height = 0;  ///< of the actual image
    bool size_mismatch = false;
    long differing_pixels = 0;  ///< pixels with any channel off by more than the tolerance
    int max_channel_delta = 0;
};

/// Compares two PNG files; writes `diff_png` (differing pixels in red over a faded actual).
ImageDifference compare_png(const std::filesystem::path& actual,
                            const std::filesystem::path& expected, int channel_tolerance,
                            const std::filesystem::path& diff_png);

/// Result of checking a render against tests/reference/<name>.png.
struct ReferenceCheck {
    bool passed = false;
    std::string message;
};

/// Checks `actual` against the reference `name`. With GEOTIMELINE_UPDATE_REFERENCES=1 in the
/// environment, a missing or different reference is (re)written instead and the check passes.
/// On failure, out/test-failures/<name>/ receives actual.png, expected.png, diff.png and
/// index.html (the path is in the message).
ReferenceCheck check_reference(const std::filesystem::path& actual, const std::string& name,
                               int channel_tolerance = 8, double budget = 0.0005);

}  // namespace gt::test
