// SPDX-License-Identifier: GPL-3.0-or-later
// A strict JSON parser (RFC 8259) for untrusted bytes. Plain C++, no Qt, no exceptions
// leave it.
//
// Beyond RFC 8259 it enforces the scenario format's rules for text
// (shared/spec/SCENARIO_FORMAT.md): the input is valid UTF-8 (a leading BOM is skipped);
// strings hold no lone surrogates and no control characters other than tab and newline,
// written raw or escaped (raw tab and newline are refused too, as JSON requires them
// escaped); numbers are finite doubles (1e400 is refused); nesting is bounded; duplicate
// keys are errors naming their JSON path. The recursion depth is bounded by maxDepth, so
// a file of a million '[' answers at once.
#pragma once

#include "scenario/JsonValue.h"

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace fleetroi {

struct JsonParseOptions
{
    int maxDepth = 64; // arrays and objects nested deeper are refused
    // Bounds time and memory (16 bytes a value, 32 a member) for hostile files. The reader
    // sets the scenario format's own bound (scenario_detail::kMaxScenarioValues).
    std::size_t maxValues = 1000000;

    // Entry limits of arrays, so a hostile file cannot make the parser build what the format
    // refuses anyway (200,000 `{}` in `skus`, which allows 100). Called once per array with
    // its path pattern: indices written "[]", e.g. "skus", "skus[].lease_price.points".
    // Entries beyond `max` are still parsed, to find the end and count them, but not kept;
    // the array gets one error with its path, "must have 1 to 100 entries, got 200000"
    // (the wording of the format's count rule), and parsing goes on. No callback: no limit.
    struct ArrayLimit
    {
        std::size_t min = 0;
        std::size_t max = static_cast<std::size_t>(-1);
        // When set, the message is "must have at most <max> <what>, got N" instead.
        std::string what;
    };
    std::function<ArrayLimit(std::string_view pattern)> arrayLimit;
    // Members of one object kept at most (beyond: parsed, not kept, one error at the
    // object's path). A scenario object has at most a few dozen keys.
    std::size_t maxObjectMembers = static_cast<std::size_t>(-1);

    // Values at places the format does not have. With knownPattern set, every value whose
    // path pattern (indices written "[]", e.g. "skus[].lease_price.points[]") it does not
    // accept, and everything nested inside such a value, is "unknown" (an unknown key, or an
    // array or object where the format has a single value): at most maxUnknownValues of them
    // are kept, beyond that parsing stops with one error naming the outermost unknown value's
    // path. The reader refuses unknown keys anyway; the budget only bounds the memory a
    // refused file can take, which maxValues alone (sized for the largest valid file) does
    // not (issue #14: 250 arrays of 9,999 numbers under an unknown key took 117.8 MiB).
    // Unknown values do not count against maxValues.
    std::function<bool(std::string_view pattern)> knownPattern;
    std::size_t maxUnknownValues = static_cast<std::size_t>(-1);
};

struct JsonParseError
{
    std::string path;       // JSON path of the offending member ("" when not inside a value)
    std::string message;    // names the line and column
    std::size_t offset = 0; // byte offset into the input (BOM included)
    int line = 1;           // 1-based
    int column = 1;         // 1-based, in Unicode characters
};

struct JsonParseResult
{
    JsonDocument value;                 // absent after a syntax error
    std::vector<JsonParseError> errors; // duplicate keys (parsing goes on), then a syntax error
    std::size_t values = 0;             // values kept at known places (counted against maxValues)
    std::size_t unknownValues = 0; // values kept at unknown places (JsonParseOptions::knownPattern)
    bool ok() const { return value.has_value() && errors.empty(); }
};

// Parses `bytes`. The values point into `bytes` (number lexemes, keys and strings without
// escapes, see JsonValue.h): keep the text alive as long as the result.
JsonParseResult parseJson(std::string_view bytes, const JsonParseOptions &options = {});
// The same for a text the result keeps (a temporary std::string is safe here).
JsonParseResult parseJson(std::string &&bytes, const JsonParseOptions &options = {});
// A C string (a literal in a test): not kept, like the string_view form.
inline JsonParseResult parseJson(const char *bytes, const JsonParseOptions &options = {})
{
    return parseJson(std::string_view(bytes), options);
}

// Line and column (both 1-based, column in characters) of a byte offset in `bytes`.
void jsonLineColumn(std::string_view bytes, std::size_t offset, int &line, int &column);

// Appends a member key or an array index to a JSON path: "a" + "b" = "a.b", "a" + 3 = "a[3]".
std::string jsonPathKey(const std::string &path, std::string_view key);
std::string jsonPathIndex(const std::string &path, std::size_t index);

} // namespace fleetroi
