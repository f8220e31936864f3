#pragma once
// The one JSON document parser of the kzsec file formats (networks and
// scenarios): private to the library (it exposes nlohmann::json).
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace kzsec::detail {

/// Parses the JSON text of a kzsec file. Before or while parsing it checks:
/// valid UTF-8 (RFC 3629), nesting no deeper than
/// `get_input_limits().max_json_depth`, no duplicate object key, numbers
/// within double range. Every failure is a `parse_error` built by
/// `parse_error::at(origin, location, what)`, the location being
/// "line L, column C" (syntax, encoding, number) or a JSON pointer (duplicate
/// key, nesting). Running out of memory becomes an `error` naming `origin`.
/// Complexity: O(size of text).
nlohmann::ordered_json parse_json_document(std::string_view text, const std::string& origin);

/// The explanation part of an nlohmann exception message
/// ("[json.exception.parse_error.101] parse error at line 1, column 4: syntax error ..." -> "syntax error ...").
std::string nlohmann_reason(const std::string& msg);

}  // namespace kzsec::detail
