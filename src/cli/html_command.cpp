#include "cli/html_command.hpp"

#include <fstream>
#include <nlohmann/json.hpp>
#include <ostream>

#include "cli/scene_flags.hpp"
#include "output/html_player.hpp"
#include "output/staged_directory.hpp"
#include "scenario/loader.hpp"

namespace gt {

namespace {

/// https://host/..., http://host/... or a path from a site's root (/graphics/...): a folder or a
/// page, without a query or fragment (index.html is added to a folder) or spaces and quotes.
bool is_web_address(const std::string& url) {
    if (url.find_first_of(" \t\r\n\"'<>\\?#") != std::string::npos) return false;
    for (const std::string scheme : {"https://", "http://"}) {
        if (url.starts_with(scheme)) {
            return url.size() > scheme.size() && url[scheme.size()] != '/';
        }
    }
    return url.starts_with("/") && !url.starts_with("//");
}

/// The player's address: `url` itself when it names a page, else index.html in that folder.
std::string player_url(const std::string& url) {
    if (url.ends_with(".html") || url.ends_with(".htm")) return url;
    return url + (url.ends_with("/") ? "" : "/") + "index.html";
}

}  // namespace

void HtmlCommand::setup(CLI::App& app) {
    app.add_option("scenario", scenario_, "scenario YAML file, rendered before")->required();
    app.add_option("-o,--out", out_, "output root holding <scenario>/")->capture_default_str();
    app.add_option("--frames", image_format_, "which frames to show: png or svg")
        ->check(CLI::IsMember({"png", "svg"}))
        ->capture_default_str();
    app.add_option("--url", url_,
                   "where OUT/<scenario>/ will be published (https://..., or a path on the site "
                   "from /); the embed snippet points there")
        ->check(CLI::Validator(
            [](const std::string& url) -> std::string {
                if (is_web_address(url)) return {};
                return "'" + url +
                       "' is not a folder's web address: give https://host/path/ or a path from "
                       "the site's root, /path/, without spaces, ? or #";
            },
            "URL"));
}

int HtmlCommand::run(CliContext& context) {
    const LoadedScenario loaded = load_scenario(scenario_, {}, context.gazetteer);
    const std::filesystem::path folder =
        std::filesystem::path(out_) / safe_component(loaded.scenario.name);
    const std::string page = player_html(folder, loaded.scenario, image_format_);
    const std::filesystem::path file = folder / "index.html";
    write_atomically(file,
                     [&](const std::filesystem::path& partial) { std::ofstream(partial) << page; });
    const std::string src = url_.empty() ? file.filename().string() : player_url(url_);
    context.out << "wrote " << file.string() << "\nembed it with:\n"
                << embed_snippet(src, loaded.scenario.title, loaded.scenario.map.width,
                                 loaded.scenario.map.height)
                << '\n';
    if (url_.starts_with("http://")) {
        // Browsers block an http:// frame inside an https:// page (mixed content), which most
        // news sites are: the box would stay empty.
        context.err << "geotimeline: warning: --url " << url_
                    << ": an https:// page will not show a player from an http:// address; "
                       "publish the folder over https\n";
    }
    if (url_.empty()) {
        context.out << "(this src works only from a page in " << folder.string()
                    << "/: give --url with the address where that folder is published)\n";
    }
    return 0;
}

}  // namespace gt
