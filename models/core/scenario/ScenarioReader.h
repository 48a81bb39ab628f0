// SPDX-License-Identifier: GPL-3.0-or-later
// Reading and validating scenario files (shared/spec/SCENARIO_FORMAT.md, version 1).
// Plain C++, no Qt; no exception leaves these functions.
//
// A scenario file is untrusted input: it is read whole, parsed strictly (JsonParser.h) and
// checked against every rule of the format before a Scenario is handed out. Every problem
// is reported, one ValidationError each, with the JSON path it concerns.
#pragma once

#include "scenario/Scenario.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fleetroi {

struct ValidationError
{
    // JSON path in the file's spelling, e.g. "purchases[3].gpus" or "operations.pue_factor";
    // "" = the whole file (not JSON, not readable, too big).
    std::string path;
    // The rule broken, e.g. "must be a whole number from 1 to 100000000, got -5".
    std::string message;

    bool operator==(const ValidationError &) const = default;
};

struct ScenarioReadResult
{
    std::optional<Scenario> scenario; // set only when the file is valid
    std::vector<ValidationError> errors;
    bool ok() const { return scenario.has_value() && errors.empty(); }
};

// Largest scenario file read, in bytes (16 MiB).
constexpr std::size_t kMaxScenarioFileBytes = 16u * 1024u * 1024u;

// At most this many problems are listed for one file; a last entry says more were left out.
constexpr std::size_t kMaxReportedErrors = 1000;

// Validates the whole text (UTF-8 JSON) and reports all problems, not only the first.
ScenarioReadResult readScenario(std::string_view bytes);

// Reads a file (path in UTF-8). A file larger than kMaxScenarioFileBytes is refused before
// anything is read; I/O problems are errors with an empty path.
ScenarioReadResult readScenarioFile(const std::string &filePath);

// The same range and consistency rules on an in-memory scenario (e.g. from the editor), with
// paths as in the file: "skus[0].gpu_price". Empty = valid.
std::vector<ValidationError> validateScenario(const Scenario &s);

// "path: message", or just the message when the path is empty.
std::string formatError(const ValidationError &e);

} // namespace fleetroi
