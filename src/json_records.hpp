#pragma once
// The one JSON record codec of the kzsec file formats: reading and writing the
// records (actors, relations, memberships, events, metrics) that the network
// format (io_json.cpp) and the scenario format (scenario_json.cpp) share, with
// one set of checks and one error format. Private to the library (it exposes
// nlohmann::json); the formats are documented in docs/file-format.md and
// docs/scenarios.md.
//
// What is checked here is what a record can check on its own: keys (unknown
// keys are errors, required keys present), types, finite numbers, integers in
// the range of `int`, years in min_year..max_year and not reversed, enumerations
// (kind, confidence), capability years, non-empty ids and actor lists, relation
// values in [-1, 1]. What needs the rest of the document (duplicate ids, actors
// and domains that must exist, overlapping relations) is checked by the format.
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "kzsec/model.hpp"

namespace kzsec::detail {

using json = nlohmann::ordered_json;
using json_pointer = json::json_pointer;

/// Reader of one JSON document: knows its origin (file name or "<string>") and
/// turns every problem into a `parse_error` at a JSON pointer.
class json_reader {
public:
    explicit json_reader(std::string origin) : origin_(std::move(origin)) {}

    /// Throws `parse_error::at(origin, where, what)`; the root is written "/".
    [[noreturn]] void fail(const json_pointer& where, const std::string& what) const;

    /// "integer 5", "number 1.5", "string \"x\"", "boolean true", "null", "an array", "an object".
    static std::string type_of(const json& v);

    /// `v` if it is an object, else fails with "expected <what>, got <type>".
    const json& object(const json& v, const json_pointer& p, const char* what = "an object") const;
    /// `v` if it is an array, else fails.
    const json& array(const json& v, const json_pointer& p) const;
    /// `obj` must be an object; a key not in `allowed` fails (naming the allowed
    /// keys), a key of `required` that is missing fails.
    void keys(const json& obj, const json_pointer& p, std::initializer_list<const char*> allowed,
              std::initializer_list<const char*> required) const;

    /// The string at `obj[key]`, or `def` if the key is absent.
    std::string str(const json& obj, const json_pointer& p, const char* key, std::string def = {}) const;
    /// The boolean at `obj[key]`, or `def` if the key is absent.
    bool boolean(const json& obj, const json_pointer& p, const char* key, bool def) const;
    /// A finite number (integers are accepted); a string gets a hint that JSON has no NaN.
    double number(const json& v, const json_pointer& p) const;
    /// The number at `obj[key]`, which must be present.
    double number(const json& obj, const json_pointer& p, const char* key) const;
    /// An integer within the range of `int` (1990.0 and 1990.5 are not integers).
    int integer(const json& v, const json_pointer& p) const;
    /// The integer at `obj[key]`, which must be present.
    int integer(const json& obj, const json_pointer& p, const char* key) const;
    /// A year: an integer in `min_year..max_year`.
    int year(const json& obj, const json_pointer& p, const char* key) const;
    /// The years `from`..`to` of `obj` (both present, supported, not reversed).
    year_range years(const json& obj, const json_pointer& p) const;
    /// `obj["confidence"]` (high, medium or low), or `def` if absent.
    confidence conf(const json& obj, const json_pointer& p, confidence def) const;
    /// `obj[key]`, an object of strings; empty if the key is absent.
    std::map<std::string, std::string> string_map(const json& obj, const json_pointer& p, const char* key) const;

    const std::string& origin() const noexcept { return origin_; }

private:
    std::string origin_;
};

/// Whether a membership or an event carries its own years (network format), or
/// takes them from elsewhere (scenario edits, whose `year` applies).
enum class record_years { in_record, from_context };

/// Each reader checks the record on its own (see the top of this file) and
/// fails at `p` or below.
actor read_actor(const json_reader& r, const json& v, const json_pointer& p);
relation read_relation(const json_reader& r, const json& v, const json_pointer& p);
membership read_membership(const json_reader& r, const json& v, const json_pointer& p, record_years years);
event read_event(const json_reader& r, const json& v, const json_pointer& p, record_years years);
metric read_metric(const json_reader& r, const json& v, const json_pointer& p);

/// The writers emit the keys in a fixed order and leave out empty optional
/// strings, so that reading gives back an equal record (`years` as when read).
json actor_to_json(const actor& a);
json relation_to_json(const relation& x);
json membership_to_json(const membership& m, record_years years);
json event_to_json(const event& e, record_years years);
json metric_to_json(const metric& m);

/// `doc.dump(indent)` (indent < 0: one line) as UTF-8 without escaping;
/// a string that is not valid UTF-8 becomes `invalid_input` naming `who`.
std::string dump_json(const json& doc, int indent, std::string_view who);

}  // namespace kzsec::detail
