// The kzsec network file format, version 1 (JSON): loading with full
// validation (every error names the file and the JSON pointer) and
// deterministic saving. See docs/file-format.md.
#include "kzsec/io.hpp"

#include <cmath>
#include <fstream>
#include <limits>
#include <map>
#include <new>
#include <set>
#include <sstream>
#include <tuple>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "json_document.hpp"
#include "json_records.hpp"
#include "kzsec/detail/file_io.hpp"
#include "kzsec/detail/text.hpp"
#include "kzsec/errors.hpp"
#include "kzsec/limits.hpp"

namespace kzsec {
namespace {

using detail::json;
using detail::json_pointer;
using detail::json_reader;
using detail::record_years;

std::string range_text(const year_range& y) { return std::to_string(y.from) + "-" + std::to_string(y.to); }

/// Builds a network from a parsed document: the records are read by the shared
/// codec (json_records.hpp); this class adds what needs the whole document:
/// the header, duplicate ids, references to actors and domains that must exist,
/// and overlapping relations.
class network_builder {
public:
    network_builder(const json& doc, const json_reader& r) : doc_(doc), r_(r) {}

    network build() {
        header();
        metadata();
        domains();
        actors();
        relations();
        memberships();
        events();
        metrics();
        return std::move(net_);
    }

private:
    void header() {
        r_.object(doc_, root_, "a JSON object at the top level");
        r_.keys(doc_, root_,
                {"format", "version", "metadata", "domains", "actors", "relations", "memberships", "events", "metrics"},
                {"format", "version"});
        const json& f = doc_.at("format");
        if (!f.is_string() || f.get<std::string>() != "kzsec-network")
            r_.fail(root_ / "format", "expected \"kzsec-network\", got " + json_reader::type_of(f));
        const int v = r_.integer(doc_, root_, "version");
        if (v != network_format_version)
            r_.fail(root_ / "version", "unsupported version " + std::to_string(v) + " (this kzsec reads version " +
                                           std::to_string(network_format_version) + ")");
    }

    /// The array at `key`, or null if the document has no such section.
    const json* section(const char* key) const {
        auto it = doc_.find(key);
        if (it == doc_.end()) return nullptr;
        r_.array(*it, root_ / key);
        return &*it;
    }

    /// Runs `fn` (an `add_*` of the network) and re-wraps a validation error of
    /// the model as a parse error at `p`.
    template <class F>
    void guarded(const json_pointer& p, F&& fn) {
        try {
            fn();
        } catch (const parse_error&) {
            throw;
        } catch (const invalid_input& e) {
            r_.fail(p, std::string(detail::strip_kzsec_prefix(e.what())));
        } catch (const unknown_actor& e) {
            r_.fail(p, std::string(detail::strip_kzsec_prefix(e.what())));
        }
    }

    void known_actor(const std::string& id, const json_pointer& p) const {
        if (!actor_at_.count(id)) r_.fail(p, "unknown actor '" + id + "' (not in /actors)");
    }
    void known_domain(const std::string& id, const json_pointer& p) const {
        if (!net_.has_domain(id)) {
            std::string list;
            for (const auto& d : net_.domains()) list += (list.empty() ? "" : ", ") + d.id;
            r_.fail(p, "unknown domain '" + id + "' (known: " + list + ")");
        }
    }
    /// Fails at `p` if `id` was already seen in `section` (at an index kept in `seen`).
    void unique_id(std::map<std::string, std::size_t, std::less<>>& seen, const std::string& id, std::size_t i,
                   const json_pointer& p, const char* what, const char* section_name) const {
        if (auto [pos, fresh] = seen.emplace(id, i); !fresh)
            r_.fail(p, std::string("duplicate ") + what + " id '" + id + "' (first at /" + section_name + "/" +
                           std::to_string(pos->second) + ")");
    }

    void metadata() {
        auto it = doc_.find("metadata");
        if (it == doc_.end()) return;
        const json_pointer p = root_ / "metadata";
        r_.keys(*it, p, {"title", "description", "citation", "license", "extra"}, {});
        net_.metadata.title = r_.str(*it, p, "title");
        net_.metadata.description = r_.str(*it, p, "description");
        net_.metadata.citation = r_.str(*it, p, "citation");
        net_.metadata.license = r_.str(*it, p, "license");
        net_.metadata.extra = r_.string_map(*it, p, "extra");
    }

    void domains() {
        const json* arr = section("domains");
        if (!arr) return;
        std::map<std::string, std::size_t, std::less<>> seen;
        for (std::size_t i = 0; i < arr->size(); ++i) {
            const json_pointer p = root_ / "domains" / i;
            const json& o = (*arr)[i];
            r_.keys(o, p, {"id", "name", "description"}, {"id"});
            domain_info d{r_.str(o, p, "id"), r_.str(o, p, "name"), r_.str(o, p, "description")};
            if (d.id.empty()) r_.fail(p / "id", "empty domain id");
            unique_id(seen, d.id, i, p / "id", "domain", "domains");
            guarded(p, [&] { net_.set_domain(std::move(d)); });
        }
    }

    void actors() {
        const json* arr = section("actors");
        if (!arr) return;
        for (std::size_t i = 0; i < arr->size(); ++i) {
            const json_pointer p = root_ / "actors" / i;
            actor a = detail::read_actor(r_, (*arr)[i], p);
            unique_id(actor_at_, a.id, i, p / "id", "actor", "actors");
            guarded(p, [&] { net_.add_actor(std::move(a)); });
        }
    }

    void relations() {
        const json* arr = section("relations");
        if (!arr) return;
        // key: (a, b, domain, directed) with a <= b for undirected ties
        std::map<std::tuple<std::string, std::string, std::string, bool>, std::vector<std::size_t>> by_pair;
        std::vector<year_range> spans;
        for (std::size_t i = 0; i < arr->size(); ++i) {
            const json_pointer p = root_ / "relations" / i;
            relation x = detail::read_relation(r_, (*arr)[i], p);
            known_actor(x.a, p / "a");
            known_actor(x.b, p / "b");
            known_domain(x.domain, p / "domain");
            auto key = x.directed || x.a < x.b ? std::make_tuple(x.a, x.b, x.domain, x.directed)
                                               : std::make_tuple(x.b, x.a, x.domain, x.directed);
            auto& prev = by_pair[key];
            for (std::size_t j : prev) {
                if (spans[j].overlaps(x.years))
                    r_.fail(p, "overlaps /relations/" + std::to_string(j) + " (" + x.a + (x.directed ? "->" : "-") +
                                   x.b + ", " + x.domain + ", years " + range_text(x.years) + " and " +
                                   range_text(spans[j]) + ")");
            }
            prev.push_back(spans.size());
            spans.push_back(x.years);
            guarded(p, [&] { net_.add_relation(std::move(x)); });
        }
    }

    void memberships() {
        const json* arr = section("memberships");
        if (!arr) return;
        for (std::size_t i = 0; i < arr->size(); ++i) {
            const json_pointer p = root_ / "memberships" / i;
            membership m = detail::read_membership(r_, (*arr)[i], p, record_years::in_record);
            known_actor(m.member, p / "member");
            known_actor(m.organisation, p / "organisation");
            guarded(p, [&] { net_.add_membership(std::move(m)); });
        }
    }

    void events() {
        const json* arr = section("events");
        if (!arr) return;
        std::map<std::string, std::size_t, std::less<>> ids;
        for (std::size_t i = 0; i < arr->size(); ++i) {
            const json_pointer p = root_ / "events" / i;
            event e = detail::read_event(r_, (*arr)[i], p, record_years::in_record);
            if (!e.id.empty()) unique_id(ids, e.id, i, p / "id", "event", "events");
            for (std::size_t k = 0; k < e.actors.size(); ++k) known_actor(e.actors[k], p / "actors" / k);
            if (!e.domain.empty()) known_domain(e.domain, p / "domain");
            guarded(p, [&] { net_.add_event(std::move(e)); });
        }
    }

    void metrics() {
        const json* arr = section("metrics");
        if (!arr) return;
        for (std::size_t i = 0; i < arr->size(); ++i) {
            const json_pointer p = root_ / "metrics" / i;
            metric m = detail::read_metric(r_, (*arr)[i], p);
            known_actor(m.a, p / "a");
            if (!m.b.empty()) known_actor(m.b, p / "b");
            guarded(p, [&] { net_.add_metric(std::move(m)); });
        }
    }

    const json& doc_;
    const json_reader& r_;
    const json_pointer root_;
    network net_;
    std::map<std::string, std::size_t, std::less<>> actor_at_;
};

/// An array of `to_json(record)` for each record of `records`.
template <class Records, class ToJson>
json json_array(const Records& records, ToJson to_json) {
    json out = json::array();
    for (const auto& x : records) out.push_back(to_json(x));
    return out;
}

json metadata_to_json(const network_metadata& md) {
    json m = json::object();
    for (const auto& [key, value] : {std::pair{"title", &md.title}, std::pair{"description", &md.description},
                                     std::pair{"citation", &md.citation}, std::pair{"license", &md.license}})
        if (!value->empty()) m[key] = *value;
    if (!md.extra.empty()) m["extra"] = md.extra;  // a std::map: an object with the keys in order
    return m;
}

json domain_to_json(const domain_info& d) {
    json o;
    o["id"] = d.id;
    if (!d.name.empty()) o["name"] = d.name;
    if (!d.description.empty()) o["description"] = d.description;
    return o;
}

}  // namespace

network network_from_json(std::string_view text, std::string_view origin_view) {
    const json_reader r{std::string(origin_view)};
    const json doc = detail::parse_json_document(text, std::string(origin_view));
    try {
        return network_builder(doc, r).build();
    } catch (const std::bad_alloc&) {
        throw error("[kzsec] " + std::string(origin_view) + ": out of memory while building the network");
    }
}

network read_network(const std::filesystem::path& path) {
    const std::string text = read_file(path);
    return network_from_json(text, path.string());
}

std::string network_to_json(const network& net, int indent) {
    json doc;
    doc["format"] = "kzsec-network";
    doc["version"] = network_format_version;
    doc["metadata"] = metadata_to_json(net.metadata);
    doc["domains"] = json_array(net.domains(), domain_to_json);
    doc["actors"] = json_array(net.actors(), detail::actor_to_json);
    doc["relations"] = json_array(net.relations(), detail::relation_to_json);
    doc["memberships"] =
        json_array(net.memberships(), [](const membership& m) { return detail::membership_to_json(m, record_years::in_record); });
    doc["events"] = json_array(net.events(), [](const event& e) { return detail::event_to_json(e, record_years::in_record); });
    doc["metrics"] = json_array(net.metrics(), detail::metric_to_json);
    return detail::dump_json(doc, indent, "network_to_json") + (indent >= 0 ? "\n" : "");
}

void write_network(const network& net, const std::filesystem::path& path) {
    detail::write_file_atomic(path, network_to_json(net, 2), "write_network");
}

}  // namespace kzsec
