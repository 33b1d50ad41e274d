#pragma once
#include "cli/command.hpp"
#include "cli/scene_flags.hpp"

namespace gt {

/// `geotimeline render SCENARIO [--out DIR] [--format png,svg] [--scale N] [--theme T] [--at DATE]
/// [--jobs N] [--shard I/N]`. SIGINT/SIGTERM stop it between frames, keeping the previous output.
class RenderCommand : public Command {
public:
    [[nodiscard]] std::string name() const override { return "render"; }
    [[nodiscard]] std::string description() const override {
        return "render a scenario's frames and manifest into OUT/<scenario>/";
    }
    void setup(CLI::App& app) override;
    int run(CliContext& context) override;

private:
    std::string scenario_;
    std::string out_ = "out";
    std::string formats_ = "png";
    std::vector<std::string> at_;
    std::string frames_;
    std::string shard_;
    SceneFlags scene_;
    unsigned jobs_ = 0;  ///< 0: one per core
    bool quiet_ = false;
};

}  // namespace gt
