#include "output/manifest.hpp"

#include <algorithm>
#include <fstream>

#include "timeline/time.hpp"

namespace gt {

namespace {

InputError mismatch(const std::string& message, const std::string& hint) {
    return InputError(Diagnostic{Diagnostic::Severity::error, {"merge", 0, 0}, message, hint});
}

}  // namespace

nlohmann::json manifest_header(const Scenario& scenario, const Scene& scene) {
    return {{"scenario", scenario.name},
            {"title", scenario.title},
            {"width", scene.layout.width},
            {"height", scene.layout.height},
            {"fps", scenario.timeline.fps},
            {"crs", scene.projection.crs()},
            {"basemap_detail", scene.basemap_details()},
            {"start", format_iso(scenario.timeline.start)},
            {"end", format_iso(scenario.timeline.end)}};
}

nlohmann::json full_manifest(nlohmann::json header, std::vector<nlohmann::json> frames) {
    header["frames"] = std::move(frames);
    return header;
}

nlohmann::json selection_manifest(nlohmann::json header, std::vector<nlohmann::json> frames,
                                  std::size_t frames_total) {
    header["frames"] = std::move(frames);
    header["selection"] = {{"frames_total", frames_total}};
    return header;
}

nlohmann::json partial_manifest(nlohmann::json header, std::vector<nlohmann::json> frames,
                                const Shard& shard, std::size_t frames_total) {
    header["frames"] = std::move(frames);
    header["shard"] = {
        {"index", shard.index}, {"count", shard.count}, {"frames_total", frames_total}};
    return header;
}

nlohmann::json merge_manifests(const std::vector<nlohmann::json>& partials) {
    if (partials.empty()) throw mismatch("no shards to merge", "name every shard's folder");
    auto header_of = [](nlohmann::json m) {
        m.erase("frames");
        m.erase("shard");
        return m;
    };
    const nlohmann::json header = header_of(partials.front());
    const int count = partials.front().at("shard").at("count").get<int>();
    const auto total = partials.front().at("shard").at("frames_total").get<std::size_t>();
    std::vector<bool> shard_seen(static_cast<std::size_t>(count), false);
    std::vector<nlohmann::json> frames(total);
    for (const nlohmann::json& partial : partials) {
        if (header_of(partial) != header || partial.at("shard").at("count").get<int>() != count ||
            partial.at("shard").at("frames_total").get<std::size_t>() != total) {
            throw mismatch(
                "the shards come from different renders (scenario, size, timeline or "
                "shard count differ)",
                "render every shard of one scenario with the same options");
        }
        const int index = partial.at("shard").at("index").get<int>();
        if (index < 1 || index > count || shard_seen[static_cast<std::size_t>(index - 1)]) {
            throw mismatch("shard " + std::to_string(index) + " is given twice or out of range",
                           "name each shard's folder once");
        }
        shard_seen[static_cast<std::size_t>(index - 1)] = true;
        for (const nlohmann::json& frame : partial.at("frames")) {
            const auto k = frame.at("index").get<std::size_t>();
            if (k < 1 || k > total || !frames[k - 1].is_null()) {
                throw mismatch("frame " + std::to_string(k) + " is out of range or in two shards",
                               "render every shard of one scenario with the same options");
            }
            frames[k - 1] = frame;
        }
    }
    const auto missing_shard = std::find(shard_seen.begin(), shard_seen.end(), false);
    if (missing_shard != shard_seen.end()) {
        const auto index = std::distance(shard_seen.begin(), missing_shard) + 1;
        throw mismatch(
            "shard " + std::to_string(index) + " of " + std::to_string(count) + " is missing",
            "render it with --shard " + std::to_string(index) + "/" + std::to_string(count) +
                " and name its folder too");
    }
    const auto missing_frame = std::find_if(frames.begin(), frames.end(),
                                            [](const nlohmann::json& f) { return f.is_null(); });
    if (missing_frame != frames.end()) {
        throw mismatch(
            "frame " + std::to_string(missing_frame - frames.begin() + 1) + " is in no shard",
            "a shard's render was incomplete: render it again");
    }
    return full_manifest(header, std::move(frames));
}

void write_manifest(const std::filesystem::path& file, const nlohmann::json& json) {
    std::ofstream out(file, std::ios::binary);
    out << json.dump(2) << '\n';
    out.close();
    if (!out) throw RuntimeError(file.string() + ": cannot write the manifest");
}

nlohmann::json read_manifest(const std::filesystem::path& folder) {
    const std::filesystem::path file = folder / manifest_file;
    std::ifstream in(file);
    if (!in) {
        // A folder that holds no render is a mistake in the command, not a failure: exit 2.
        throw InputError(Diagnostic{Diagnostic::Severity::error,
                                    {file.string(), 0, 0},
                                    "no manifest: this folder holds no render",
                                    "render the scenario first (geotimeline render SCENARIO), or "
                                    "name the folder a render wrote, e.g. out/<scenario>"});
    }
    try {
        return nlohmann::json::parse(in);
    } catch (const nlohmann::json::exception& e) {
        throw RuntimeError(file.string() + ": not a manifest: " + e.what());
    }
}

}  // namespace gt
