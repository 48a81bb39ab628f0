// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/JsonValue.h"

#include <cstddef>

namespace fleetroi {

const JsonValue *JsonValue::find(std::string_view key) const
{
    for (const auto &[k, v] : members)
        if (k == key)
            return &v;
    return nullptr;
}

JsonValue::Whole JsonValue::wholeValue(std::int64_t &value) const
{
    value = 0;
    if (type != Type::Number)
        return Whole::NotWhole;
    // The lexeme follows the JSON grammar (the parser checked it):
    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    std::string_view s = text;
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
