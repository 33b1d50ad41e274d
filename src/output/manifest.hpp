#pragma once
// manifest.json: the scenario's metadata and every frame's files and instant. A shard writes a
// partial manifest (manifest.partial.json: its own frames plus which shard it is); merging the
// partial manifests of all shards gives exactly the manifest of a single run.
#include <filesystem>
#include <nlohmann/json.hpp>
#include <vector>

#include "output/shard.hpp"
#include "render/scene.hpp"

namespace gt {

inline constexpr const char* manifest_file = "manifest.json";
inline constexpr const char* partial_manifest_file = "manifest.partial.json";

/// Everything in the manifest but the frames.
[[nodiscard]] nlohmann::json manifest_header(const Scenario& scenario, const Scene& scene);

/// The complete manifest of a single run.
[[nodiscard]] nlohmann::json full_manifest(nlohmann::json header,
                                           std::vector<nlohmann::json> frames);

/// The manifest of a render of chosen frames only: its frames, and the frame total.
[[nodiscard]] nlohmann::json selection_manifest(nlohmann::json header,
                                                std::vector<nlohmann::json> frames,
                                                std::size_t frames_total);

/// A shard's manifest: its frames, plus its place among the shards and the frame total.
[[nodiscard]] nlohmann::json partial_manifest(nlohmann::json header,
                                              std::vector<nlohmann::json> frames,
                                              const Shard& shard, std::size_t frames_total);

/// The full manifest from the partial manifests of every shard (in any order).
/// @throws InputError when they do not belong together, a shard is missing or twice there,
/// or frames are missing.
[[nodiscard]] nlohmann::json merge_manifests(const std::vector<nlohmann::json>& partials);

/// Reads folder/manifest.json of a rendered output set.
/// @throws RuntimeError naming the file when it is missing or not JSON.
[[nodiscard]] nlohmann::json read_manifest(const std::filesystem::path& folder);

/// Writes `json` the way every manifest is written (2-space indent, final newline).
/// @throws RuntimeError naming the file.
void write_manifest(const std::filesystem::path& file, const nlohmann::json& json);

}  // namespace gt
