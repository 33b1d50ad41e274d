#include "cli/merge_command.hpp"

#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdint>
#include <fstream>
#include <nlohmann/json.hpp>
#include <ostream>

#include "cli/app.hpp"
#include "cli/signal_stop.hpp"
#include "common/contained_file.hpp"
#include "common/error.hpp"
#include "output/manifest.hpp"
#include "output/render_job.hpp"
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

/// A manifest is a few bytes a frame; this is far beyond any render's.
constexpr std::size_t kMaxManifestBytes = 64U * 1024U * 1024U;
/// More than any scenario's frames (scenario/limits.hpp), so a manifest claiming more is forged.
constexpr std::size_t kMaxFrames = 1'000'000;

/// The partial manifest's frame count and shard numbers, checked before anything is sized by
/// them.
void check_shard_numbers(const fs::path& folder, const nlohmann::json& shard) {
    const auto total = shard.at("frames_total").get<std::int64_t>();
    const auto count = shard.at("count").get<std::int64_t>();
    if (total < 1 || total > static_cast<std::int64_t>(kMaxFrames) || count < 1 || count > total) {
        throw not_a_shard(folder, "its manifest gives " + std::to_string(total) + " frames in " +
                                      std::to_string(count) + " shards");
    }
}

nlohmann::json read_partial_manifest(const fs::path& folder) {
    OpenResult opened = open_listed_file(folder, partial_manifest_file);
    if (const auto* problem = std::get_if<FileProblem>(&opened)) {
        throw not_a_shard(folder, problem->kind == FileProblem::Kind::missing
                                      ? std::string("no ") + partial_manifest_file
                                      : problem->message);
    }
    const std::string text = std::get<OpenedFile>(opened).read(kMaxManifestBytes);
    nlohmann::json manifest = nlohmann::json::parse(text, nullptr, false);
    if (text.size() > kMaxManifestBytes || manifest.is_discarded() || !manifest.is_object() ||
        !manifest.contains("shard") || !manifest.contains("frames")) {
        throw not_a_shard(folder, std::string(partial_manifest_file) + " is not a shard manifest");
    }
    check_shard_numbers(folder, manifest.at("shard"));
    return manifest;
}

/// Copies the open file `from` to `to`, from its descriptor: what was checked is what is copied.
void copy_opened(const OpenedFile& from, const fs::path& to) {
    std::ofstream out(to, std::ios::binary | std::ios::trunc);
    std::array<char, 65536> buffer{};
    off_t at = 0;
    while (true) {
        const ssize_t got = ::pread(from.fd(), buffer.data(), buffer.size(), at);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) throw RuntimeError(from.path().string() + ": cannot read");
        if (got == 0) break;
        out.write(buffer.data(), got);
        at += got;
    }
    out.close();
    if (!out) throw RuntimeError(to.string() + ": cannot write");
}

/// Copies every file a shard's manifest lists into `target`: plain files of the shard's folder
/// only, never a link or a path that leads elsewhere.
/// @throws Interrupted when `stop` received a signal (checked between frames).
void copy_frames(const fs::path& shard, const nlohmann::json& manifest, const fs::path& target,
                 const SignalStop& stop) {
    for (const nlohmann::json& frame : manifest.at("frames")) {
        if (stop.received() != 0) throw Interrupted();
        for (const auto& [format, file] : frame.at("files").items()) {
            const std::string name = file.get<std::string>();
            // Names come from a file on disk: never let one climb out of the folder.
            if (safe_component(name) != name)
                throw not_a_shard(shard, "bad file name '" + quoted_excerpt(name) + "'");
            OpenResult opened = open_listed_file(shard, name);
            if (const auto* problem = std::get_if<FileProblem>(&opened)) {
                if (problem->kind == FileProblem::Kind::missing ||
                    problem->kind == FileProblem::Kind::unreadable) {
                    throw RuntimeError((shard / name).string() +
                                       ": cannot copy: " + problem->message);
                }
                throw not_a_shard(shard, "the frame " + problem->message);
            }
            copy_opened(std::get<OpenedFile>(opened), target / name);
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
        staged.commit([](const std::string& name) { return !is_render_output(name); });
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
