// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/JsonValue.h"
#include "scenario/JsonBuilder.h"

#include <algorithm>
#include <charconv>
#include <cstddef>
#include <cstring>
#include <vector>

namespace fleetroi {

// What a JsonDocument owns: the root value, the blocks its arrays, objects and decoded
// strings live in, and the parsed text when parseJson() was handed a std::string to keep.
struct JsonDocument::Storage
{
    JsonValue root;
    std::string text;
    std::vector<std::unique_ptr<std::byte[]>> blocks;
    std::byte *free = nullptr; // the unused rest of the current block
    std::size_t left = 0;
    std::size_t nextBlock = 4096; // doubles up to kMaxBlock: small texts stay small
    std::size_t held = 0;
    static constexpr std::size_t kMaxBlock = std::size_t(1) << 20;
};

JsonDocument::JsonDocument() = default;
JsonDocument::~JsonDocument() = default;
JsonDocument::JsonDocument(JsonDocument &&) noexcept = default;
JsonDocument &JsonDocument::operator=(JsonDocument &&) noexcept = default;

void JsonDocument::reset()
{
    m_root = nullptr;
    m_storage.reset();
}

std::size_t JsonDocument::bytesHeld() const
{
    return m_storage ? m_storage->held + sizeof(Storage) : 0;
}

JsonBuilder::JsonBuilder()
    : m_storage(std::make_unique<JsonDocument::Storage>())
{}

JsonBuilder::~JsonBuilder() = default;

std::string_view JsonBuilder::keepText(std::string &&text)
{
    m_storage->text = std::move(text);
    return m_storage->text;
}

void *JsonBuilder::allocate(std::size_t bytes)
{
    JsonDocument::Storage &s = *m_storage;
    bytes = (bytes + 7) & ~std::size_t(7); // every block is aligned for JsonValue
    if (bytes > s.left) {
        if (bytes > s.nextBlock / 4) {
            // A big array gets a block of its own; the current block stays in use.
            s.blocks.emplace_back(new std::byte[bytes]);
            s.held += bytes;
            return s.blocks.back().get();
        }
        s.blocks.emplace_back(new std::byte[s.nextBlock]);
        s.free = s.blocks.back().get();
        s.left = s.nextBlock;
        s.held += s.nextBlock;
        s.nextBlock = std::min(s.nextBlock * 2, JsonDocument::Storage::kMaxBlock);
    }
    void *p = s.free;
    s.free += bytes;
    s.left -= bytes;
    return p;
}

std::string_view JsonBuilder::copyText(std::string_view text)
{
    if (text.empty())
        return {};
    char *p = static_cast<char *>(allocate(text.size()));
    std::memcpy(p, text.data(), text.size());
    return {p, text.size()};
}

const JsonValue *JsonBuilder::copyItems(const JsonValue *items, std::size_t n)
{
    if (n == 0)
        return nullptr;
    auto *p = static_cast<JsonValue *>(allocate(n * sizeof(JsonValue)));
    std::uninitialized_copy_n(items, n, p);
    return p;
}

const JsonMember *JsonBuilder::copyMembers(const JsonMember *members, std::size_t n)
{
    if (n == 0)
        return nullptr;
    auto *p = static_cast<JsonMember *>(allocate(n * sizeof(JsonMember)));
    std::uninitialized_copy_n(members, n, p);
    return p;
}

JsonDocument JsonBuilder::finish(const JsonValue &root)
{
    JsonDocument d;
    m_storage->root = root;
    d.m_root = &m_storage->root;
    d.m_storage = std::move(m_storage); // the builder is done
    return d;
}

const JsonValue *JsonValue::find(std::string_view key) const
{
    for (const auto &[k, v] : members())
        if (k == key)
            return &v;
    return nullptr;
}

double JsonValue::number() const
{
    double value = 0.0;
    if (type == Type::Number) {
        const std::string_view s = text();
        std::from_chars(s.data(), s.data() + s.size(), value); // checked by the parser
    }
    return value;
}

JsonValue::Whole JsonValue::wholeValue(std::int64_t &value) const
{
    value = 0;
    if (type != Type::Number)
        return Whole::NotWhole;
    // The lexeme follows the JSON grammar (the parser checked it):
    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    std::string_view s = text();
    bool negative = false;
    std::size_t i = 0;
    if (i < s.size() && s[i] == '-') {
        negative = true;
        ++i;
    }
    std::string digits; // integer and fraction digits together
    long long fractionDigits = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9')
        digits += s[i++];
    if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
            digits += s[i++];
            ++fractionDigits;
        }
    }
    long long exponent = 0;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        bool expNegative = false;
        if (i < s.size() && (s[i] == '+' || s[i] == '-'))
            expNegative = s[i++] == '-';
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
            // Saturate: any exponent beyond a million decides the answer on its own.
            if (exponent < 1000000)
                exponent = exponent * 10 + (s[i] - '0');
            ++i;
        }
        if (expNegative)
            exponent = -exponent;
    }
    // value = digits * 10^(exponent - fractionDigits)
    std::size_t first = digits.find_first_not_of('0');
    if (first == std::string::npos)
        return Whole::Yes; // zero, whatever the exponent
    digits.erase(0, first);
    long long scale = exponent - fractionDigits;
    while (!digits.empty() && digits.back() == '0') {
        digits.pop_back();
        ++scale;
    }
    if (scale < 0)
        return Whole::NotWhole;
    if (static_cast<long long>(digits.size()) + scale > 19)
        return Whole::TooLarge;
    std::uint64_t magnitude = 0;
    constexpr std::uint64_t kMax = ~std::uint64_t(0);
    auto push = [&](unsigned d) {
        if (magnitude > (kMax - d) / 10)
            return false;
        magnitude = magnitude * 10 + d;
        return true;
    };
    for (char c : digits)
        if (!push(unsigned(c - '0')))
            return Whole::TooLarge;
    for (long long k = 0; k < scale; ++k)
        if (!push(0))
            return Whole::TooLarge;
    constexpr std::uint64_t kInt64Max = 9223372036854775807ull;
    if (negative) {
        if (magnitude > kInt64Max + 1)
            return Whole::TooLarge;
        value = magnitude == kInt64Max + 1 ? INT64_MIN : -static_cast<std::int64_t>(magnitude);
    } else {
        if (magnitude > kInt64Max)
            return Whole::TooLarge;
        value = static_cast<std::int64_t>(magnitude);
    }
    return Whole::Yes;
}

const char *JsonValue::typeName(Type t)
{
    switch (t) {
    case Type::Null:
        return "null";
    case Type::Bool:
        return "boolean";
    case Type::Number:
        return "number";
    case Type::String:
        return "string";
    case Type::Array:
        return "array";
    case Type::Object:
        return "object";
    }
    return "null";
}

} // namespace fleetroi
