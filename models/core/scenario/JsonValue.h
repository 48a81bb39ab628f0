// SPDX-License-Identifier: GPL-3.0-or-later
// A parsed JSON value, as produced by parseJson() (JsonParser.h). Plain C++, no Qt.
//
// Numbers keep the lexeme exactly as written in the file (`text`) beside the nearest double
// (`number`), so whole-number checks are exact and integers beyond 2^53 are never silently
// rounded. Objects keep their members in file order.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace fleetroi {

// One key and its value of a JSON object. A struct (not std::pair) so that JsonValue can
// hold a vector of them while still incomplete: clang with libstdc++ refuses
// std::vector<std::pair<std::string, JsonValue>> inside JsonValue.
struct JsonMember;

class JsonValue
{
public:
    enum class Type : std::uint8_t
    {
        Null,
        Bool,
        Number,
        String,
        Array,
        Object
    };

    Type type = Type::Null;
    bool boolean = false;            // Type::Bool
    std::uint32_t offset = 0;        // byte offset of the value's first byte in the parsed text
    double number = 0.0;             // Type::Number: the nearest double (always finite)
    std::string text;                // Type::String: decoded UTF-8; Type::Number: the raw lexeme
    std::vector<JsonValue> items;    // Type::Array
    std::vector<JsonMember> members; // Type::Object, in file order, keys unique

    bool isNull() const { return type == Type::Null; }
    bool isBool() const { return type == Type::Bool; }
    bool isNumber() const { return type == Type::Number; }
    bool isString() const { return type == Type::String; }
    bool isArray() const { return type == Type::Array; }
    bool isObject() const { return type == Type::Object; }

    // The member with this key, or nullptr (also when this is not an object).
    const JsonValue *find(std::string_view key) const;

    // Exact integer reading of a number's lexeme: "12", "-0", "1.0", "1e3" and "2.50e2" are
    // whole; "1.5" and "1e-1" are not; a whole value outside the signed 64-bit range is
    // TooLarge. Not a number gives NotWhole.
    enum class Whole
    {
        Yes,
        NotWhole,
        TooLarge
    };
    Whole wholeValue(std::int64_t &value) const;

    // "null", "boolean", "number", "string", "array" or "object" (for error messages).
    static const char *typeName(Type t);
    const char *typeName() const { return typeName(type); }
};

struct JsonMember
{
    std::string first; // key
    JsonValue second;  // value
};

} // namespace fleetroi
