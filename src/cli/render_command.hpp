#pragma once
#include "cli/command.hpp"
#include "cli/scene_flags.hpp"
#include "cli/signal_stop.hpp"
#include "output/render_job.hpp"

namespace gt {

/// `geotimeline render SCENARIO [--out DIR] [--format png,svg] [--scale N] [--theme T] [--at DATE]
/// [--jobs N] [--memory SIZE] [--shard I/N]`. SIGINT/SIGTERM stop it between frames, keeping the
/// previous output.
class RenderCommand : public Command {
  public:
    [[nodiscard]] std::string name() const override { return "render"; }
    [[nodiscard]] std::string description() const override {
        return "render a scenario's frames and manifest into OUT/<scenario>/";
    }
    void setup(CLI::App& app) override;
    int run(CliContext& context) override;

  private:
    int render_once(CliContext& context, const SignalStop& stop);
    /// Lowers `options.jobs` to what fits in the memory budget, saying so when --jobs asked for
    /// more. @throws InputError when not even one frame fits.
    void note_jobs_within_budget(CliContext& context, const Scenario& scenario,
                                 RenderOptions& options) const;
    /// render_once, printing an error instead of throwing it (watch mode carries on).
    int render_reporting_errors(CliContext& context, const SignalStop& stop);
    /// Modification times of the scenario, its track files and the style files.
    [[nodiscard]] std::vector<std::filesystem::file_time_type> watched_stamp(
        const CliContext& context) const;

    std::string scenario_;
    std::string out_ = "out";
    std::string formats_ = "png";
    std::vector<std::string> at_;
    std::string frames_;
    std::string shard_;
    SceneFlags scene_;
    unsigned jobs_ = 0;  ///< 0: one per core
    std::string memory_ = "1G";
    std::string png_compression_ = "fast";
    std::string svg_text_ = "text";
    bool quiet_ = false;
    bool watch_ = false;
    /// Track files the last render read, or named in its errors (for --watch).
    std::vector<std::filesystem::path> watched_tracks_;
};

}  // namespace gt
