#pragma once
#include "cli/command.hpp"

namespace gt {

/// `geotimeline html SCENARIO [--out out] [--frames png|svg] [--url URL]`: writes the HTML player
/// out/<scenario>/index.html for an output set rendered before, and prints an <iframe> snippet
/// pointing at URL, where the folder will be published (without it, at index.html beside the
/// embedding page).
class HtmlCommand : public Command {
  public:
    [[nodiscard]] std::string name() const override { return "html"; }
    [[nodiscard]] std::string description() const override {
        return "write an HTML player (index.html) for a rendered scenario, with an embed snippet";
    }
    void setup(CLI::App& app) override;
    int run(CliContext& context) override;

  private:
    std::string scenario_;
    std::string out_ = "out";
    std::string image_format_ = "png";
    std::string url_;  ///< where out/<scenario>/ is published; empty: not given
};

}  // namespace gt
