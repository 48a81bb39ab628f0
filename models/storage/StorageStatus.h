// SPDX-License-Identifier: GPL-3.0-or-later
// The outcome of a workspace operation, as a value: the storage layer never lets an
// exception cross its API. A failed status carries one message in the analyst's words.
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace fleetroi {

struct StorageStatus
{
    enum class Code
    {
        Ok,
        NotFound, // no such scenario, revision or file
        Invalid,  // bad input (an invalid scenario file, an empty name, ...)
        Conflict, // changed elsewhere since it was opened, or a name already in use
        ReadOnly, // the workspace is open read-only (damaged, newer, or not writable)
        Failed,   // the database or the file system refused
    };

    Code code = Code::Ok;
    QString message;

    bool ok() const { return code == Code::Ok; }

    static StorageStatus success() { return {}; }
    static StorageStatus failure(Code c, QString text) { return {c, std::move(text)}; }
};

// A value or the reason there is none.
template <typename T> struct StorageResult
{
    std::optional<T> value;
    StorageStatus status;

    bool ok() const { return status.ok() && value.has_value(); }

    StorageResult() = default;
    StorageResult(T v)
        : value(std::move(v))
    {}
    StorageResult(StorageStatus s)
        : status(std::move(s))
    {}
};

} // namespace fleetroi
