// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the JSON parser (JsonParser.cpp, JsonValue.cpp): builds a JsonDocument. Values
// are parsed into scratch stacks and, when an array or object closes, its entries are copied
// side by side into blocks the document owns (an arena: one allocation per block, not per
// value), so the parsed form of the largest scenario stays a small multiple of its text
// (issue #14). Plain C++, no Qt.
#pragma once

#include "scenario/JsonValue.h"

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace fleetroi {

class JsonBuilder
{
public:
    JsonBuilder();
    ~JsonBuilder();
    JsonBuilder(const JsonBuilder &) = delete;
    JsonBuilder &operator=(const JsonBuilder &) = delete;

    // Keeps `text` in the document (parseJson(std::string&&)); returns the kept copy, which
    // the values may point into.
    std::string_view keepText(std::string &&text);

    // Copies into the document's blocks; the result lives as long as the document.
    std::string_view copyText(std::string_view text);
    const JsonValue *copyItems(const JsonValue *items, std::size_t n);
    const JsonMember *copyMembers(const JsonMember *members, std::size_t n);

    // Sets a value's view; n is at most JsonValue::kMaxSize (the parser checks).
    static void setText(JsonValue &v, JsonValue::Type type, std::string_view text)
    {
        v.type = type;
        v.m_size = static_cast<std::uint32_t>(text.size());
        v.m_data = text.data();
    }
    static void setItems(JsonValue &v, const JsonValue *items, std::size_t n)
    {
        v.m_size = static_cast<std::uint32_t>(n);
        v.m_data = items;
    }
    static void setMembers(JsonValue &v, const JsonMember *members, std::size_t n)
    {
        v.m_size = static_cast<std::uint32_t>(n);
        v.m_data = members;
    }

    // The finished document holding `root` (copied into it) and everything copied above.
    JsonDocument finish(const JsonValue &root);

private:
    void *allocate(std::size_t bytes);
    std::unique_ptr<JsonDocument::Storage> m_storage;
};

} // namespace fleetroi
