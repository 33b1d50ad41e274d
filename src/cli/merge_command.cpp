#include "cli/merge_command.hpp"

#include <fstream>
#include <nlohmann/json.hpp>
#include <ostream>

#include "cli/app.hpp"
#include "cli/signal_stop.hpp"
#include "common/error.hpp"
#include "output/manifest.hpp"
#include "output/staged_directory.hpp"

namespace gt {

namespace fs = std::filesystem;

namespace {

InputError not_a_shard(const fs::path& folder, const std::string& why) {
    return InputError(Diagnostic{Diagnostic::Severity::error,
                                 {folder.string(), 0, 0},
                                 "not a shard's output folder: " + why,
                                 "give the folders written by 'geotimeline render --shard I/N'"});
}

nlohmann::json read_partial_manifest(const fs::path& folder) {
    std::ifstream in(folder / partial_manifest_file);
    if (!in) throw not_a_shard(folder, std::string("no ") + partial_manifest_file);
    nlohmann::json manifest = nlohmann::json::parse(in, nullptr, false);
    if (manifest.is_discarded() || !manifest.is_object() || !manifest.contains("shard") ||
        !manifest.contains("frames")) {
        throw not_a_shard(folder, std::string(partial_manifest_file) + " is not a shard manifest");
    }
    return manifest;
}

/// Copies every file a shard's manifest lists into `target`.
/// @throws Interrupted when `stop` received a signal (checked between frames).
void copy_frames(const fs::path& shard, const nlohmann::json& manifest, const fs::path& target,
                 const SignalStop& stop) {
    for (const nlohmann::json& frame : manifest.at("frames")) {
        if (stop.received() != 0) throw Interrupted();
        for (const auto& [format, file] : frame.at("files").items()) {
            const std::string name = file.get<std::string>();
            // Names come from a file on disk: never let one climb out of the folder.
            if (safe_component(name) != name)
                throw not_a_shard(shard, "bad file name '" + name + "'");
            std::error_code ec;
            fs::copy_file(shard / name, target / name, fs::copy_options::overwrite_existing, ec);
            if (ec) throw RuntimeError((shard / name).string() + ": cannot copy: " + ec.message());
        }
    }
}

}  // namespace

void MergeCommand::setup(CLI::App& app) {
    app.add_option("shards", shards_, "output folders of every shard (out-1/<scenario> ...)")
        ->required();
    app.add_option("-o,--out", out_, "output root; the merged set goes to OUT/<scenario>/")
        ->capture_default_str();
    app.add_flag("-q,--quiet", quiet_, "print nothing but errors");
}

int MergeCommand::run(CliContext& context) {
    std::vector<nlohmann::json> partials;
    for (const std::string& shard : shards_) partials.push_back(read_partial_manifest(shard));
    nlohmann::json manifest;
    fs::path folder;
    const SignalStop stop;  // a signal stops the copy; the staging folder is then removed
    try {
        manifest = merge_manifests(partials);
        folder = fs::path(out_) / safe_component(manifest.at("scenario").get<std::string>());
        StagedDirectory staged(folder);
        for (std::size_t i = 0; i < shards_.size(); ++i) {
            copy_frames(shards_[i], partials[i], staged.path(), stop);
        }
        write_manifest(staged.path() / manifest_file, manifest);
        staged.commit();
    } catch (const Interrupted&) {
        context.err << "geotimeline: interrupted; the previous output was kept\n";
        return exit_interrupted_base + stop.received();
    } catch (const nlohmann::json::exception& e) {
        throw InputError(Diagnostic{Diagnostic::Severity::error,
                                    {"merge", 0, 0},
                                    std::string("a shard manifest is malformed: ") + e.what(),
                                    "render the shards again"});
    }
    if (!quiet_) {
        context.out << "merged " << shards_.size() << " shards: " << manifest["frames"].size()
                    << " frames into " << folder.string() << '\n';
    }
    return 0;
}

}  // namespace gt
