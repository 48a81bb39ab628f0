// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a scenario file from disk (ScenarioReader.h): size limit, then readScenario().
#include "scenario/ScenarioReader.h"

#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>

namespace fleetroi {

ScenarioReadResult readScenarioFile(const std::string &filePath)
{
    ScenarioReadResult r;
    auto fail = [&](std::string message) {
        r.errors.push_back({std::string(), std::move(message)});
        return r;
    };
    try {
        // The path is UTF-8 on every platform.
        const std::filesystem::path path(
            std::u8string(reinterpret_cast<const char8_t *>(filePath.data()), filePath.size()));
        std::error_code ec;
        const auto status = std::filesystem::status(path, ec);
        if (ec)
            return fail("cannot open \"" + filePath + "\": " + ec.message());
        if (!std::filesystem::is_regular_file(status))
            return fail("cannot open \"" + filePath + "\": not a regular file");
        const std::uintmax_t size = std::filesystem::file_size(path, ec);
        if (ec)
            return fail("cannot open \"" + filePath + "\": " + ec.message());
        // Refused before reading: a scenario never comes near 16 MiB.
        if (size > kMaxScenarioFileBytes)
            return fail("the file is " + std::to_string(size) +
                        " bytes; a scenario file is at most 16 MiB (" +
                        std::to_string(kMaxScenarioFileBytes) + " bytes)");
        std::ifstream in(path, std::ios::binary);
        if (!in)
            return fail("cannot open \"" + filePath + "\" for reading");
        std::string bytes;
        bytes.resize(std::size_t(size));
        in.read(bytes.data(), std::streamsize(size));
        if (in.gcount() != std::streamsize(size))
            return fail("cannot read \"" + filePath + "\": the file changed while being read");
        // A file that grew after the size check is refused too, without reading on.
        if (in.peek() != std::char_traits<char>::eof())
            return fail("cannot read \"" + filePath + "\": the file changed while being read");
        return readScenario(bytes);
    } catch (const std::exception &e) {
        return fail("cannot read \"" + filePath + "\": " + e.what());
    }
}

} // namespace fleetroi
