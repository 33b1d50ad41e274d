#include "scenario/yaml_guard.hpp"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <optional>
#include <sstream>
#include <vector>

namespace gt {

namespace {

/// Follows the events of a document and throws InputError at the first event over a limit.
/// Counts every value as aliases would expand it, without expanding anything: an anchor's
/// expanded size is known when its node ends, and an alias adds that size to its parent.
class StructureGuard final : public YAML::EventHandler {
  public:
    StructureGuard(std::string file, const ScenarioLimits& limits)
        : file_(std::move(file)), limits_(limits) {}

    // A document after the first must be empty (as in "a: b\n---\n"): it is refused at its
    // start as soon as it holds anything.
    void OnDocumentStart(const YAML::Mark& mark) override {
        // yaml-cpp stuck on a token it cannot read (a ',' starting a value) starts empty
        // documents at the same place without end.
        if (documents_ > 0 && mark.pos == document_start_.pos) {
            fail(mark, "YAML syntax: the text here cannot be read",
                 "a value starting with ',' or another sign YAML uses must be quoted");
        }
        document_start_ = mark;
        if (++documents_ > 1) later_document_ = mark;
    }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        if (anchor != YAML::NullAnchor) refuse_later_document();
        leaf(mark, anchor);
    }
    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override {
        refuse_later_document();
        refuse_tag(mark, tag);
        if (value.size() > limits_.max_scalar_bytes) {
            fail(mark,
                 "a value of " + std::to_string(value.size()) + " bytes, over the limit of " +
                     std::to_string(limits_.max_scalar_bytes),
                 "shorten it: a scenario holds labels and short notes, not documents");
        }
        leaf(mark, anchor);
    }
    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        refuse_later_document();
        if (anchor >= anchor_values_.size() || anchor_values_[anchor] == kOpen) {
            fail(mark, "an alias refers to the value that contains it",
                 "an alias (*name) may only repeat a value that is complete before it");
        }
        add(mark, anchor_values_[anchor]);
    }

    void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value /*style*/) override {
        refuse_later_document();
        refuse_tag(mark, tag);
        open(mark, anchor);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value /*style*/) override {
        refuse_later_document();
        refuse_tag(mark, tag);
        open(mark, anchor);
    }
    void OnMapEnd() override { close(); }

  private:
    /// A tag (`!!binary`, `!custom`) asks for a meaning geotimeline would silently ignore: refused.
    /// yaml-cpp reports an untagged value as "?" (plain) or "!" (quoted).
    void refuse_tag(const YAML::Mark& mark, const std::string& tag) {
        if (tag.empty() || tag == "?" || tag == "!") return;
        std::string shown = tag;
        const std::string core = "tag:yaml.org,2002:";
        if (shown.starts_with(core)) shown = "!!" + shown.substr(core.size());
        if (shown.size() > 40) shown = shown.substr(0, 40) + "...";
        fail(mark, "a YAML tag ('" + shown + "'), which geotimeline does not read",
             "remove the tag; quote the value if it starts with '!'");
    }

    static constexpr long kOpen = -1;  ///< anchor_values_ of a node that has not ended yet

    struct OpenNode {
        YAML::Mark mark;
        YAML::anchor_t anchor;
        long values;
    };

    void open(const YAML::Mark& mark, YAML::anchor_t anchor) {
        if (open_.size() >= static_cast<std::size_t>(limits_.max_nesting)) {
            fail(mark,
                 "lists and mappings nested deeper than " + std::to_string(limits_.max_nesting) +
                     " levels",
                 "a scenario needs only a few levels: check the brackets and indentation");
        }
        set_anchor(anchor, kOpen);
        open_.push_back({mark, anchor, 1});
    }

    void close() {
        const OpenNode done = open_.back();
        open_.pop_back();
        set_anchor(done.anchor, done.values);
        add(done.mark, done.values);
    }

    void leaf(const YAML::Mark& mark, YAML::anchor_t anchor) {
        set_anchor(anchor, 1);
        add(mark, 1);
    }

    void set_anchor(YAML::anchor_t anchor, long values) {
        if (anchor == YAML::NullAnchor) return;
        if (anchor >= anchor_values_.size()) anchor_values_.resize(anchor + 1, 0);
        anchor_values_[anchor] = values;
    }

    /// Adds `values` to the enclosing node (or the document), saturating at the limit.
    void add(const YAML::Mark& mark, long values) {
        long& total = open_.empty() ? document_values_ : open_.back().values;
        total = std::min(total + values, limits_.max_values + 1);
        if (total > limits_.max_values) {
            fail(mark,
                 "the document holds over " + std::to_string(limits_.max_values) +
                     " values (aliases counted as often as they repeat)",
                 "a scenario this large is a mistake or an attack ('billion laughs')");
        }
    }

    void refuse_later_document() const {
        if (!later_document_) return;
        fail(*later_document_, "the file holds more than one YAML document",
             "a scenario is one document: remove the '---' line and what follows, or split "
             "the file");
    }

    [[noreturn]] void fail(const YAML::Mark& mark, std::string message, std::string hint) const {
        throw InputError(Diagnostic{Diagnostic::Severity::error,
                                    {file_, mark.line + 1, mark.column + 1},
                                    std::move(message),
                                    std::move(hint)});
    }

    std::string file_;
    const ScenarioLimits& limits_;
    int documents_ = 0;
    YAML::Mark document_start_;                 ///< where the last document started
    std::optional<YAML::Mark> later_document_;  ///< the start of the second document, if any
    long document_values_ = 0;
    std::vector<OpenNode> open_;
    std::vector<long> anchor_values_;  ///< expanded size by anchor id (kOpen while open)
};

}  // namespace

std::optional<Diagnostic> check_yaml_structure(const std::string& yaml, const std::string& file,
                                               const ScenarioLimits& limits) {
    std::istringstream in(yaml);
    StructureGuard guard(file, limits);
    try {
        YAML::Parser parser(in);
        while (parser.HandleNextDocument(guard)) {
        }
    } catch (const InputError& e) {
        return e.diagnostics().front();
    } catch (const YAML::Exception& e) {
        return yaml_syntax_error(e, file);
    }
    return std::nullopt;
}

namespace {

/// What most often causes yaml-cpp's message `message`, and how to fix it.
std::string syntax_hint(const std::string& message) {
    if (message.starts_with("illegal map value")) {
        return "a value holding ': ' must be quoted, e.g. title: \"Dunkirk: the evacuation\"";
    }
    if (message.starts_with("end of sequence flow not found")) {
        return "a list opened with '[' is not closed with ']' (it may be on an earlier line)";
    }
    if (message.starts_with("end of map flow not found")) {
        return "a mapping opened with '{' is not closed with '}' (it may be on an earlier line)";
    }
    if (message.starts_with("unknown escape character")) {
        return "inside \"double quotes\" a backslash starts an escape: write \\\\ or use "
               "'single quotes'";
    }
    if (message.starts_with("illegal tab")) return "indent with spaces, not tabs";
    return "check indentation and quoting near this point";
}

}  // namespace

Diagnostic yaml_syntax_error(const YAML::Exception& e, const std::string& file) {
    SourcePos pos{file, 0, 0};
    if (!e.mark.is_null()) pos = {file, e.mark.line + 1, e.mark.column + 1};
    return {Diagnostic::Severity::error, pos, "YAML syntax: " + e.msg, syntax_hint(e.msg)};
}

}  // namespace gt
