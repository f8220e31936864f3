// libFuzzer target: kzsec::scenario::scenario_from_json on arbitrary bytes. Bad
// input must end in a kzsec error with a "[kzsec] " message; a document that
// loads must serialise, load back to an equal scenario and serialise to the
// same text.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <kzsec/scenario.hpp>

#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    kzsec_fuzz::run([&] {
        try {
            const auto s = kzsec::scenario::scenario_from_json(text, "fuzz.json");
            const std::string once = kzsec::scenario::to_json(s);
            const auto back = kzsec::scenario::scenario_from_json(once, "saved.json");
            if (!(back == s) || kzsec::scenario::to_json(back) != once) std::abort();
        } catch (const kzsec::parse_error& e) {
            kzsec_fuzz::check_message(e);
            throw;
        }
    });
    return 0;
}
