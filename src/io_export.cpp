// Export of a signed graph as GraphML and Graphviz DOT. See docs/file-format.md.
#include <fstream>
#include <ostream>
#include <sstream>
#include <string>

#include "kzsec/detail/file_io.hpp"
#include "kzsec/detail/text.hpp"
#include "kzsec/errors.hpp"
#include "kzsec/io.hpp"

namespace kzsec {
namespace {

/// Escapes text for XML character data and attribute values. XML 1.0 cannot
/// carry most control characters even escaped, so they are an error.
std::string xml_escape(std::string_view s, std::string_view what) {
    if (detail::find_invalid_utf8(s) != std::string_view::npos)
        throw invalid_input("[kzsec] write_graphml: " + std::string(what) + " is not valid UTF-8");
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            case '\t': out += "&#9;"; break;
            case '\n': out += "&#10;"; break;
            case '\r': out += "&#13;"; break;
            default:
                if (u < 0x20 || u == 0x7f)
                    throw invalid_input("[kzsec] write_graphml: " + std::string(what) +
                                        " contains control character " + std::to_string(u) +
                                        ", which XML 1.0 cannot represent");
                out += c;
        }
    }
    return out;
}

/// Escapes text for a double-quoted DOT string (escString: \" and \\; a
/// newline becomes \n).
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

template <class Writer>
void to_file(const std::filesystem::path& path, const char* fn, Writer&& w) {
    std::ostringstream buf;
    w(buf);
    detail::write_file_atomic(path, buf.str(), fn);
}

}  // namespace

void write_graphml(const signed_graph& g, std::ostream& out) {
    std::ostringstream o;  // build fully first: nothing is written if a label is invalid
    o << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
         "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
         "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
         "  <key id=\"sign\" for=\"edge\" attr.name=\"sign\" attr.type=\"int\"/>\n"
         "  <graph id=\"G\" edgedefault=\"undirected\">\n";
    for (std::size_t v = 0; v < g.num_vertices(); ++v)
        o << "    <node id=\"n" << v << "\"><data key=\"label\">" << xml_escape(g.label(v), "a vertex label")
          << "</data></node>\n";
    for (const auto& e : g.edges()) {
        o << "    <edge source=\"n" << e.u << "\" target=\"n" << e.v << "\"><data key=\"weight\">"
          << detail::format_double(e.weight) << "</data><data key=\"sign\">" << (e.weight > 0 ? 1 : -1)
          << "</data></edge>\n";
    }
    o << "  </graph>\n</graphml>\n";
    out << o.str();
}

void write_graphml(const signed_graph& g, const std::filesystem::path& path) {
    to_file(path, "write_graphml", [&](std::ostream& o) { write_graphml(g, o); });
}

void write_dot(const signed_graph& g, std::ostream& out) {
    std::ostringstream o;
    o << "graph kzsec {\n  node [shape=ellipse];\n";
    for (std::size_t v = 0; v < g.num_vertices(); ++v) o << "  n" << v << " [label=" << dot_quote(g.label(v)) << "];\n";
    for (const auto& e : g.edges()) {
        const bool pos = e.weight > 0;
        o << "  n" << e.u << " -- n" << e.v << " [weight=" << detail::format_double(e.weight)
          << ", sign=" << (pos ? 1 : -1) << ", color=" << (pos ? "\"darkgreen\", style=solid" : "\"red\", style=dashed")
          << "];\n";
    }
    o << "}\n";
    out << o.str();
}

void write_dot(const signed_graph& g, const std::filesystem::path& path) {
    to_file(path, "write_dot", [&](std::ostream& o) { write_dot(g, o); });
}

}  // namespace kzsec
