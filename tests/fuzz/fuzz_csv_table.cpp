// libFuzzer target: kzsec::read_csv_table_text on arbitrary bytes, into a
// network that already holds two actors. A failed read must leave the network
// unchanged; a successful one must save and load back to an equal network.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <kzsec/io.hpp>

#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1) return 0;
    const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
    kzsec::csv_import_options opt;
    opt.add_missing_actors = (data[0] & 1) != 0;
    opt.add_missing_domains = (data[0] & 2) != 0;
    static const kzsec::network base = [] {
        kzsec::network n;
        kzsec::actor a;
        a.id = "KAZ";
        n.add_actor(a);
        a.id = "RUS";
        n.add_actor(a);
        return n;
    }();
    kzsec::network net = base;
    kzsec_fuzz::run([&] {
        try {
            kzsec::read_csv_table_text(net, text, "fuzz.csv", opt);
        } catch (const kzsec::parse_error& e) {
            kzsec_fuzz::check_message(e);
            if (!(net == base)) std::abort();  // half-loaded
            throw;
        }
        const kzsec::network back = kzsec::network_from_json(kzsec::network_to_json(net), "saved.json");
        if (!(back == net)) std::abort();
    });
    return 0;
}
