// libFuzzer target: the world readers (include/kzsec/world.hpp) and their one
// tokenizer (src/csv_tokenizer.hpp, through src/csv_stream.hpp), on arbitrary bytes. The first byte picks the
// reader; the rest is the file (plain or gzip). Every failure must be a kzsec
// error whose message starts with "[kzsec] "; a table that reads must have
// columns of equal length.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <kzsec/world.hpp>

#include "fuzz_common.hpp"

namespace {
template <class T>
void check_size(const T& t, std::size_t n) {
    if (t.size() != n) std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1) return 0;
    const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
    namespace kw = kzsec::world;
    kzsec_fuzz::run([&] {
        try {
            switch (data[0] % 14) {
                case 0: { auto v = kw::read_un_votes_text(text, "f"); check_size(v, v.vote.size()); check_size(v, v.country.size()); break; }
                case 1: { auto v = kw::read_un_roll_calls_text(text, "f"); check_size(v, v.description.size()); break; }
                case 2: { auto v = kw::read_un_issues_text(text, "f"); check_size(v, v.issue.size()); break; }
                case 3: { auto v = kw::read_ideal_points_text(text, "f"); check_size(v, v.q95fp.size()); break; }
                case 4: { auto v = kw::read_atop_text(text, "f"); check_size(v, v.consul.size()); break; }
                case 5: { auto v = kw::read_cow_states_text(text, "f"); check_size(v, v.end.size()); break; }
                case 6: { auto v = kw::read_cow_majors_text(text, "f"); check_size(v, v.end.size()); break; }
                case 7: { auto v = kw::read_gw_states_text(text, "f"); check_size(v, v.end.size()); break; }
                case 8: { auto v = kw::read_igo_text(text, "f"); check_size(v, v.dyadigos.size()); break; }
                case 9: { auto v = kw::read_mids_text(text, "f"); check_size(v, v.recip.size()); break; }
                case 10: { auto v = kw::read_rivalries_text(text, "f"); check_size(v, v.type3.size()); break; }
                case 11: { auto v = kw::read_trade_text(text, "f"); check_size(v, v.smoothflow2.size()); break; }
                case 12: { auto v = kw::read_declared_neutrality_text(text, "f"); check_size(v, v.note.size()); break; }
                default: { auto v = kw::read_nmc_text(text, "f"); if (v.year.size() != static_cast<std::size_t>(v.components.rows())) std::abort(); break; }
            }
        } catch (const kzsec::parse_error& e) {
            kzsec_fuzz::check_message(e);
            throw;
        }
    });
    return 0;
}
