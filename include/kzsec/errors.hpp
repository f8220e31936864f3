#pragma once
/// @file errors.hpp
/// @brief The kzsec exception hierarchy.
///
/// Every exception thrown by kzsec derives from a standard exception type, so
/// callers that only know the standard library can still catch it, and the
/// Python bindings map each one to the natural Python exception:
///
/// | C++ type                 | base                    | Python              |
/// |--------------------------|-------------------------|---------------------|
/// | `kzsec::error`           | `std::runtime_error`    | `RuntimeError`      |
/// | `kzsec::invalid_input`   | `std::invalid_argument` | `ValueError`        |
/// | `kzsec::parse_error`     | `kzsec::invalid_input`  | `ValueError`        |
/// | `kzsec::unknown_actor`   | `std::out_of_range`     | `KeyError`          |
/// | `kzsec::file_not_found`  | `kzsec::error`          | `FileNotFoundError` |
/// | `kzsec::numerical_error` | `kzsec::error`          | `ArithmeticError`   |
///
/// Messages start with `[kzsec]`, then say where (function, or file and line /
/// JSON pointer) and what is wrong.
#include <stdexcept>
#include <string>

namespace kzsec {

/// Base of kzsec's run-time errors (I/O, numerical failures).
class error : public std::runtime_error {
public:
    explicit error(const std::string& what) : std::runtime_error(what) {}
};

/// A function argument or a datum violates a documented precondition
/// (value outside [-1, 1], reversed year range, duplicate id, ...).
class invalid_input : public std::invalid_argument {
public:
    explicit invalid_input(const std::string& what) : std::invalid_argument(what) {}
};

/// A file could not be parsed or validated. `file()` and `location()` say
/// where: a 1-based line number for CSV ("line 12, column 'value'") or a JSON
/// pointer ("/relations/3/value").
class parse_error : public invalid_input {
public:
    parse_error(const std::string& what, std::string file, std::string location)
        : invalid_input(what), file_(std::move(file)), location_(std::move(location)) {}
    const std::string& file() const noexcept { return file_; }
    const std::string& location() const noexcept { return location_; }

    /// The one way new code builds a parse error: the message is formatted here
    /// as `[kzsec] FILE:LOCATION: WHAT`, where LOCATION is a JSON pointer
    /// ("/relations/3/value"), "line L, column C", "line L" or "byte N".
    /// @param file the file (or origin such as "<string>")
    /// @param location where in the file
    /// @param what what is wrong
    static parse_error at(const std::string& file, const std::string& location, const std::string& what) {
        return parse_error("[kzsec] " + file + ":" + location + ": " + what, file, location);
    }

private:
    std::string file_;
    std::string location_;
};

/// An actor id (or a vertex label) that is not in the network or graph.
class unknown_actor : public std::out_of_range {
public:
    explicit unknown_actor(const std::string& what) : std::out_of_range(what) {}
};

/// A file that does not exist or cannot be opened.
class file_not_found : public error {
public:
    explicit file_not_found(const std::string& what) : error(what) {}
};

/// A long computation stopped because its progress callback returned false
/// (`scenario::mc_options::progress`, `world::world_options::progress`): the user
/// cancelled it. Nothing is returned; the inputs are unchanged.
class cancelled : public error {
public:
    explicit cancelled(const std::string& what) : error(what) {}
};

/// An iterative or spectral computation failed (Eigen `info() != Success`,
/// overflow that could not be avoided).
class numerical_error : public error {
public:
    explicit numerical_error(const std::string& what) : error(what) {}
};

}  // namespace kzsec
