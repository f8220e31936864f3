#pragma once
// The one CSV tokenizer of the library: every delimited-text reader (the
// facts table and edge lists of io_csv.cpp, the tables of readers_csv.cpp, the
// streaming world readers of csv_stream.hpp) splits its text into records here.
// Private to the library; may change without notice.
//
// What it does: RFC 4180 quoting (a field in double quotes may hold the
// delimiter, line breaks and doubled quotes), LF, CRLF or CR line ends, a UTF-8
// byte-order mark skipped, blank lines skipped, optional comment lines, optional
// trimming of spaces around fields, a delimiter given or detected, and the
// 1-based line where each record starts (line breaks inside quoted fields
// count, so it is the line an editor shows). Errors are `parse_error`s
// "[kzsec] ORIGIN:LINE: WHAT" with location "line LINE" (see `line_error`).
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kzsec/detail/text.hpp"
#include "kzsec/errors.hpp"

namespace kzsec::detail {

/// The parse error of line `line` of a text file: message "[kzsec] ORIGIN:LINE: WHAT"
/// (or "[kzsec] ORIGIN:LINE: column COLUMN: WHAT"), location "line LINE" (or
/// "line LINE, column COLUMN"). `column` reads after the word "column":
/// "'value'" or "3 (weight)". The one format of line-located errors.
inline parse_error line_error(const std::string& origin, std::size_t line, const std::string& what,
                              const std::string& column = {}) {
    const std::string l = std::to_string(line);
    if (column.empty()) return parse_error("[kzsec] " + origin + ":" + l + ": " + what, origin, "line " + l);
    return parse_error("[kzsec] " + origin + ":" + l + ": column " + column + ": " + what, origin,
                       "line " + l + ", column " + column);
}

/// How the text is split.
struct csv_syntax {
    /// The field delimiter; ' ' means runs of white space, without quoting.
    char delimiter = ',';
    /// Lines whose first non-blank character is this or '%' are skipped
    /// between records; 0: no comment lines.
    char comment = 0;
    /// Drop spaces (and tabs, unless the delimiter is a tab) around fields and
    /// between a closing quote and the delimiter, and skip lines of white
    /// space; off: fields are kept as written and only empty lines are skipped.
    bool trim = false;
    /// Reject text that is not UTF-8 (the first bad byte's line is reported).
    bool require_utf8 = false;
};

/// The delimiter of a delimited text: tab if the first record has a tab outside
/// quotes, else a comma if it has one outside quotes, else ' ' (white space).
/// The first record starts at the first line that is neither blank nor a
/// comment (`comment` or '%', if `comment` is not 0) and runs to the first
/// newline outside double quotes. Text with no record gives ','.
inline char detect_delimiter(std::string_view text, char comment) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t nl = text.find('\n', pos);
        std::string_view line = trim(text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos));
        if (line.empty() || (comment != 0 && (line.front() == comment || line.front() == '%'))) {
            pos = nl == std::string_view::npos ? text.size() : nl + 1;
            continue;
        }
        bool quoted = false, comma = false;
        for (std::size_t i = pos; i < text.size(); ++i) {
            const char c = text[i];
            if (c == '"') quoted = !quoted;  // "" inside quotes toggles twice: still quoted
            else if (quoted) continue;
            else if (c == '\t') return '\t';
            else if (c == ',') comma = true;
            else if (c == '\n') break;
        }
        return comma ? ',' : ' ';
    }
    return ',';
}

/// Splits text into records, one at a time. Fields are views into the text,
/// or into the tokenizer's buffer for quoted fields; they stay valid until the
/// next call of `next`. The text must outlive the tokenizer.
class csv_tokenizer {
public:
    /// @throws parse_error if `syntax.require_utf8` and the text is not UTF-8.
    csv_tokenizer(std::string_view text, std::string origin, csv_syntax syntax = {})
        : text_(text), origin_(std::move(origin)), syntax_(syntax) {
        if (syntax_.require_utf8) {
            if (const std::size_t bad = find_invalid_utf8(text_); bad != std::string_view::npos)
                throw line_error(origin_, line_column(text_, bad).first,
                                 "invalid UTF-8 (byte " + std::to_string(bad) + ")");
        }
        if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;  // UTF-8 byte-order mark
    }

    /// Reads the next record, skipping blank and comment lines.
    /// @return false at the end of the text.
    /// @throws parse_error on a quote inside an unquoted field, text after a
    ///         closing quote, or a quoted field still open at the end.
    bool next() {
        fields_.clear();
        quoted_.clear();
        pending_.clear();
        while (pos_ < text_.size()) {
            if (skip_blank_or_comment_line()) continue;
            row_line_ = line_;
            if (syntax_.delimiter == ' ')
                read_whitespace_record();
            else
                read_delimited_record();
            for (const auto& p : pending_) fields_[p.field] = std::string_view(quoted_).substr(p.begin, p.len);
            return true;
        }
        return false;
    }

    /// The fields of the current record.
    const std::vector<std::string_view>& fields() const noexcept { return fields_; }
    /// Line (1-based) where the current record starts.
    std::size_t line() const noexcept { return row_line_; }
    /// The file name used in messages.
    const std::string& origin() const noexcept { return origin_; }
    /// The parse error of the current record: "[kzsec] ORIGIN:LINE: [column COLUMN: ]WHAT".
    [[nodiscard]] parse_error error(const std::string& what, const std::string& column = {}) const {
        return line_error(origin_, row_line_, what, column);
    }

private:
    struct pending {
        std::size_t field, begin, len;
    };

    bool is_trim_space(char c) const noexcept { return c == ' ' || (c == '\t' && syntax_.delimiter != '\t'); }
    bool at_line_end(std::size_t i) const noexcept {
        return i >= text_.size() || text_[i] == '\n' || text_[i] == '\r';
    }
    /// Moves past a line end at pos_ (LF, CRLF or CR) and counts the line.
    void end_line() {
        if (pos_ >= text_.size()) return;
        if (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
        ++pos_;
        ++line_;
    }

    /// Skips the line at pos_ if it is blank (empty; white space too when
    /// trimming or splitting on white space) or a comment line.
    bool skip_blank_or_comment_line() {
        std::size_t end = pos_;
        while (!at_line_end(end)) ++end;
        const std::string_view raw = text_.substr(pos_, end - pos_);
        const std::string_view t = syntax_.trim || syntax_.delimiter == ' ' || syntax_.comment ? trim(raw) : raw;
        const bool blank = syntax_.trim || syntax_.delimiter == ' ' ? t.empty() : raw.empty();
        const bool comment = syntax_.comment != 0 && !t.empty() && (t.front() == syntax_.comment || t.front() == '%');
        if (!blank && !comment) return false;
        pos_ = end;
        end_line();
        return true;
    }

    void read_whitespace_record() {
        while (!at_line_end(pos_)) {
            while (!at_line_end(pos_) && is_space(text_[pos_])) ++pos_;
            const std::size_t begin = pos_;
            while (!at_line_end(pos_) && !is_space(text_[pos_])) ++pos_;
            if (pos_ > begin) fields_.push_back(text_.substr(begin, pos_ - begin));
        }
        end_line();
    }

    void read_delimited_record() {
        const char delim = syntax_.delimiter;
        for (;;) {
            if (syntax_.trim)
                while (pos_ < text_.size() && is_trim_space(text_[pos_])) ++pos_;
            if (pos_ < text_.size() && text_[pos_] == '"')
                read_quoted_field();
            else
                read_plain_field();
            if (pos_ < text_.size() && text_[pos_] == delim) {
                ++pos_;
                continue;
            }
            end_line();
            return;
        }
    }

    void read_quoted_field() {
        ++pos_;
        const std::size_t begin = quoted_.size();
        for (;;) {
            if (pos_ >= text_.size()) throw line_error(origin_, row_line_, "malformed CSV: quoted field not closed before the end of the file");
            const char ch = text_[pos_++];
            if (ch == '"') {
                if (pos_ < text_.size() && text_[pos_] == '"') {
                    quoted_.push_back('"');
                    ++pos_;
                    continue;
                }
                break;
            }
            if (ch == '\n') ++line_;
            quoted_.push_back(ch);
        }
        pending_.push_back({fields_.size(), begin, quoted_.size() - begin});
        fields_.emplace_back();
        if (syntax_.trim)
            while (pos_ < text_.size() && is_trim_space(text_[pos_])) ++pos_;
        if (!at_line_end(pos_) && text_[pos_] != syntax_.delimiter)
            throw line_error(origin_, line_, "malformed CSV: text after a closing quote");
    }

    void read_plain_field() {
        const std::size_t begin = pos_;
        while (!at_line_end(pos_) && text_[pos_] != syntax_.delimiter) {
            if (text_[pos_] == '"') throw line_error(origin_, line_, "malformed CSV: a quote inside an unquoted field");
            ++pos_;
        }
        std::size_t end = pos_;
        if (syntax_.trim)
            while (end > begin && is_trim_space(text_[end - 1])) --end;
        fields_.push_back(text_.substr(begin, end - begin));
    }

    std::string_view text_;
    std::string origin_;
    csv_syntax syntax_;
    std::size_t pos_ = 0;
    std::size_t line_ = 1;
    std::size_t row_line_ = 1;
    std::vector<std::string_view> fields_;
    std::string quoted_;
    std::vector<pending> pending_;
};

}  // namespace kzsec::detail
