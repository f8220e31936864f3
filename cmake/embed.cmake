# Turns a file into a C++ source defining `std::string_view kzsec::detail::<SYMBOL>()`.
# Usage: cmake -DINPUT=... -DOUTPUT=... -DSYMBOL=... -P embed.cmake
file(READ "${INPUT}" _hex HEX)
string(LENGTH "${_hex}" _len)
math(EXPR _nbytes "${_len} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," _bytes "${_hex}")
string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" _bytes "${_bytes}")
file(WRITE "${OUTPUT}" "// Generated from ${INPUT} by cmake/embed.cmake. Do not edit.\n#include <string_view>\nnamespace kzsec::detail {\nstatic const unsigned char ${SYMBOL}_bytes[] = {\n${_bytes}0x00};\nstd::string_view ${SYMBOL}() { return {reinterpret_cast<const char*>(${SYMBOL}_bytes), ${_nbytes}}; }\n}  // namespace kzsec::detail\n")
