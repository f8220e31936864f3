// The kzsec scenario file format, version 1 (docs/scenarios.md).

#include "json_document.hpp"
#include "json_records.hpp"
#include "kzsec/detail/file_io.hpp"
#include "kzsec/errors.hpp"
#include "kzsec/scenario.hpp"

namespace kzsec::scenario {

namespace {

using detail::json;
using detail::json_pointer;
using detail::json_reader;
using detail::record_years;

/// Checks the keys an edit of its kind may have, and those it must have.
void check_edit_keys(const json_reader& r, const json& j, const json_pointer& p, edit_kind kind) {
    switch (kind) {
        case edit_kind::set_relation:
            r.keys(j, p, {"kind", "year", "until", "label", "note", "a", "b", "domain", "directed", "value", "confidence"},
                   {"year", "a", "b", "domain", "value"});
            break;
        case edit_kind::change_relation:
            r.keys(j, p, {"kind", "year", "until", "label", "note", "a", "b", "domain", "directed", "delta"},
                   {"year", "a", "b", "domain", "delta"});
            break;
        case edit_kind::remove_relation:
            r.keys(j, p, {"kind", "year", "until", "label", "note", "a", "b", "domain", "directed"},
                   {"year", "a", "b", "domain"});
            break;
        case edit_kind::add_actor: r.keys(j, p, {"kind", "year", "label", "note", "actor"}, {"year", "actor"}); break;
        case edit_kind::remove_actor:
            r.keys(j, p, {"kind", "year", "until", "label", "note", "actor"}, {"year", "actor"});
            break;
        case edit_kind::add_membership:
            r.keys(j, p, {"kind", "year", "until", "label", "note", "membership"}, {"year", "membership"});
            break;
        case edit_kind::remove_membership:
            r.keys(j, p, {"kind", "year", "until", "label", "note", "member", "organisation"},
                   {"year", "member", "organisation"});
            break;
        case edit_kind::scale_domain:
            r.keys(j, p, {"kind", "year", "until", "label", "note", "domain", "factor"}, {"year", "domain", "factor"});
            break;
        case edit_kind::apply_event:
            r.keys(j, p, {"kind", "year", "until", "label", "note", "event"}, {"year", "event"});
            break;
        case edit_kind::extend: r.keys(j, p, {"kind", "year", "until", "label", "note"}, {"year"}); break;
    }
}

/// The fields that depend on the kind of edit (the common ones are read by `read_edit`).
void read_edit_fields(const json_reader& r, const json& j, const json_pointer& p, edit& e) {
    switch (e.kind) {
        case edit_kind::set_relation:
        case edit_kind::change_relation:
        case edit_kind::remove_relation:
            e.a = r.str(j, p, "a");
            e.b = r.str(j, p, "b");
            e.domain = r.str(j, p, "domain");
            e.directed = r.boolean(j, p, "directed", false);
            if (e.kind == edit_kind::set_relation) {
                e.value = r.number(j, p, "value");
                if (j.contains("confidence")) e.conf = r.conf(j, p, confidence::medium);
            } else if (e.kind == edit_kind::change_relation) {
                e.value = r.number(j, p, "delta");
            }
            break;
        case edit_kind::add_actor: e.new_actor = detail::read_actor(r, j.at("actor"), p / "actor"); break;
        case edit_kind::remove_actor: e.a = r.str(j, p, "actor"); break;
        case edit_kind::add_membership:
            e.new_membership = detail::read_membership(r, j.at("membership"), p / "membership", record_years::from_context);
            break;
        case edit_kind::remove_membership:
            e.a = r.str(j, p, "member");
            e.b = r.str(j, p, "organisation");
            break;
        case edit_kind::scale_domain:
            e.domain = r.str(j, p, "domain");
            e.value = r.number(j, p, "factor");
            break;
        case edit_kind::apply_event:
            e.new_event = detail::read_event(r, j.at("event"), p / "event", record_years::from_context);
            e.new_event.year = e.year;
            break;
        case edit_kind::extend: break;
    }
}

edit read_edit(const json_reader& r, const json& j, const json_pointer& p) {
    r.object(j, p);
    if (!j.contains("kind")) r.fail(p, "missing required field 'kind'");
    const std::string kind = r.str(j, p, "kind");
    edit e;
    try {
        e.kind = parse_edit_kind(kind);
    } catch (const invalid_input&) {
        r.fail(p / "kind", "unknown edit kind '" + kind + "'");
    }
    check_edit_keys(r, j, p, e.kind);
    e.year = r.integer(j, p, "year");
    if (j.contains("until")) e.until = r.integer(j, p, "until");
    e.label = r.str(j, p, "label");
    e.note = r.str(j, p, "note");
    read_edit_fields(r, j, p, e);
    return e;
}

json edit_to_json(const edit& e) {
    json x;
    x["kind"] = std::string(to_string(e.kind));
    x["year"] = e.year;
    if (e.until && e.kind != edit_kind::add_actor) x["until"] = *e.until;
    switch (e.kind) {
        case edit_kind::set_relation:
        case edit_kind::change_relation:
        case edit_kind::remove_relation:
            x["a"] = e.a;
            x["b"] = e.b;
            x["domain"] = e.domain;
            if (e.directed) x["directed"] = true;
            if (e.kind == edit_kind::set_relation) {
                x["value"] = e.value;
                if (e.conf) x["confidence"] = std::string(to_string(*e.conf));
            }
            if (e.kind == edit_kind::change_relation) x["delta"] = e.value;
            break;
        case edit_kind::add_actor: x["actor"] = detail::actor_to_json(e.new_actor); break;
        case edit_kind::remove_actor: x["actor"] = e.a; break;
        case edit_kind::add_membership:
            x["membership"] = detail::membership_to_json(e.new_membership, record_years::from_context);
            break;
        case edit_kind::remove_membership:
            x["member"] = e.a;
            x["organisation"] = e.b;
            break;
        case edit_kind::scale_domain:
            x["domain"] = e.domain;
            x["factor"] = e.value;
            break;
        case edit_kind::apply_event: x["event"] = detail::event_to_json(e.new_event, record_years::from_context); break;
        case edit_kind::extend: break;
    }
    if (!e.label.empty()) x["label"] = e.label;
    if (!e.note.empty()) x["note"] = e.note;
    return x;
}

}  // namespace

std::string to_json(const scenario& s, int indent) {
    json j;
    j["format"] = "kzsec-scenario";
    j["version"] = 1;
    j["name"] = s.name;
    if (!s.description.empty()) j["description"] = s.description;
    if (s.horizon) j["horizon"] = *s.horizon;
    json edits = json::array();
    for (const auto& e : s.edits) edits.push_back(edit_to_json(e));
    j["edits"] = std::move(edits);
    return detail::dump_json(j, indent, "scenario::to_json");
}

scenario scenario_from_json(std::string_view text, std::string_view where) {
    const json_reader r{std::string(where)};
    const json j = detail::parse_json_document(text, r.origin());
    const json_pointer root;
    r.keys(j, root, {"format", "version", "name", "description", "horizon", "edits"},
           {"format", "version", "name", "edits"});
    const json& f = j.at("format");
    if (!f.is_string() || f.get<std::string>() != "kzsec-scenario")
        r.fail(root / "format", "expected \"kzsec-scenario\", got " + json_reader::type_of(f));
    if (const int v = r.integer(j, root, "version"); v != 1)
        r.fail(root / "version", "unsupported version " + std::to_string(v) + " (this kzsec reads version 1)");
    scenario s;
    s.name = r.str(j, root, "name");
    s.description = r.str(j, root, "description");
    if (j.contains("horizon")) s.horizon = r.integer(j, root, "horizon");
    const json& es = r.array(j.at("edits"), root / "edits");
    for (std::size_t i = 0; i < es.size(); ++i) s.edits.push_back(read_edit(r, es[i], root / "edits" / i));
    return s;
}

scenario read_scenario(const std::filesystem::path& path) {
    scenario s = scenario_from_json(detail::read_input_file(path), path.string());
    s.source = path.string();
    return s;
}

void write_scenario(const scenario& s, const std::filesystem::path& path) {
    detail::write_file_atomic(path, to_json(s) + "\n", "write_scenario");
}

}  // namespace kzsec::scenario
