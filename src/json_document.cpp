// The one JSON document parser of the kzsec file formats (see json_document.hpp).
#include "json_document.hpp"

#include <cstdio>
#include <new>
#include <set>
#include <utility>
#include <vector>

#include "kzsec/detail/file_io.hpp"
#include "kzsec/detail/text.hpp"
#include "kzsec/errors.hpp"
#include "kzsec/io.hpp"

namespace kzsec::detail {
namespace {

using json = nlohmann::ordered_json;
using pointer = json::json_pointer;

/// Thrown by the parser callback (caught below): a duplicate object key, or
/// nesting deeper than the limit.
struct structure_problem {
    std::string where;
    std::string what;
};

/// Tracks the JSON pointer of the value being parsed, to report duplicate keys
/// (nlohmann keeps the last one silently; a typo must not pass) and to stop at
/// the nesting limit before building a deep document.
class key_tracker {
public:
    explicit key_tracker(int max_depth) : max_depth_(static_cast<std::size_t>(max_depth)) {}
    bool operator()(int /*depth*/, nlohmann::json::parse_event_t ev, json& parsed) {
        using E = nlohmann::json::parse_event_t;
        switch (ev) {
            case E::object_start:
            case E::array_start:
                if (frames_.size() >= max_depth_)
                    throw structure_problem{path(frames_.size()).to_string(),
                                            "nesting deeper than " + std::to_string(max_depth_) +
                                                " arrays or objects (the limit is set by KZSEC_MAX_JSON_DEPTH or "
                                                "kzsec::set_input_limits; docs/reliability.md)"};
                frames_.push_back({ev == E::array_start, 0, {}, {}});
                break;
            case E::key: {
                auto& f = frames_.back();
                f.key = parsed.get<std::string>();
                if (!f.keys.insert(f.key).second)
                    throw structure_problem{(path(frames_.size() - 1) / f.key).to_string(), "duplicate key '" + f.key + "'"};
                break;
            }
            case E::object_end:
            case E::array_end:
                frames_.pop_back();
                child_done();
                break;
            case E::value: child_done(); break;
        }
        return true;
    }

private:
    struct frame {
        bool array;
        std::size_t index;
        std::set<std::string> keys;
        std::string key;
    };
    void child_done() {
        if (!frames_.empty() && frames_.back().array) ++frames_.back().index;
    }
    /// Pointer of the value held by frame `depth` (tokens of the enclosing frames).
    pointer path(std::size_t depth) const {
        pointer p;
        for (std::size_t i = 0; i < depth && i < frames_.size(); ++i) {
            const auto& f = frames_[i];
            p = f.array ? p / f.index : p / f.key;
        }
        return p;
    }
    std::size_t max_depth_;
    std::vector<frame> frames_;
};

std::string line_col(std::string_view text, std::size_t offset) {
    const auto [line, col] = line_column(text, offset);
    return "line " + std::to_string(line) + ", column " + std::to_string(col);
}

}  // namespace

std::string nlohmann_reason(const std::string& msg) {
    auto pos = msg.find("] ");
    std::string rest = pos == std::string::npos ? msg : msg.substr(pos + 2);
    if (rest.rfind("parse error", 0) == 0) {
        auto colon = rest.find(": ");
        if (colon != std::string::npos) rest = rest.substr(colon + 2);
    }
    return rest;
}

nlohmann::ordered_json parse_json_document(std::string_view text, const std::string& origin) {
    const std::size_t bad = find_invalid_utf8(text);
    if (bad != std::string_view::npos) {
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02x", static_cast<unsigned>(static_cast<unsigned char>(text[bad])));
        throw parse_error::at(origin, line_col(text, bad),
                              "invalid UTF-8 (byte " + std::string(hex) + " at byte offset " + std::to_string(bad) +
                                  "; kzsec files must be UTF-8)");
    }
    try {
        key_tracker tracker(get_input_limits().max_json_depth);
        return json::parse(text.begin(), text.end(), std::ref(tracker), /*allow_exceptions=*/true,
                           /*ignore_comments=*/false);
    } catch (const structure_problem& d) {
        throw parse_error::at(origin, d.where.empty() ? "/" : d.where, d.what);
    } catch (const nlohmann::json::parse_error& e) {
        throw parse_error::at(origin, line_col(text, e.byte == 0 ? 0 : e.byte - 1),
                              "invalid JSON (byte " + std::to_string(e.byte) + "): " + nlohmann_reason(e.what()));
    } catch (const nlohmann::json::exception& e) {
        // e.g. out_of_range.406 "number overflow parsing '1e999'": locate the literal.
        std::string msg = nlohmann_reason(e.what());
        std::string where = "?";
        auto q1 = msg.find('\'');
        auto q2 = q1 == std::string::npos ? q1 : msg.find('\'', q1 + 1);
        if (q2 != std::string::npos) {
            auto at = text.find(msg.substr(q1 + 1, q2 - q1 - 1));
            if (at != std::string_view::npos) where = line_col(text, at);
        }
        throw parse_error::at(origin, where, "invalid JSON: " + msg + " (numbers must be finite doubles)");
    } catch (const std::bad_alloc&) {
        throw error("[kzsec] " + origin + ": out of memory while parsing " + std::to_string(text.size()) + " bytes of JSON");
    }
}

}  // namespace kzsec::detail
