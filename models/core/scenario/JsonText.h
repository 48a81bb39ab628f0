// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the JSON parser (JsonParser.cpp): the scenario format's rules for text
// (SCENARIO_FORMAT.md: valid UTF-8, no control characters but tab and newline) and the
// spelling of characters and bytes in messages. Plain C++, no Qt.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace fleetroi::json_detail {

// Decodes one UTF-8 sequence at `at` (< bytes.size()); returns its length, or 0 if it is not
// valid UTF-8 (overlong forms, surrogates and values beyond U+10FFFF are invalid).
std::size_t decodeUtf8(std::string_view bytes, std::size_t at, std::uint32_t &cp);

// Appends code point `cp` (a Unicode scalar value) as UTF-8.
void appendUtf8(std::string &out, std::uint32_t cp);

// Control characters (Unicode category Cc) other than tab and newline are refused in text,
// raw or escaped: U+0000..U+001F, U+007F and U+0080..U+009F.
inline bool isForbiddenControl(std::uint32_t cp)
{
    if (cp == '\t' || cp == '\n')
        return false;
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
}

// Four hex digits at `at`, or false.
bool tryHex4(std::string_view bytes, std::size_t at, unsigned &value);

// "U+001B"; "001B" (hex4).
std::string codePointName(std::uint32_t cp);
std::string hex4(unsigned v);

// What is at `at` for a message: "end of file", "character ':'", "control character U+0001",
// "byte 0xFF".
std::string describeByte(std::string_view bytes, std::size_t at);

} // namespace fleetroi::json_detail
