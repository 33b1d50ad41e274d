#pragma once
#include "cli/command.hpp"
#include "cli/scene_flags.hpp"

namespace gt {

/// `geotimeline still SCENARIO --at DATE -o FILE.{png,svg,pdf} [--width 160mm] [--height 100mm]
/// [--dpi 300] [--min-text 6] [--transparent]`: one frame for a report, laid out for its
/// physical size.
class StillCommand : public Command {
  public:
    [[nodiscard]] std::string name() const override { return "still"; }
    [[nodiscard]] std::string description() const override {
        return "write one frame at a date to a PNG, SVG or PDF file of a physical size";
    }
    void setup(CLI::App& app) override;
    int run(CliContext& context) override;

  private:
    std::string scenario_;
    std::string at_;
    std::string output_;
    std::string width_ = "160mm";
    std::string height_;
    double dpi_ = 300;
    double min_text_ = 6;
    bool transparent_ = false;
    SceneFlags scene_;
};

/// Millimetres of a length written "160mm", "16cm", "6.3in" or "453pt".
/// @throws InputError at `option` for any other text, or a length outside 10 .. 2000 mm.
[[nodiscard]] double parse_length_mm(const std::string& text, const std::string& option);

}  // namespace gt
