// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/JsonParser.h"
#include "scenario/JsonBuilder.h"
#include "scenario/JsonText.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <string>
#include <system_error>
#include <unordered_set>
#include <vector>

namespace fleetroi {

using namespace json_detail;

namespace {

class Parser
{
public:
    Parser(std::string_view bytes, const JsonParseOptions &options, JsonBuilder &build)
        : m_bytes(bytes)
        , m_options(options)
        , m_build(build)
    {}

    JsonParseResult run()
    {
        JsonParseResult result;
        if (m_bytes.substr(0, 3) == "\xEF\xBB\xBF")
            m_pos = 3;
        skipWhitespace();
        if (m_pos >= m_bytes.size()) {
            fail(m_bytes.empty() ? "the file is empty" : "the file holds no JSON value");
        } else {
            JsonValue root;
            if (parseValue(root, 0)) {
                skipWhitespace();
                if (m_pos < m_bytes.size())
                    fail("unexpected " + describeHere() + " after the end of the JSON document");
                else
                    result.value = m_build.finish(root);
            }
        }
        result.errors = std::move(m_errors);
        result.values = m_values;
        result.unknownValues = m_unknownValues;
        if (m_failed)
            result.value.reset();
        return result;
    }

private:
    std::string_view m_bytes;
    const JsonParseOptions &m_options;
    JsonBuilder &m_build;
    // Entries of the open arrays and members of the open objects, innermost last: copied
    // side by side into the document when their array or object closes.
    std::vector<JsonValue> m_items;
    std::vector<JsonMember> m_members;
    std::string m_decoded; // a string value with escapes, decoded
    std::size_t m_pos = 0;
    std::size_t m_values = 0;
    int m_dropping = 0; // > 0 while parsing entries over an array's or object's limit
    int m_unknown = 0;  // > 0 while parsing a value at a place knownPattern does not accept
    std::size_t m_unknownValues = 0;
    std::size_t m_unknownRootDepth = 0; // m_path.size() of the outermost unknown value
    // Path pattern of the value being parsed (indices written "[]"), kept up to date as
    // members and entries are entered, so that no pattern is composed per value.
    std::string m_pattern;
    bool m_failed = false;
    std::vector<JsonParseError> m_errors;
    // Path segments of the value being parsed; composed into a path only for errors.
    struct Segment
    {
        std::string_view key; // member key (isKey), valid while the member is parsed
        bool isKey = false;
        std::size_t index = 0; // array index (!isKey)
    };
    std::vector<Segment> m_path;

    std::string currentPath() const
    {
        std::string p;
        for (const Segment &s : m_path)
            p = s.isKey ? jsonPathKey(p, s.key) : jsonPathIndex(p, s.index);
        return p;
    }

    JsonParseError makeError(std::size_t at, std::string path, const std::string &what) const
    {
        JsonParseError e;
        e.offset = at;
        jsonLineColumn(m_bytes, at, e.line, e.column);
        e.path = std::move(path);
        e.message =
            "line " + std::to_string(e.line) + ", column " + std::to_string(e.column) + ": " + what;
        return e;
    }

    // A syntax error: parsing stops. Reported with an empty path, since the file as a whole
    // is not JSON; the message names line and column.
    bool fail(const std::string &what) { return failAt(m_pos, what); }
    bool failAt(std::size_t at, const std::string &what)
    {
        if (!m_failed)
            m_errors.push_back(makeError(at, std::string(), "not valid JSON: " + what));
        m_failed = true;
        return false;
    }

    // Too many values at places the format does not have: parsing stops, and the error
    // names the outermost such value.
    bool failUnknown()
    {
        std::string p;
        for (std::size_t i = 0; i < m_unknownRootDepth && i < m_path.size(); ++i)
            p = m_path[i].isKey ? jsonPathKey(p, m_path[i].key) : jsonPathIndex(p, m_path[i].index);
        if (!m_failed) {
            JsonParseError e = makeError(m_pos, p, std::string());
            e.message = "holds more than " + std::to_string(m_options.maxUnknownValues) +
                        " values at places the scenario format does not have (an unknown key, "
                        "or arrays and objects where the format has a single value); the file "
                        "is refused without reading further";
            m_errors.push_back(std::move(e));
        }
        m_failed = true;
        return false;
    }

    // Whether entering the value at m_pattern (already extended) starts an unknown region.
    bool entersUnknown() const
    {
        return m_dropping == 0 && m_unknown == 0 && m_options.knownPattern &&
               !m_options.knownPattern(m_pattern);
    }

    std::string describeHere() const { return describeByte(m_bytes, m_pos); }

    void skipWhitespace()
    {
        while (m_pos < m_bytes.size()) {
            const char c = m_bytes[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
            ++m_pos;
        }
    }

    bool parseValue(JsonValue &out, int depth)
    {
        if (m_dropping == 0 && m_unknown > 0) {
            if (++m_unknownValues > m_options.maxUnknownValues)
                return failUnknown();
        } else if (m_dropping == 0 && ++m_values > m_options.maxValues) {
            return fail("more than " + std::to_string(m_options.maxValues) +
                        " values; a scenario never needs that many");
        }
        out.offset = static_cast<std::uint32_t>(m_pos);
        if (m_pos >= m_bytes.size())
            return fail("unexpected end of file, a value was expected");
        const char c = m_bytes[m_pos];
        switch (c) {
        case '{':
            return parseObject(out, depth + 1);
        case '[':
            return parseArray(out, depth + 1);
        case '"': {
            std::string_view text;
            bool decoded = false;
            if (!parseString(text, m_decoded, decoded))
                return false;
            // Without escapes the text is a view into m_bytes; decoded, it is kept in the
            // document (unless the value is dropped anyway).
            if (decoded && m_dropping == 0)
                text = m_build.copyText(text);
            JsonBuilder::setText(out, JsonValue::Type::String, text);
            return true;
        }
        case 't':
            return parseLiteral("true", out, JsonValue::Type::Bool, true);
        case 'f':
            return parseLiteral("false", out, JsonValue::Type::Bool, false);
        case 'n':
            return parseLiteral("null", out, JsonValue::Type::Null, false);
        default:
            if (c == '-' || (c >= '0' && c <= '9'))
                return parseNumber(out);
            if (m_bytes.substr(m_pos, 3) == "NaN" || m_bytes.substr(m_pos, 8) == "Infinity")
                return fail("NaN and Infinity are not numbers in JSON");
            return fail("unexpected " + describeHere() + ", a value was expected");
        }
    }

    bool parseLiteral(std::string_view word, JsonValue &out, JsonValue::Type type, bool b)
    {
        if (m_bytes.substr(m_pos, word.size()) != word)
            return fail("unexpected " + describeHere() + ", a value was expected");
        m_pos += word.size();
        out.type = type;
        out.boolean = b;
        return true;
    }

    bool enterContainer(int depth)
    {
        if (depth > m_options.maxDepth)
            return fail("arrays and objects are nested more than " +
                        std::to_string(m_options.maxDepth) + " deep");
        return true;
    }

    bool parseArray(JsonValue &out, int depth)
    {
        out.type = JsonValue::Type::Array;
        if (!enterContainer(depth))
            return false;
        ++m_pos; // '['
        skipWhitespace();
        if (m_pos < m_bytes.size() && m_bytes[m_pos] == ']') {
            ++m_pos;
            return true;
        }
        JsonParseOptions::ArrayLimit limit;
        // Inside a dropped entry nothing is kept and nothing more is reported.
        const bool quiet = m_dropping > 0;
        if (quiet)
            limit.max = 0;
        else if (m_options.arrayLimit)
            limit = m_options.arrayLimit(m_pattern);
        const std::size_t arrayOffset = out.offset;
        const std::size_t base = m_items.size(); // this array's entries: m_items[base..]
        m_path.push_back({});
        const std::size_t patternSize = m_pattern.size();
        if (!quiet)
            m_pattern += "[]";
        const bool unknownEntries = entersUnknown();
        std::size_t count = 0;
        for (;;) {
            m_path.back().index = count;
            skipWhitespace();
            JsonValue entry;
            // Entries beyond the limit are parsed to be counted, then dropped: they cost no
            // memory and do not count against maxValues (time stays linear in the file's
            // size), so the count in the message is exact.
            const bool dropping = count >= limit.max;
            ++count;
            m_dropping += dropping ? 1 : 0;
            if (unknownEntries && !dropping) {
                // Named by the array's own path: it is where the format has no array.
                m_unknownRootDepth = m_path.size() - 1;
                ++m_unknown;
            }
            const bool parsed = parseValue(entry, depth);
            if (unknownEntries && !dropping)
                --m_unknown;
            m_dropping -= dropping ? 1 : 0;
            if (!parsed)
                return false;
            if (!dropping)
                m_items.push_back(entry);
            skipWhitespace();
            if (m_pos >= m_bytes.size())
                return fail("unexpected end of file inside an array, ',' or ']' was expected");
            const char c = m_bytes[m_pos++];
            if (c == ']')
                break;
            if (c != ',') {
                --m_pos;
                return fail("unexpected " + describeHere() +
                            " inside an array, ',' or ']' "
                            "was expected");
            }
        }
        m_path.pop_back();
        m_pattern.resize(patternSize);
        const std::size_t kept = m_items.size() - base;
        if (kept > JsonValue::kMaxSize) // only when maxValues allows that many
            return failAt(arrayOffset, "an array has more than " +
                                           std::to_string(JsonValue::kMaxSize) + " entries");
        JsonBuilder::setItems(out, m_build.copyItems(m_items.data() + base, kept), kept);
        m_items.resize(base);
        if (count > limit.max && !quiet) {
            std::string message;
            if (!limit.what.empty())
                message = "must have at most " + std::to_string(limit.max) + " " + limit.what +
                          ", got " + std::to_string(count);
            else if (limit.min == 0)
                message = "must have at most " + std::to_string(limit.max) + " entries, got " +
                          std::to_string(count);
            else
                message = "must have " + std::to_string(limit.min) + " to " +
                          std::to_string(limit.max) + " entries, got " + std::to_string(count);
            JsonParseError e = makeError(arrayOffset, currentPath(), message);
            e.message = message; // a rule of the format: the path says where, as for others
            m_errors.push_back(std::move(e));
        }
        return true;
    }

    bool parseObject(JsonValue &out, int depth)
    {
        out.type = JsonValue::Type::Object;
        if (!enterContainer(depth))
            return false;
        ++m_pos; // '{'
        skipWhitespace();
        if (m_pos < m_bytes.size() && m_bytes[m_pos] == '}') {
            ++m_pos;
            return true;
        }
        // Small objects are checked for duplicates by a scan, big ones by a set, so a
        // hostile object with a million keys stays linear.
        std::unordered_set<std::string_view> keys;
        const std::size_t base = m_members.size(); // this object's members: m_members[base..]
        std::string keyBuffer; // a key with escapes, decoded (kept keys are copied out)
        std::size_t seen = 0;  // keys read, duplicates included
        std::size_t extraMembers = 0;
        for (;;) {
            skipWhitespace();
            if (m_pos >= m_bytes.size() || m_bytes[m_pos] != '"')
                return fail("unexpected " + describeHere() +
                            " inside an object, a key in double quotes was expected");
            const std::size_t keyOffset = m_pos;
            std::string_view key;
            bool decoded = false;
            if (!parseString(key, keyBuffer, decoded))
                return false;
            skipWhitespace();
            if (m_pos >= m_bytes.size() || m_bytes[m_pos] != ':')
                return fail("unexpected " + describeHere() + " after a key, ':' was expected");
            ++m_pos;
            skipWhitespace();

            bool duplicate = false;
            const bool quiet = m_dropping > 0; // inside a dropped entry: keep nothing
            // Duplicates count too: a key repeated a million times costs no more than
            // maxObjectMembers errors.
            const bool overLimit = quiet || seen++ >= m_options.maxObjectMembers;
            const std::size_t members = m_members.size() - base;
            if (overLimit) {
                // Not kept: no duplicate check (and no growing set of keys).
            } else {
                if (decoded)
                    key = m_build.copyText(key); // the set and the member keep the view
                if (members < 16) {
                    for (std::size_t i = base; i < m_members.size(); ++i)
                        duplicate = duplicate || m_members[i].first == key;
                } else {
                    if (keys.empty())
                        for (std::size_t i = base; i < m_members.size(); ++i)
                            keys.insert(m_members[i].first);
                    duplicate = !keys.insert(key).second;
                }
            }
            m_path.push_back({key, true, 0});
            const std::size_t patternSize = m_pattern.size();
            if (!quiet) {
                if (!m_pattern.empty())
                    m_pattern += '.';
                m_pattern += key;
            }
            const bool unknownMember = !overLimit && entersUnknown();
            if (unknownMember) {
                m_unknownRootDepth = m_path.size();
                ++m_unknown;
            }
            if (overLimit) {
                // Parsed to find the end, not kept; reported once for the object.
                if (!quiet && ++extraMembers == 1) {
                    m_path.pop_back();
                    JsonParseError e = makeError(keyOffset, currentPath(), std::string());
                    e.message = "has more than " + std::to_string(m_options.maxObjectMembers) +
                                " keys; no object of a scenario file has that many";
                    m_errors.push_back(std::move(e));
                    m_path.push_back({key, true, 0});
                }
                JsonValue ignored;
                ++m_dropping;
                const bool parsed = parseValue(ignored, depth);
                --m_dropping;
                if (!parsed)
                    return false;
            } else if (duplicate) {
                // Reported with its path; parsing goes on so that later problems show too.
                // The second value is parsed and dropped.
                m_errors.push_back(makeError(keyOffset, currentPath(),
                                             "duplicate key \"" + std::string(key) + "\""));
                JsonValue ignored;
                if (!parseValue(ignored, depth))
                    return false;
            } else {
                JsonValue value;
                if (!parseValue(value, depth))
                    return false;
                m_members.push_back(JsonMember{key, value});
            }
            if (unknownMember)
                --m_unknown;
            m_pattern.resize(patternSize);
            m_path.pop_back();
            skipWhitespace();
            if (m_pos >= m_bytes.size())
                return fail("unexpected end of file inside an object, ',' or '}' was expected");
            const char c = m_bytes[m_pos++];
            if (c == '}')
                break;
            if (c != ',') {
                --m_pos;
                return fail("unexpected " + describeHere() +
                            " inside an object, ',' or '}' "
                            "was expected");
            }
        }
        const std::size_t kept = m_members.size() - base; // at most maxObjectMembers
        if (kept > JsonValue::kMaxSize)
            return failAt(out.offset, "an object has more than " +
                                          std::to_string(JsonValue::kMaxSize) + " keys");
        JsonBuilder::setMembers(out, m_build.copyMembers(m_members.data() + base, kept), kept);
        m_members.resize(base);
        return true;
    }

    static bool isDigit(char c) { return c >= '0' && c <= '9'; }

    bool parseNumber(JsonValue &out)
    {
        const std::size_t begin = m_pos;
        std::size_t i = m_pos;
        const std::size_t n = m_bytes.size();
        if (i < n && m_bytes[i] == '-')
            ++i;
        if (i >= n || !isDigit(m_bytes[i])) {
            m_pos = i;
            return fail("a digit was expected in a number");
        }
        if (m_bytes[i] == '0') {
            ++i;
            if (i < n && isDigit(m_bytes[i])) {
                m_pos = i;
                return fail("numbers must not have leading zeros");
            }
        } else {
            while (i < n && isDigit(m_bytes[i]))
                ++i;
        }
        if (i < n && m_bytes[i] == '.') {
            ++i;
            if (i >= n || !isDigit(m_bytes[i])) {
                m_pos = i;
                return fail("a digit was expected after the decimal point");
            }
            while (i < n && isDigit(m_bytes[i]))
                ++i;
        }
        if (i < n && (m_bytes[i] == 'e' || m_bytes[i] == 'E')) {
            ++i;
            if (i < n && (m_bytes[i] == '+' || m_bytes[i] == '-'))
                ++i;
            if (i >= n || !isDigit(m_bytes[i])) {
                m_pos = i;
                return fail("a digit was expected in the exponent");
            }
            while (i < n && isDigit(m_bytes[i]))
                ++i;
        }
        const std::string_view lexeme = m_bytes.substr(begin, i - begin);
        // JsonValue::number() reads the lexeme when asked. Here only numbers that might lie
        // beyond a double are read: those with an exponent or of more than 300 characters
        // (a plain decimal of at most 300 characters lies within 1e-299..1e300).
        if (lexeme.size() <= 300 && lexeme.find_first_of("eE") == std::string_view::npos) {
            JsonBuilder::setText(out, JsonValue::Type::Number, lexeme); // a view into m_bytes
            m_pos = i;
            return true;
        }
        double value = 0.0;
        const char *first = lexeme.data();
        const char *last = first + lexeme.size();
        // from_chars is locale-independent and correctly rounded.
        const auto [ptr, ec] = std::from_chars(first, last, value);
        if (ec == std::errc::result_out_of_range || (ec == std::errc() && !std::isfinite(value))) {
            // Valid JSON, but no double holds it: parsing stops, and like every rule the
            // error names the JSON path of the number as well as its line and column.
            if (!m_failed)
                m_errors.push_back(
                    makeError(begin, currentPath(),
                              "the number " + std::string(lexeme.substr(0, 40)) +
                                  " is too large or too small to be represented (a number must lie "
                                  "within about 1e-308 to 1.8e308 in size)"));
            m_failed = true;
            return false;
        }
        if (ec != std::errc() || ptr != last)
            return failAt(begin, "malformed number");
        if (lexeme.size() > JsonValue::kMaxSize)
            return failAt(begin, "a number of more than " + std::to_string(JsonValue::kMaxSize) +
                                     " characters");
        JsonBuilder::setText(out, JsonValue::Type::Number, lexeme); // a view into m_bytes
        m_pos = i;
        return true;
    }

    // A string at m_pos (its opening quote). Without escapes, `out` is a view into m_bytes;
    // with escapes the text is decoded into `buffer`, `out` views it and `decoded` is set.
    bool parseString(std::string_view &out, std::string &buffer, bool &decoded)
    {
        ++m_pos; // opening quote
        const std::size_t begin = m_pos;
        const std::size_t n = m_bytes.size();
        decoded = false;
        for (;;) {
            if (m_pos >= n)
                return fail("unexpected end of file inside a string");
            const auto c = static_cast<unsigned char>(m_bytes[m_pos]);
            if (c == '"') {
                out = decoded ? std::string_view(buffer) : m_bytes.substr(begin, m_pos - begin);
                if (out.size() > JsonValue::kMaxSize)
                    return failAt(begin - 1, "a string of more than " +
                                                 std::to_string(JsonValue::kMaxSize) + " bytes");
                ++m_pos;
                return true;
            }
            if (c == '\\') {
                if (!decoded) {
                    buffer.assign(m_bytes.substr(begin, m_pos - begin));
                    decoded = true;
                }
                if (!parseEscape(buffer))
                    return false;
                continue;
            }
            if (c < 0x20)
                return fail("raw " + codePointName(c) +
                            " in a string; control characters must be escaped and only tab "
                            "(\\t) and newline (\\n) are allowed");
            if (c < 0x80) {
                if (c == 0x7F)
                    return fail("control character U+007F in a string; only tab and newline "
                                "are allowed");
                if (decoded)
                    buffer += char(c);
                ++m_pos;
                continue;
            }
            std::uint32_t cp = 0;
            const std::size_t len = decodeUtf8(m_bytes, m_pos, cp);
            if (len == 0)
                return fail("invalid UTF-8 (" + describeHere() + "); save the file as UTF-8");
            if (isForbiddenControl(cp))
                return fail("control character " + codePointName(cp) +
                            " in a string; only tab and newline are allowed");
            if (decoded)
                buffer.append(m_bytes.substr(m_pos, len));
            m_pos += len;
        }
    }

    bool parseEscape(std::string &out)
    {
        const std::size_t at = m_pos;
        if (m_pos + 1 >= m_bytes.size())
            return fail("unexpected end of file inside a string");
        const char e = m_bytes[m_pos + 1];
        m_pos += 2;
        switch (e) {
        case '"':
            out += '"';
            return true;
        case '\\':
            out += '\\';
            return true;
        case '/':
            out += '/';
            return true;
        case 'n':
            out += '\n';
            return true;
        case 't':
            out += '\t';
            return true;
        case 'b':
        case 'f':
        case 'r':
            return failAt(at, std::string("escaped control character \\") + e +
                                  " in a string; only tab and newline are allowed");
        case 'u':
            break;
        default:
            return failAt(at, std::string("unknown escape \\") +
                                  (e >= 0x21 && e < 0x7F ? std::string(1, e) : "?") +
                                  " in a string");
        }
        unsigned unit = 0;
        if (!tryHex4(m_bytes, m_pos, unit))
            return failAt(at, "a \\u escape needs four hex digits");
        m_pos += 4;
        std::uint32_t cp = unit;
        if (unit >= 0xDC00 && unit <= 0xDFFF)
            return failAt(at, "lone low surrogate \\u" + hex4(unit) + " in a string");
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            // A high surrogate must be followed at once by an escaped low surrogate.
            unsigned low = 0;
            if (m_bytes.substr(m_pos, 2) != "\\u" || !tryHex4(m_bytes, m_pos + 2, low) ||
                low < 0xDC00 || low > 0xDFFF)
                return failAt(at, "lone high surrogate \\u" + hex4(unit) + " in a string");
            m_pos += 6;
            cp = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
        }
        if (isForbiddenControl(cp))
            return failAt(at, "control character " + codePointName(cp) +
                                  " in a string; only tab and newline are allowed");
        appendUtf8(out, cp);
        return true;
    }
};

} // namespace

namespace {

JsonParseResult parseWith(JsonBuilder &build, std::string_view bytes,
                          const JsonParseOptions &options)
{
    if (bytes.size() > 0xFFFFFFFFu) {
        JsonParseResult r;
        JsonParseError e;
        e.message = "the text is larger than 4 GiB";
        r.errors.push_back(e);
        return r;
    }
    try {
        return Parser(bytes, options, build).run();
    } catch (const std::exception &ex) { // std::bad_alloc on a hostile file
        JsonParseResult r;
        JsonParseError e;
        e.message = std::string("the file could not be read: ") + ex.what();
        r.errors.push_back(e);
        return r;
    }
}

} // namespace

JsonParseResult parseJson(std::string_view bytes, const JsonParseOptions &options)
{
    JsonBuilder build;
    return parseWith(build, bytes, options);
}

JsonParseResult parseJson(std::string &&bytes, const JsonParseOptions &options)
{
    JsonBuilder build;
    const std::string_view kept = build.keepText(std::move(bytes));
    return parseWith(build, kept, options);
}

} // namespace fleetroi
