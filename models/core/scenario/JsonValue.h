// SPDX-License-Identifier: GPL-3.0-or-later
// A parsed JSON value, as produced by parseJson() (JsonParser.h). Plain C++, no Qt.
//
// Numbers keep the lexeme exactly as written in the file (`text()`) beside the nearest double
// (`number()`), so whole-number checks are exact and integers beyond 2^53 are never silently
// rounded. Objects keep their members in file order.
//
// Compact and read-only: a value is 16 bytes; the entries of an array and the members of an
// object lie side by side in memory owned by the JsonDocument that parseJson() returned;
// number lexemes, keys and strings without escapes are views into the parsed text, strings
// with escapes are decoded into the document. So a value (and every view or span taken from
// it) is valid while its JsonDocument lives and, when the text was passed as a
// std::string_view, while that text lives (issue #14: the old value of 96 bytes with its own
// strings and vectors took ~95 MiB for the largest scenario).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>

namespace fleetroi {

// One key and its value of a JSON object. A struct (not std::pair) so that JsonValue can
// name it while still incomplete.
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

    // Bit fields, so that a value is 16 bytes: type, boolean and m_size share one word.
    std::uint32_t offset = 0; // byte offset of the value's first byte in the parsed text
    Type type : 3 = Type::Null;
    bool boolean : 1 = false; // Type::Bool

private:
    friend class JsonBuilder;      // the parser (JsonParser.cpp) sets m_size and m_data
    std::uint32_t m_size : 28 = 0; // characters of text(), entries of items()/members()

public:
    // Type::Number: the nearest double to the lexeme (always finite: the parser refuses
    // numbers no double holds), read from text() at each call (correctly rounded, locale
    // independent, std::from_chars), so the value need not store it; else 0.
    double number() const;

    bool isNull() const { return type == Type::Null; }
    bool isBool() const { return type == Type::Bool; }
    bool isNumber() const { return type == Type::Number; }
    bool isString() const { return type == Type::String; }
    bool isArray() const { return type == Type::Array; }
    bool isObject() const { return type == Type::Object; }

    // Type::String: the decoded UTF-8 text; Type::Number: the raw lexeme; else empty.
    std::string_view text() const
    {
        return type == Type::String || type == Type::Number
                   ? std::string_view(static_cast<const char *>(m_data), m_size)
                   : std::string_view();
    }
    // Type::Array: the entries in file order; else empty.
    std::span<const JsonValue> items() const
    {
        return type == Type::Array
                   ? std::span<const JsonValue>(static_cast<const JsonValue *>(m_data), m_size)
                   : std::span<const JsonValue>();
    }
    // Type::Object: the members in file order (keys unique); else empty.
    std::span<const JsonMember> members() const;

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

    // Longest text and most entries one value can hold (m_size has 28 bits); the parser
    // refuses more. A scenario file is at most 16 MiB, so none of its values comes near.
    static constexpr std::size_t kMaxSize = (std::size_t(1) << 28) - 1;

private:
    const void *m_data = nullptr; // first character of text(), entry of items() or members()
};
#if defined(__GNUC__) || defined(__clang__)
static_assert(sizeof(JsonValue) == 16, "a parsed value is 16 bytes (issue #14)");
#endif

struct JsonMember
{
    std::string_view first; // key, decoded UTF-8
    JsonValue second;       // value
};

inline std::span<const JsonMember> JsonValue::members() const
{
    return type == Type::Object
               ? std::span<const JsonMember>(static_cast<const JsonMember *>(m_data), m_size)
               : std::span<const JsonMember>();
}

// The root value of a parsed text and the memory of every value inside it (see above).
// Behaves like std::optional<JsonValue> for reading: test it, then use * or ->. Move-only:
// the values inside point into memory it owns.
class JsonDocument
{
public:
    JsonDocument();
    ~JsonDocument();
    JsonDocument(JsonDocument &&) noexcept;
    JsonDocument &operator=(JsonDocument &&) noexcept;
    JsonDocument(const JsonDocument &) = delete;
    JsonDocument &operator=(const JsonDocument &) = delete;

    bool has_value() const { return m_root != nullptr; }
    explicit operator bool() const { return has_value(); }
    const JsonValue &operator*() const { return *m_root; }
    const JsonValue *operator->() const { return m_root; }
    void reset(); // no value; frees the memory

    // Bytes held for the values (arena blocks and decoded strings), for tests and budgets.
    std::size_t bytesHeld() const;

private:
    friend class JsonBuilder;
    struct Storage;
    std::unique_ptr<Storage> m_storage;
    const JsonValue *m_root = nullptr;
};

} // namespace fleetroi
