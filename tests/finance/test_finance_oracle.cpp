// SPDX-License-Identifier: GPL-3.0-or-later
// Checks every finance function against LibreOffice Calc's own results: one CSV per function
// in the oracle directory (shared/oracle/README.md describes the format). The directory is
// $FLEETROI_ORACLE_DIR when set (so the acceptance set can be run without rebuilding),
// otherwise tests/data/oracle.
//
// A row passes when |got - expected| <= 1e-9 * max(|expected|, M), M being the largest
// magnitude among the row's money inputs (M = 1 for rate-valued IRR/XIRR/RATE/MIRR and for
// NPER, whose result is a number of periods). An ERROR row must give an error; for IRR a true
// root (|NPV| <= 1e-9 * the flows' scale, see isTrueIrrRoot) is accepted too, because
// FleetROI's irr() goes on searching where the spreadsheet's 20 Newton steps give up.
#include "finance/Finance.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

using namespace fleetroi::finance;

namespace {

constexpr double kTolerance = 1e-9;

// A row that cannot be read is reported, never skipped.
struct Malformed
{
    std::string why;
};

std::vector<std::string> splitOn(const std::string &text, char separator)
{
    std::vector<std::string> parts;
    std::string current;
    for (char c : text) {
        if (c == separator) {
            parts.push_back(current);
            current.clear();
        } else {
            current.push_back(c);
        }
    }
    parts.push_back(current);
    return parts;
}

double parseNumber(const std::string &text)
{
    if (text.empty())
        throw Malformed{"empty number"};
    const char *begin = text.c_str();
    char *end = nullptr;
    const double value = std::strtod(begin, &end);
    if (end != begin + text.size() || !std::isfinite(value))
        throw Malformed{"not a number: '" + text + "'"};
    return value;
}

// The arguments of one row, typed on demand.
class Args
{
public:
    explicit Args(std::vector<std::string> fields)
        : m_fields(std::move(fields))
    {}
    bool omitted(std::size_t i) const { return m_fields.at(i).empty(); }
    double num(std::size_t i) const
    {
        if (omitted(i))
            throw Malformed{"required argument " + std::to_string(i + 1) + " is empty"};
        return parseNumber(m_fields.at(i));
    }
    double numOr(std::size_t i, double fallback) const
    {
        return omitted(i) ? fallback : parseNumber(m_fields.at(i));
    }
    std::optional<double> optNum(std::size_t i) const
    {
        if (omitted(i))
            return std::nullopt;
        return parseNumber(m_fields.at(i));
    }
    std::vector<double> list(std::size_t i) const
    {
        if (omitted(i))
            throw Malformed{"empty value list"};
        std::vector<double> values;
        for (const std::string &part : splitOn(m_fields.at(i), ';'))
            values.push_back(parseNumber(part));
        return values;
    }
    std::vector<DayNumber> dates(std::size_t i) const
    {
        if (omitted(i))
            throw Malformed{"empty date list"};
        std::vector<DayNumber> days;
        for (const std::string &part : splitOn(m_fields.at(i), ';')) {
            const std::optional<CivilDate> date = parseIsoDate(part);
            if (!date)
                throw Malformed{"not an ISO date: '" + part + "'"};
            days.push_back(daysFromCivil(*date));
        }
        return days;
    }
    // Largest magnitude over numbers and number lists in the given argument columns.
    double largestMagnitude(const std::vector<std::size_t> &columns) const
    {
        double largest = 0.0;
        for (std::size_t i : columns) {
            if (omitted(i))
                continue;
            for (const std::string &part : splitOn(m_fields.at(i), ';'))
                largest = std::max(largest, std::abs(parseNumber(part)));
        }
        return largest;
    }

private:
    std::vector<std::string> m_fields;
};

struct FunctionSpec
{
    std::vector<std::string> columns;      // argument columns, in LibreOffice's order
    std::vector<std::size_t> moneyColumns; // empty: the result is a rate or count, M = 1
    std::function<Result<double>(const Args &)> call;
    bool acceptTrueIrrRootOnError = false;
};

const std::map<std::string, FunctionSpec> &functionSpecs()
{
    static const std::map<std::string, FunctionSpec> specs = {
        {"SLN",
         {{"cost", "salvage", "life"},
          {0, 1},
          [](const Args &a) {
              return sln(a.num(0), a.num(1), a.num(2));
          }}},
        {"SYD",
         {{"cost", "salvage", "life", "period"},
          {0, 1},
          [](const Args &a) {
              return syd(a.num(0), a.num(1), a.num(2), a.num(3));
          }}},
        {"DDB",
         {{"cost", "salvage", "life", "period", "factor"},
          {0, 1},
          [](const Args &a) {
              return ddb(a.num(0), a.num(1), a.num(2), a.num(3), a.numOr(4, 2.0));
          }}},
        {"DB",
         {{"cost", "salvage", "life", "period", "month"},
          {0, 1},
          [](const Args &a) {
              return db(a.num(0), a.num(1), a.num(2), a.num(3), a.numOr(4, 12.0));
          }}},
        {"VDB",
         {{"cost", "salvage", "life", "start_period", "end_period", "factor", "no_switch"},
          {0, 1},
          [](const Args &a) {
              return vdb(a.num(0), a.num(1), a.num(2), a.num(3), a.num(4), a.numOr(5, 2.0),
                         a.numOr(6, 0.0) != 0.0);
          }}},
        {"NPV",
         {{"rate", "values"},
          {1},
          [](const Args &a) {
              return npv(a.num(0), a.list(1));
          }}},
        {"XNPV",
         {{"rate", "values", "dates"},
          {1},
          [](const Args &a) {
              return xnpv(a.num(0), a.list(1), a.dates(2));
          }}},
        {"IRR",
         {{"values", "guess"},
          {},
          [](const Args &a) { return irr(a.list(0), a.numOr(1, 0.1)); },
          true}},
        {"XIRR",
         {{"values", "dates", "guess"},
          {},
          [](const Args &a) {
              return xirr(a.list(0), a.dates(1), a.numOr(2, 0.1));
          }}},
        {"MIRR",
         {{"values", "finance_rate", "reinvest_rate"},
          {},
          [](const Args &a) {
              return mirr(a.list(0), a.num(1), a.num(2));
          }}},
        {"PMT",
         {{"rate", "nper", "pv", "fv", "type"},
          {2, 3},
          [](const Args &a) {
              return pmt(a.num(0), a.num(1), a.num(2), a.numOr(3, 0.0), a.numOr(4, 0.0));
          }}},
        {"IPMT",
         {{"rate", "per", "nper", "pv", "fv", "type"},
          {3, 4},
          [](const Args &a) {
              return ipmt(a.num(0), a.num(1), a.num(2), a.num(3), a.numOr(4, 0.0), a.numOr(5, 0.0));
          }}},
        {"PPMT",
         {{"rate", "per", "nper", "pv", "fv", "type"},
          {3, 4},
          [](const Args &a) {
              return ppmt(a.num(0), a.num(1), a.num(2), a.num(3), a.numOr(4, 0.0), a.numOr(5, 0.0));
          }}},
        {"PV",
         {{"rate", "nper", "pmt", "fv", "type"},
          {2, 3},
          [](const Args &a) {
              return pv(a.num(0), a.num(1), a.num(2), a.numOr(3, 0.0), a.numOr(4, 0.0));
          }}},
        {"FV",
         {{"rate", "nper", "pmt", "pv", "type"},
          {2, 3},
          [](const Args &a) {
              return fv(a.num(0), a.num(1), a.num(2), a.numOr(3, 0.0), a.numOr(4, 0.0));
          }}},
        {"NPER",
         {{"rate", "pmt", "pv", "fv", "type"},
          {},
          [](const Args &a) {
              return nper(a.num(0), a.num(1), a.num(2), a.numOr(3, 0.0), a.numOr(4, 0.0));
          }}},
        {"RATE",
         {{"nper", "pmt", "pv", "fv", "type", "guess"},
          {},
          [](const Args &a) {
              return rate(a.num(0), a.num(1), a.num(2), a.numOr(3, 0.0), a.numOr(4, 0.0),
                          a.optNum(5));
          }}},
        {"CUMIPMT",
         {{"rate", "nper", "pv", "start_period", "end_period", "type"},
          {2},
          [](const Args &a) {
              return cumipmt(a.num(0), a.num(1), a.num(2), a.num(3), a.num(4), a.num(5));
          }}},
        {"CUMPRINC",
         {{"rate", "nper", "pv", "start_period", "end_period", "type"},
          {2},
          [](const Args &a) {
              return cumprinc(a.num(0), a.num(1), a.num(2), a.num(3), a.num(4), a.num(5));
          }}},
    };
    return specs;
}

// Whether x is a true IRR of values (values[i] discounted by (1 + x)^i): |NPV(x)| within
// 1e-9 of the flows' scale at that rate, i.e. the largest of |values[i]| and of the
// discounted |values[i] / (1 + x)^i|. The discounted terms count because far from 0 % (say
// -13 % a month over 240 months) they reach 1e14 times the flows, and then one ulp of x
// moves NPV by more than 1e-9 of the undiscounted flows: no double would pass.
bool isTrueIrrRoot(const std::vector<double> &values, double x)
{
    if (!(x > -1.0) || !std::isfinite(x))
        return false;
    double sum = 0.0;
    double scale = 0.0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double term = values[i] / std::pow(1.0 + x, static_cast<double>(i));
        sum += term;
        scale = std::max({scale, std::abs(values[i]), std::abs(term)});
    }
    return std::isfinite(sum) && std::abs(sum) <= kTolerance * scale;
}

std::string formatNumber(double value)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.17g", value);
    return buffer;
}

std::string formatResult(const Result<double> &result)
{
    return result.ok() ? formatNumber(result.value())
                       : "error (" + std::string(result.errorText()) + ")";
}

std::filesystem::path oracleDirectory()
{
    if (const char *dir = std::getenv("FLEETROI_ORACLE_DIR"); dir && *dir)
        return dir;
    return std::filesystem::path(FLEETROI_TEST_DATA_DIR) / "oracle";
}

struct Tally
{
    int cases = 0;
    int functions = 0;
    int mismatches = 0;
    std::vector<std::string> problems; // file-level failures (unknown function, bad header)
};

void report(const std::string &line)
{
    std::printf("%s\n", line.c_str());
    std::fflush(stdout);
}

// Checks one data row; returns an empty string when it passes, else the reason.
std::string checkRow(const FunctionSpec &spec, const std::vector<std::string> &fields)
{
    const std::vector<std::string> argFields(fields.begin() + 1, fields.end() - 1);
    const Args args(argFields);
    const std::string &expectedText = fields.back();
    const Result<double> got = spec.call(args);

    if (expectedText == "ERROR") {
        if (!got.ok())
            return {};
        if (spec.acceptTrueIrrRootOnError && isTrueIrrRoot(args.list(0), got.value()))
            return {};
        return "expected ERROR, got " + formatResult(got);
    }
    const double expected = parseNumber(expectedText);
    const double scale = spec.moneyColumns.empty() ? 1.0 : args.largestMagnitude(spec.moneyColumns);
    if (!got.ok())
        return "expected " + expectedText + ", got " + formatResult(got);
    const double diff = std::abs(got.value() - expected);
    if (!(diff <= kTolerance * std::max(std::abs(expected), scale)))
        return "expected " + expectedText + ", got " + formatResult(got) + " (|diff| " +
               formatNumber(diff) + ", M " + formatNumber(scale) + ")";
    return {};
}

void checkFile(const std::filesystem::path &file, Tally &tally)
{
    const std::string function = file.stem().string();
    const auto &specs = functionSpecs();
    const auto specIt = specs.find(function);
    if (specIt == specs.end()) {
        tally.problems.push_back(file.filename().string() + ": unknown function " + function);
        return;
    }
    const FunctionSpec &spec = specIt->second;
    std::ifstream in(file);
    if (!in) {
        tally.problems.push_back(file.string() + ": cannot be read");
        return;
    }
    ++tally.functions;

    std::string line;
    int lineNumber = 0;
    bool headerSeen = false;
    while (std::getline(in, line)) {
        ++lineNumber;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.empty())
            continue;
        const std::vector<std::string> fields = splitOn(line, ',');
        if (!headerSeen) {
            headerSeen = true;
            std::vector<std::string> expectedHeader{"case_id"};
            expectedHeader.insert(expectedHeader.end(), spec.columns.begin(), spec.columns.end());
            expectedHeader.push_back("expected");
            if (fields != expectedHeader) {
                tally.problems.push_back(file.filename().string() + ": unexpected header '" + line +
                                         "'");
                return;
            }
            continue;
        }
        ++tally.cases;
        const std::string where = fields.empty() || fields[0].empty()
                                      ? file.filename().string() + ":" + std::to_string(lineNumber)
                                      : fields[0];
        std::string failure;
        try {
            if (fields.size() != spec.columns.size() + 2)
                throw Malformed{"expected " + std::to_string(spec.columns.size() + 2) +
                                " fields, found " + std::to_string(fields.size())};
            if (fields[0].empty())
                throw Malformed{"empty case_id"};
            failure = checkRow(spec, fields);
        } catch (const Malformed &malformed) {
            failure = "malformed row: " + malformed.why;
        }
        if (!failure.empty()) {
            ++tally.mismatches;
            report("MISMATCH " + where + ": " + failure);
        }
    }
    if (!headerSeen)
        tally.problems.push_back(file.filename().string() + ": empty file");
}

} // namespace

class TestFinanceOracle : public QObject
{
    Q_OBJECT

private slots:
    void everyOracleCase()
    {
        const std::filesystem::path dir = oracleDirectory();
        QVERIFY2(std::filesystem::is_directory(dir),
                 ("oracle directory not found: " + dir.string()).c_str());
        std::vector<std::filesystem::path> files;
        for (const auto &entry : std::filesystem::directory_iterator(dir)) {
            if (entry.is_regular_file() && entry.path().extension() == ".csv")
                files.push_back(entry.path());
        }
        std::sort(files.begin(), files.end());
        QVERIFY2(!files.empty(), ("no CSV files in " + dir.string()).c_str());

        Tally tally;
        for (const auto &file : files)
            checkFile(file, tally);
        for (const std::string &problem : tally.problems)
            report("PROBLEM " + problem);
        report("oracle: " + std::to_string(tally.cases) + " cases, " +
               std::to_string(tally.functions) + " functions, " + std::to_string(tally.mismatches) +
               " mismatches");

        QVERIFY2(tally.problems.empty(),
                 "oracle directory holds unusable files (see PROBLEM lines)");
        QVERIFY2(tally.cases > 0, "no oracle cases");
        QCOMPARE(tally.mismatches, 0);
    }
};

QTEST_GUILESS_MAIN(TestFinanceOracle)
#include "test_finance_oracle.moc"
