#include "output/html_player.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string_view>

#include "common/error.hpp"
#include "common/markup_text.hpp"
#include "output/manifest.hpp"

namespace gt {

namespace {

// The page: plain HTML, CSS and JavaScript with no external resources, so it works from a file,
// an intranet or a report's web page alike. {{DATA_JSON}} is replaced with the frames and events.
constexpr const char* kTemplate = R"HTML(<!doctype html>
<html lang="{{LANG}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{TITLE}}</title>
<style>
  html, body { margin: 0; background: #f4f2ee; font: 15px/1.4 "Noto Sans", sans-serif; color: #1d1d1b; }
  .player { max-width: 100%; }
  .frame { display: block; width: 100%; height: auto; aspect-ratio: {{ASPECT}}; background: #c6dbe8; }
  .controls { display: flex; align-items: center; gap: 12px; padding: 0 12px; height: {{CONTROLS_HEIGHT}}px; box-sizing: border-box; overflow: hidden; }
  button { font: inherit; min-width: 84px; padding: 4px 10px; border: 1px solid #888; border-radius: 4px; background: #fff; cursor: pointer; }
  .track { position: relative; flex: 1; }
  input[type=range] { width: 100%; margin: 0; }
  .ticks { position: relative; height: 10px; }
  .tick { position: absolute; top: 0; width: 0; height: 0; border-left: 5px solid transparent; border-right: 5px solid transparent; border-top: 8px solid #a4161a; transform: translateX(-5px); }
  .date { min-width: 170px; text-align: right; font-weight: bold; font-variant-numeric: tabular-nums; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  @media (max-width: 560px) {
    .controls { gap: 8px; padding: 0 8px; font-size: 13px; }
    button { min-width: 0; padding: 3px 8px; }
    .date { min-width: 0; flex: 0 1 auto; }
  }
</style>
</head>
<body>
<div class="player">
  <img class="frame" id="frame" alt="">
  <div class="controls">
    <button id="play" type="button" aria-label="{{PLAY}} / {{PAUSE}} ({{SPACE}})">{{PLAY}}</button>
    <div class="track">
      <div class="ticks" id="ticks" aria-hidden="true"></div>
      <input type="range" id="scrubber" min="1" value="1" step="1" aria-label="{{DATE}}">
    </div>
    <span class="date" id="date"></span>
  </div>
</div>
<script>
const DATA = {{DATA_JSON}};
const frame = document.getElementById('frame');
const scrubber = document.getElementById('scrubber');
const dateLabel = document.getElementById('date');
const playButton = document.getElementById('play');
const times = DATA.frames.map(f => Date.parse(f.time));
const first = times[0], last = times[times.length - 1];
let timer = null;
scrubber.max = DATA.frames.length;

function show(index) {
  index = Math.max(1, Math.min(DATA.frames.length, index));
  const f = DATA.frames[index - 1];
  scrubber.value = index;
  frame.src = f.file;
  frame.alt = DATA.title + ', ' + f.label;
  dateLabel.textContent = f.label;
}
// A date alone is midnight and a time without Z or an offset a clock time, both on the map's
// clock, as the scenario and 'render --at' read them.
function parseWhen(text) {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?))?$/.exec(text);
  if (!m) return Date.parse(text);
  return Date.parse(m[1] + 'T' + (m[2] || '00:00') + 'Z') - DATA.utcOffsetMinutes * 60000;
}
function nearest(ms) {
  let best = 0;
  times.forEach((t, i) => { if (Math.abs(t - ms) < Math.abs(times[best] - ms)) best = i; });
  return best + 1;
}
function play() {
  if (timer) { clearInterval(timer); timer = null; playButton.textContent = DATA.words.play; return; }
  if (+scrubber.value >= DATA.frames.length) show(1);
  playButton.textContent = DATA.words.pause;
  timer = setInterval(() => {
    if (+scrubber.value >= DATA.frames.length) { play(); return; }
    show(+scrubber.value + 1);
  }, 1000 / DATA.fps);
}
function fromHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  if (params.has('frame')) show(parseInt(params.get('frame'), 10) || 1);
  // A '+' in "#t=...T15:00+09:00" reaches us as a space.
  else if (params.has('t')) show(nearest(parseWhen(params.get('t').replace(' ', '+'))));
  else show(1);
}
DATA.events.forEach(e => {
  const tick = document.createElement('div');
  tick.className = 'tick';
  tick.style.left = (last > first ? (Date.parse(e.time) - first) / (last - first) * 100 : 0) + '%';
  tick.style.borderTopColor = e.color;
  tick.title = e.label;
  document.getElementById('ticks').appendChild(tick);
});
scrubber.addEventListener('input', () => show(+scrubber.value));
playButton.addEventListener('click', play);
document.addEventListener('keydown', e => {
  // One step a key, also with the scrubber focused: its own stepping is held back.
  const steps = {ArrowRight: +scrubber.value + 1, ArrowLeft: +scrubber.value - 1,
                 Home: 1, End: DATA.frames.length};
  if (e.altKey || e.ctrlKey || e.metaKey) return;  // the browser's own shortcuts
  if (e.key === ' ') { e.preventDefault(); play(); }
  else if (e.key in steps) { e.preventDefault(); show(steps[e.key]); }
});
window.addEventListener('hashchange', fromHash);
DATA.frames.forEach(f => { const i = new Image(); i.src = f.file; });  // smooth playback
fromHash();
</script>
</body>
</html>
)HTML";

void replace_all(std::string& text, const std::string& from, const std::string& to) {
    for (std::size_t at = text.find(from); at != std::string::npos;
         at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
}

/// The template with each {{NAME}} replaced by its value, in one pass over the template: a value
/// is never searched again, so a title reading "TITLE" or "{{ASPECT}}" stays as written.
/// @throws std::logic_error for a placeholder without a value (a mistake in the template).
std::string fill_template(std::string_view page,
                          const std::map<std::string, std::string, std::less<>>& values) {
    std::string out;
    std::size_t from = 0;
    for (std::size_t open = page.find("{{"); open != std::string_view::npos;
         open = page.find("{{", from)) {
        const std::size_t close = page.find("}}", open);
        const auto value = values.find(page.substr(open + 2, close - open - 2));
        if (close == std::string_view::npos || value == values.end()) {
            throw std::logic_error("HTML template: no value for the placeholder at " +
                                   std::to_string(open));
        }
        out.append(page.substr(from, open - from));
        out += value->second;
        from = close + 2;
    }
    out.append(page.substr(from));
    return out;
}

const char* confidence_color(Confidence c) {
    switch (c) {
        case Confidence::confirmed:
            return "#b3261e";
        case Confidence::reported:
            return "#d9480f";
        case Confidence::claimed:
            return "#7048a8";
        case Confidence::denied:
            return "#7d7d7d";
        case Confidence::unknown:
            return "#4a4a4a";
    }
    return "#4a4a4a";
}

/// The page's language for `lang`: ICU's "ko_KR" is HTML's "ko-KR".
std::string html_language(std::string locale) {
    std::replace(locale.begin(), locale.end(), '_', '-');
    return locale;
}

}  // namespace

std::string player_html(const std::filesystem::path& folder, const Scenario& scenario,
                        const std::string& image_format) {
    const nlohmann::json manifest = read_manifest(folder);
    const TimelineSpec& tl = scenario.timeline;
    nlohmann::json frames = nlohmann::json::array();
    for (const auto& f : manifest.value("frames", nlohmann::json::array())) {
        if (!f.contains("files") || !f["files"].contains(image_format)) continue;
        const Instant t = parse_instant(f["time"].get<std::string>()).value_or(Instant{});
        frames.push_back({{"file", f["files"][image_format]},
                          {"time", f["time"]},
                          {"label", format_label(t, tl.date_format, tl.utc_offset, tl.locale) +
                                        (tl.time_format.empty()
                                             ? ""
                                             : ", " + format_label(t, tl.time_format, tl.utc_offset,
                                                                   tl.locale))}});
    }
    if (frames.empty()) {
        throw RuntimeError((folder / "manifest.json").string() + ": lists no " + image_format +
                           " frames; render with --format " + image_format);
    }
    nlohmann::json events = nlohmann::json::array();
    for (const Event& e : scenario.events) {
        events.push_back({{"time", format_iso(e.start)},
                          {"label", e.label + " (" + scenario.words.level(e.confidence) + ")"},
                          {"color", confidence_color(e.confidence)}});
    }
    const Words& words = scenario.words;
    const nlohmann::json data{{"title", scenario.title},
                              {"fps", manifest.value("fps", 4.0)},
                              {"utcOffsetMinutes", tl.utc_offset.count() / 60},
                              {"frames", frames},
                              {"events", events},
                              {"words", {{"play", words["play"]}, {"pause", words["pause"]}}}};
    // Inside a <script>, "</script" ends it early and "<!--" starts an escape that swallows the
    // end tag: every '<' is written escaped, which JSON allows (a '<' only occurs in strings).
    std::string json = data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    replace_all(json, "<", "\\u003c");
    return fill_template(kTemplate,
                         {{"DATA_JSON", json},
                          {"TITLE", markup_text(scenario.title)},
                          {"LANG", markup_text(html_language(scenario.timeline.locale))},
                          {"PLAY", markup_text(words["play"])},
                          {"PAUSE", markup_text(words["pause"])},
                          {"DATE", markup_text(words["date"])},
                          {"SPACE", markup_text(words["space_key"])},
                          {"CONTROLS_HEIGHT", std::to_string(player_controls_height)},
                          {"ASPECT", std::to_string(manifest.value("width", 16)) + " / " +
                                         std::to_string(manifest.value("height", 9))}});
}

std::string embed_snippet(const std::string& url, const std::string& title, int width, int height) {
    // The frame scales with the width and the controls do not: a padding in percent (of the
    // width) plus their pixels gives the box the player's height at every width.
    char frame_percent[32];
    std::snprintf(frame_percent, sizeof frame_percent, "%.4f", 100.0 * height / std::max(width, 1));
    return "<div style=\"position:relative;padding-top:calc(" + std::string(frame_percent) +
           "% + " + std::to_string(player_controls_height) + "px)\"><iframe src=\"" +
           markup_text(url) + "\" title=\"" + markup_text(title) +
           "\" style=\"position:absolute;top:0;left:0;width:100%;height:100%;border:0\" "
           "loading=\"lazy\" allowfullscreen></iframe></div>";
}

}  // namespace gt
