// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the scenario reader and validator: the format's ranges in one place, and the
// range and consistency checks shared by readScenario() and validateScenario(), so a file
// and an in-memory scenario obey the same rules with the same messages.
#pragma once

#include "scenario/Scenario.h"
#include "scenario/ScenarioReader.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace fleetroi::scenario_detail {

// A range of the format (SCENARIO_FORMAT.md): [min, max], an open end written "(" / ")"
// in the spec's ">0..1" and "0..<1" notation; `whole` = must be a whole number.
struct NumberRule
{
    double min = 0.0;
    double max = 0.0;
    bool minOpen = false;
    bool maxOpen = false;
    bool whole = false;
};

constexpr NumberRule closed(double lo, double hi)
{
    return {lo, hi, false, false, false};
}
constexpr NumberRule wholeRange(double lo, double hi)
{
    return {lo, hi, false, false, true};
}

namespace rules {
constexpr double kTwoTo53 = 9007199254740992.0; // 2^53, largest seed
constexpr NumberRule horizonMonths = wholeRange(1, 240);
constexpr NumberRule discountRate = closed(-0.5, 1);
constexpr NumberRule taxRate = closed(0, 0.9);
constexpr NumberRule bonusDepreciation = closed(0, 1);
constexpr NumberRule fiscalYearEndMonth = wholeRange(1, 12);
constexpr NumberRule availability = {0, 1, true, false, false}; // >0..1
constexpr NumberRule pue = closed(1, 3);
constexpr NumberRule electricityPricePerKwh = closed(0, 10);
constexpr NumberRule electricityAnnualEscalation = closed(-0.5, 1);
constexpr NumberRule colocationPerKwMonth = closed(0, 10000);
constexpr NumberRule maintenanceFractionPerYear = closed(0, 1);
constexpr NumberRule staffCostPerMonth = closed(0, 1e12);
constexpr NumberRule computeHours = closed(0, 1e15);
constexpr NumberRule demandAnnualGrowth = closed(-1, 10);
constexpr NumberRule sellableFraction = closed(0, 1);
constexpr NumberRule salesCostFraction = closed(0, 1);
constexpr NumberRule contractMonths = wholeRange(1, 60);
// A SKU.
constexpr NumberRule gpuPrice = closed(0, 1e9);
constexpr NumberRule gpusPerServer = wholeRange(1, 1024);
constexpr NumberRule serverCost = closed(0, 1e9);
constexpr NumberRule networkCostPerGpu = closed(0, 1e9);
constexpr NumberRule powerKwPerGpu = {0, 20, true, false, false}; // >0..20
constexpr NumberRule idlePowerFraction = closed(0, 1);
constexpr NumberRule throughput = {0, 1000, true, false, false}; // >0..1000
constexpr NumberRule lifeMonths = wholeRange(1, 240);
constexpr NumberRule salvageFraction = {0, 1, false, true, false}; // 0..<1
constexpr NumberRule resaleFraction = closed(0, 1);
constexpr NumberRule annualFailureRate = {0, 1, false, true, false}; // 0..<1
// A price curve, per GPU-hour.
constexpr NumberRule price = closed(0, 1e6);
constexpr NumberRule priceAnnualChange = closed(-1, 10);
constexpr NumberRule pointMonth = wholeRange(0, 1000);
// Model 1.1: a market value curve is per GPU, not per GPU-hour.
constexpr NumberRule marketValue = closed(0, 1e9);
constexpr NumberRule marketAgeDiscountPerYear = {0, 1, false, true, false}; // 0..<1
// A purchase (its month range 0..H-1 depends on the horizon).
constexpr NumberRule purchaseMonthAnyHorizon = wholeRange(0, 239);
constexpr NumberRule purchaseGpus = wholeRange(1, 1e8);
constexpr NumberRule installLagMonths = wholeRange(0, 60);
// Uncertainty.
constexpr NumberRule paths = wholeRange(1, 1e7);
constexpr NumberRule seed = wholeRange(0, kTwoTo53);
constexpr NumberRule rho = closed(-1, 1);

constexpr std::size_t kMaxNameChars = 200;
constexpr std::size_t kMaxTextChars = 10000;
constexpr std::size_t kMaxSkus = 100;
constexpr std::size_t kMaxPurchases = 10000;
constexpr std::size_t kMaxProvenance = 10000;
constexpr std::size_t kMaxCurvePoints = 1000;
constexpr std::size_t kMaxSeriesMonths = 240; // horizonMonths.max
} // namespace rules

// Entry limits of the format's arrays for the parser (JsonParseOptions::arrayLimit), by path
// pattern ("skus", "skus[].lease_price.points", ...), from the same constants as the checks
// below, so an over-long array is refused before it is built, with the checks' message.
// Arrays at paths the format does not have get at most kMaxUnknownArrayEntries.
struct ArrayLimitRule
{
    std::size_t min = 0;
    std::size_t max = 0;
    const char *what = ""; // "" = "entries"
};
ArrayLimitRule arrayLimitOf(std::string_view pattern);
constexpr std::size_t kMaxUnknownArrayEntries = 10000;
// Whether the format has a value at this path pattern (JsonParseOptions::knownPattern):
// every key of SCENARIO_FORMAT.md, indices written "[]" ("skus[].lease_price.points[][]"),
// any driver name under "uncertainty.drivers". Values elsewhere are refused by the reader
// (unknown key, wrong type); the parser keeps at most kMaxUnknownValues of them so that a
// refused file's memory stays bounded (issue #14). A pattern missing here by mistake only
// puts that field under the smaller budget, it never changes what is read.
bool knownValuePattern(std::string_view pattern);
constexpr std::size_t kMaxUnknownValues = 100000;
// Keys of one object: no object of the format has more than a few dozen.
constexpr std::size_t kMaxObjectMembers = 256;
// Values (JsonParseOptions::maxValues) at known places of the largest valid scenario, with
// room: every SKU with three curves of kMaxCurvePoints [month, price] points (3 values each)
// and ~40 other values, every purchase 7 values, every provenance entry 5, the series, and
// uncertainty's drivers and a correlations list as long as the parser lets any array be
// (4 values an entry). About 1.07 million; the parsed form is 16 bytes a value.
constexpr std::size_t kMaxScenarioValues =
    1000 + rules::kMaxSkus * (40 + 3 * (2 + 3 * rules::kMaxCurvePoints)) +
    rules::kMaxPurchases * 7 + rules::kMaxProvenance * 5 + rules::kMaxSeriesMonths +
    kMaxUnknownArrayEntries * 4;

// The drivers of MODEL.md's sensitivity list, the names `uncertainty.drivers` may use: the
// keys of scenario/DriverCatalog.h in DriverId order.
const std::vector<std::string_view> &sensitivityDrivers();

// "a whole number from 1 to 100000000", "a number greater than 0 and at most 1", ...
std::string describeRule(const NumberRule &r);
bool inRange(double v, const NumberRule &r);
bool inRange(std::int64_t v, const NumberRule &r); // exact for whole rules

// Shortest round-trip form in the C locale; whole values below 2^53 as integers.
std::string formatNumber(double v);

// Quoted for a message, cut at 60 characters.
std::string quoteForMessage(std::string_view s);

// Number of Unicode code points of valid UTF-8 text.
std::size_t countCharacters(std::string_view utf8);

// Collects problems; remembers paths that already have one so a bad value is reported once,
// and each number's lexeme so messages quote the file ("got 1e3", not "got 1000").
class ErrorSink
{
public:
    std::vector<ValidationError> errors;
    std::unordered_map<std::string, std::string> lexemes; // path -> number as written
    // Paths whose value the reader derived from another field because the key was omitted
    // (operating_life_months from useful_life_months, resale_fraction from
    // salvage_fraction): their source is checked, and its range lies inside theirs.
    std::unordered_set<std::string> derived;
    bool full = false;

    void add(const std::string &path, std::string message);
    // True when this path or one of its ancestors already has a problem.
    bool isBad(const std::string &path) const;

private:
    std::unordered_set<std::string> m_badPaths;
};

// Range and consistency rules of the whole scenario, in the order of the format's tables.
void checkScenario(const Scenario &s, ErrorSink &sink);

} // namespace fleetroi::scenario_detail
