// libFuzzer target: kzsec::network_from_json on arbitrary bytes. A document
// that loads must save and load back to an equal network, and saving twice
// must give the same text.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <kzsec/io.hpp>

#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    kzsec_fuzz::run([&] {
        try {
            const kzsec::network net = kzsec::network_from_json(text, "fuzz.json");
            const std::string once = kzsec::network_to_json(net);
            const kzsec::network back = kzsec::network_from_json(once, "saved.json");
            if (!(back == net) || kzsec::network_to_json(back) != once) std::abort();
        } catch (const kzsec::parse_error& e) {
            kzsec_fuzz::check_message(e);
            throw;
        }
    });
    return 0;
}
