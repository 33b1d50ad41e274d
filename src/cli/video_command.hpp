#pragma once
#include "cli/command.hpp"

namespace gt {

/// `geotimeline video FOLDER [--format mp4,webm,gif,apng] [--fps N] [--hold SECONDS]`: encodes a
/// rendered output set into FOLDER/animation.<ext>.
class VideoCommand : public Command {
  public:
    [[nodiscard]] std::string name() const override { return "video"; }
    [[nodiscard]] std::string description() const override {
        return "encode a rendered folder's PNG frames as MP4, WebM, GIF or APNG (needs ffmpeg)";
    }
    void setup(CLI::App& app) override;
    int run(CliContext& context) override;

  private:
    std::string folder_;
    std::string formats_ = "mp4";
    double fps_ = 0;
    double hold_ = 2;
};

}  // namespace gt
