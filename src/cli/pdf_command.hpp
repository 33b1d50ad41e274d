#pragma once
#include "cli/command.hpp"
#include "cli/scene_flags.hpp"

namespace gt {

/// `geotimeline pdf SCENARIO [--paper a4] [--frames A:B] [--at DATE]... [--storyboard N]`:
/// frames as vector PDF pages, or a one-page storyboard of N key frames.
class PdfCommand : public Command {
  public:
    [[nodiscard]] std::string name() const override { return "pdf"; }
    [[nodiscard]] std::string description() const override {
        return "write frames as vector PDF pages, or a one-page storyboard of key frames";
    }
    void setup(CLI::App& app) override;
    int run(CliContext& context) override;

  private:
    std::string scenario_;
    std::string output_;
    std::string out_root_ = "out";
    std::string paper_ = "a4";
    std::string frames_;
    std::vector<std::string> at_;
    std::size_t storyboard_ = 0;
    SceneFlags scene_;
};

}  // namespace gt
