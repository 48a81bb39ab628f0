// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/JsonText.h"
#include "scenario/JsonParser.h"

#include <cstdio>

namespace fleetroi {

std::string jsonPathKey(const std::string &path, std::string_view key)
{
    std::string out = path;
    if (!out.empty())
        out += '.';
    out += key;
    return out;
}

std::string jsonPathIndex(const std::string &path, std::size_t index)
{
    return path + '[' + std::to_string(index) + ']';
}

void jsonLineColumn(std::string_view bytes, std::size_t offset, int &line, int &column)
{
    line = 1;
    column = 1;
    if (offset > bytes.size())
        offset = bytes.size();
    std::size_t i = 0;
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF")
        i = offset >= 3 ? 3 : offset;
    for (; i < offset; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++column; // count characters, not UTF-8 continuation bytes
        }
    }
}

namespace json_detail {

std::size_t decodeUtf8(std::string_view bytes, std::size_t at, std::uint32_t &cp)
{
    const auto byte = [&](std::size_t k) {
        return static_cast<unsigned char>(bytes[at + k]);
    };
    const std::size_t left = bytes.size() - at;
    const unsigned char b0 = byte(0);
    if (b0 < 0x80) {
        cp = b0;
        return 1;
    }
    std::size_t len = 0;
    std::uint32_t min = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        len = 2;
        cp = b0 & 0x1F;
        min = 0x80;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        len = 3;
        cp = b0 & 0x0F;
        min = 0x800;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        len = 4;
        cp = b0 & 0x07;
        min = 0x10000;
    } else {
        return 0;
    }
    if (left < len)
        return 0;
    for (std::size_t k = 1; k < len; ++k) {
        if ((byte(k) & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (byte(k) & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return len;
}

void appendUtf8(std::string &out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

bool tryHex4(std::string_view bytes, std::size_t at, unsigned &value)
{
    if (at + 4 > bytes.size())
        return false;
    value = 0;
    for (std::size_t k = 0; k < 4; ++k) {
        const char c = bytes[at + k];
        int h = -1;
        if (c >= '0' && c <= '9')
            h = c - '0';
        else if (c >= 'a' && c <= 'f')
            h = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            h = c - 'A' + 10;
        if (h < 0)
            return false;
        value = value * 16 + unsigned(h);
    }
    return true;
}

std::string codePointName(std::uint32_t cp)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", unsigned(cp));
    return buf;
}

std::string hex4(unsigned v)
{
    char buf[8];
    std::snprintf(buf, sizeof buf, "%04X", v);
    return buf;
}

std::string describeByte(std::string_view bytes, std::size_t at)
{
    if (at >= bytes.size())
        return "end of file";
    const auto c = static_cast<unsigned char>(bytes[at]);
    if (c >= 0x21 && c < 0x7F)
        return std::string("character '") + char(c) + "'";
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02X", c);
    return c < 0x80 ? std::string("control character U+00") + buf : std::string("byte 0x") + buf;
}

} // namespace json_detail
} // namespace fleetroi
