// Export of a signed graph as GraphML and Graphviz DOT through Boost.Graph
// (boost::write_graphml with dynamic properties, boost::write_graphviz with property writers). See docs/file-format.md.
#include <ostream>
#include <sstream>
#include <string>
#include <type_traits>
#include <typeinfo>
#include <utility>
#include <vector>

#include <boost/graph/graphml.hpp>
#include <boost/graph/graphviz.hpp>
#include <boost/property_map/dynamic_property_map.hpp>
#include <boost/property_map/function_property_map.hpp>
#include <boost/shared_ptr.hpp>

#include "kzsec/detail/file_io.hpp"
#include "kzsec/detail/text.hpp"
#include "kzsec/errors.hpp"
#include "kzsec/io.hpp"

namespace kzsec {
namespace {

/// Checks that a label can be written into XML 1.0 as character data: valid UTF-8, and no
/// control character but tab and newline (XML cannot carry the others at all, and a parser
/// reads a carriage return back as a newline; Boost's writer escapes only & < > " ').
void check_xml_text(std::string_view s, std::string_view what) {
    if (detail::find_invalid_utf8(s) != std::string_view::npos)
        throw invalid_input("[kzsec] write_graphml: " + std::string(what) + " is not valid UTF-8");
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t' && c != '\n') || u == 0x7f)
            throw invalid_input("[kzsec] write_graphml: " + std::string(what) + " contains control character " +
                                std::to_string(u) + ", which XML 1.0 cannot carry " +
                                (c == '\r' ? "unchanged (a reader turns it into a newline)" : "at all"));
    }
}

/// A double-quoted DOT string (escString: `"` and `\` escaped, a newline as `\n`). Always
/// quoted: Boost's `escape_dot_string` leaves a label that looks like an identifier bare,
/// and a bare `node`, `edge` or `graph` is a DOT keyword, which breaks the file.
std::string dot_quote(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            default: out += c;
        }
    }
    out += '"';
    return out;
}

/// Vertex writer for `boost::write_graphviz`: the quoted label.
struct dot_vertex_writer {
    const signed_graph* g;
    void operator()(std::ostream& out, vertex_t v) const { out << " [label=" << dot_quote(g->label(v)) << "]"; }
};

/// Edge writer for `boost::write_graphviz`: weight (shortest round-trip form), sign and style.
struct dot_edge_writer {
    const signed_adjacency_list* g;
    void operator()(std::ostream& out, edge_t e) const {
        const double w = (*g)[e].weight;
        const bool pos = w > 0;
        out << "[weight=" << detail::format_double(w) << ", sign=" << (pos ? 1 : -1)
            << ", color=" << (pos ? "\"darkgreen\", style=solid" : "\"red\", style=dashed") << "]";
    }
};

/// Graph writer for `boost::write_graphviz`: the default node shape.
struct dot_graph_writer {
    void operator()(std::ostream& out) const { out << "node [shape=ellipse];\n"; }
};

/// A read-only dynamic property of the edges of a signed graph, written with
/// `detail::format_double` (the shortest form that reads back exactly) where Boost's own
/// map would print 6 significant digits; `value()` still says `double`, so GraphML declares
/// `attr.type="double"`.
template <class Value, class Fn>
class edge_property final : public boost::dynamic_property_map {
public:
    explicit edge_property(Fn fn) : fn_(std::move(fn)) {}
    boost::any get(const boost::any& key) override { return fn_(boost::any_cast<edge_t>(key)); }
    std::string get_string(const boost::any& key) override {
        if constexpr (std::is_same_v<Value, double>)
            return detail::format_double(fn_(boost::any_cast<edge_t>(key)));
        else
            return std::to_string(fn_(boost::any_cast<edge_t>(key)));
    }
    void put(const boost::any&, const boost::any&) override {
        throw invalid_input("[kzsec] export: the graph's properties are read-only");
    }
    const std::type_info& key() const override { return typeid(edge_t); }
    const std::type_info& value() const override { return typeid(Value); }

private:
    Fn fn_;
};

template <class Value, class Fn>
void add_edge_property(boost::dynamic_properties& dp, const std::string& name, Fn fn) {
    dp.insert(name, boost::shared_ptr<boost::dynamic_property_map>(new edge_property<Value, Fn>(std::move(fn))));
}

template <class Writer>
void to_file(const std::filesystem::path& path, const char* fn, Writer&& w) {
    std::ostringstream buf;
    w(buf);
    detail::write_file_atomic(path, buf.str(), fn);
}

}  // namespace

void write_graphml(const signed_graph& g, std::ostream& out) {
    for (std::size_t v = 0; v < g.num_vertices(); ++v) check_xml_text(g.label(v), "a vertex label");
    const auto& bg = g.graph();
    boost::dynamic_properties dp;
    dp.property("label", boost::make_function_property_map<vertex_t, std::string>(
                             [&g](vertex_t v) { return g.label(v); }));
    add_edge_property<double>(dp, "weight", [&bg](edge_t e) { return bg[e].weight; });
    add_edge_property<int>(dp, "sign", [&bg](edge_t e) { return bg[e].weight > 0 ? 1 : -1; });
    std::ostringstream o;  // build fully first, then write once
    boost::write_graphml(o, bg, boost::get(boost::vertex_index, bg), dp, true);
    out << o.str();
}

void write_graphml(const signed_graph& g, const std::filesystem::path& path) {
    to_file(path, "write_graphml", [&](std::ostream& o) { write_graphml(g, o); });
}

void write_dot(const signed_graph& g, std::ostream& out) {
    const auto& bg = g.graph();
    const auto vertex_id = boost::make_function_property_map<vertex_t, std::string>(
        [](vertex_t v) { return "n" + std::to_string(v); });
    std::ostringstream o;
    boost::write_graphviz(o, bg, dot_vertex_writer{&g}, dot_edge_writer{&bg}, dot_graph_writer{}, vertex_id);
    out << o.str();
}

void write_dot(const signed_graph& g, const std::filesystem::path& path) {
    to_file(path, "write_dot", [&](std::ostream& o) { write_dot(g, o); });
}

}  // namespace kzsec
