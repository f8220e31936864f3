// libFuzzer target: kzsec::read_edge_list_text (after gzip detection) on
// arbitrary bytes, with options taken from the first two bytes. A graph that
// loads is also exported to GraphML and DOT.
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include <kzsec/detail/io_support.hpp>
#include <kzsec/io.hpp>

#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 2) return 0;
    const std::uint8_t o1 = data[0], o2 = data[1];
    std::string bytes(reinterpret_cast<const char*>(data) + 2, size - 2);
    kzsec::edge_list_options opt;
    static const char delims[] = {0, ',', '\t', ' ', ';'};
    opt.delimiter = delims[o1 % 5];
    opt.header = static_cast<int>((o1 / 5) % 3) - 1;
    opt.weight_column = (o1 & 0x80) ? -1 : 2;
    opt.graph.directed = (o2 & 1) != 0;
    opt.graph.symmetrize = static_cast<kzsec::symmetrize_rule>((o2 >> 1) % 6);
    opt.graph.self_loops = (o2 & 0x10) ? kzsec::self_loop_policy::drop : kzsec::self_loop_policy::error;
    if (o2 & 0x20) opt.source_column = 1, opt.target_column = 0;
    kzsec_fuzz::run([&] {
        const std::string text = kzsec::detail::gunzip_if_needed(std::move(bytes), "fuzz.gz");
        const kzsec::signed_graph g = kzsec::read_edge_list_text(text, "fuzz.csv", opt);
        std::ostringstream sink;
        kzsec::write_dot(g, sink);
        kzsec::write_graphml(g, sink);  // may throw invalid_input on control characters
    });
    return 0;
}
