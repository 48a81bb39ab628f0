// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario: every assumption an analyst enters, as read from a scenario file
// (shared/spec/SCENARIO_FORMAT.md, version 1). Plain C++, no Qt.
//
// Conventions for every field below:
//  - money is in the scenario's currency (`currency`), never converted;
//  - rates and fractions are plain decimals (0.09 = 9 %), annual unless the name says otherwise;
//  - months are indices from the scenario's start month (month 0 = `start`).
// Defaults here are the format's defaults, so a default-constructed struct equals what
// the reader produces for an omitted key.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace fleetroi {

// A price per GPU-hour that changes over time (MODEL.md "Price curves").
struct PriceCurve
{
    enum class Kind { Growth, Points };
    Kind kind = Kind::Growth;

    // Kind::Growth: start * (1 + annualChange)^(t/12) in month t.
    double start = 0.0;
    double annualChange = 0.0;

    // Kind::Points: (month index, price), strictly increasing months; linear between
    // points, flat before the first and after the last.
    std::vector<std::pair<int, double>> points;

    // Price in month t (t may be any month index >= 0).
    double at(int month) const;

    bool operator==(const PriceCurve &) const = default;
};

enum class DepreciationMethod { StraightLine, DoubleDeclining, SumOfYears };
enum class TaxDepreciation { Book, Macrs5HalfYear };
// MarketValue is a model 1.1 addition (MODEL.md "Version 1.1").
enum class TerminalValueMethod { None, BookValue, MarketValue };

// A change in accounting estimate of a SKU's book life (MODEL.md 1.1, ASC 250): from month
// `month` (index from the scenario's start, 0..H-1) the book life is `usefulLifeMonths`.
struct UsefulLifeChange
{
    int month = 0;
    int usefulLifeMonths = 0; // L2, 1..240

    bool operator==(const UsefulLifeChange &) const = default;
};

// A GPU type with its costs, power, life and prices.
struct Sku
{
    std::string id;   // [a-z0-9_-]{1,32}, unique in the scenario
    std::string name; // display name
    double gpuPrice = 0.0;          // per GPU
    int gpusPerServer = 8;          // servers are bought whole: ceil(gpus / gpusPerServer)
    double serverCost = 0.0;        // per server, beyond the GPUs
    double networkCostPerGpu = 0.0; // per GPU
    double powerKwPerGpu = 0.0;     // kW of IT power at full load, server share included
    double idlePowerFraction = 0.3; // share of full-load power drawn when idle
    double throughput = 1.0;        // H100-equivalents per GPU
    int usefulLifeMonths = 0;       // book depreciation life L
    int operatingLifeMonths = 0;    // operating life O; the reader sets it to L when omitted
    double salvageFraction = 0.0;   // of cost, book value at the end of the useful life
    double resaleFraction = 0.0;    // of cost, sale proceeds at disposal; reader default = salvage
    DepreciationMethod depreciation = DepreciationMethod::StraightLine;
    double annualFailureRate = 0.0; // share of working GPUs lost per year
    PriceCurve leasePrice;          // per GPU-hour, what tenants pay
    PriceCurve cloudPrice;          // per GPU-hour, what renting the same GPU would cost

    // Model 1.1 (all optional; absent = the v1 model).
    // What one used GPU (with its share of server and network) sells for in month t at age 0,
    // per GPU. When set, disposals sell at market value and resaleFraction is not used.
    std::optional<PriceCurve> marketValue;
    double marketAgeDiscountPerYear = 0.0; // delta: (1 - delta)^(age / 12) on top, 0..<1
    std::optional<UsefulLifeChange> usefulLifeChange;

    bool operator==(const Sku &) const = default;
};

// A purchase tranche: GPUs of one SKU bought (and paid for) in one month.
struct PurchaseTranche
{
    int month = 0;                 // purchase month, 0..H-1
    std::string sku;               // Sku::id
    std::int64_t gpus = 0;         // 1..1e8
    int installLagMonths = 1;      // enters service in month + installLagMonths
    std::optional<double> gpuPrice; // overrides the SKU's gpu price when set
    std::string label;             // free text, "" when none

    bool operator==(const PurchaseTranche &) const = default;
};

// Internal demand in compute hours (H100-equivalent hours) per month.
struct InternalDemand
{
    bool isSeries = false;
    double computeHours = 0.0; // month 0 value when !isSeries
    double annualGrowth = 0.0; // compounded monthly: computeHours * (1 + g)^(t/12)
    std::vector<double> series; // exactly H values when isSeries

    bool operator==(const InternalDemand &) const = default;
};

struct Finance
{
    double discountRate = 0.09; // annual effective
    double taxRate = 0.21;
    TaxDepreciation taxDepreciation = TaxDepreciation::Book;
    double bonusDepreciation = 0.0; // only with MACRS
    int fiscalYearEndMonth = 12;    // calendar month 1..12 that ends the fiscal year
    TerminalValueMethod terminalValue = TerminalValueMethod::BookValue;
    bool impairmentTest = false; // model 1.1: ASC 360 test at every fiscal-year end

    bool operator==(const Finance &) const = default;
};

struct Operations
{
    double availability = 0.97;            // share of hours a working GPU can be used
    double pue = 1.3;                      // facility power / IT power
    double electricityPricePerKwh = 0.08;
    double electricityAnnualEscalation = 0.0;
    double colocationPerKwMonth = 0.0;     // per kW of IT load (full-load power), per month
    double maintenanceFractionPerYear = 0.0; // of capex of operating tranches
    double staffCostPerMonth = 0.0;

    bool operator==(const Operations &) const = default;
};

struct Leasing
{
    bool enabled = true;
    double sellableFraction = 0.8;  // share of surplus hours that find a tenant
    double salesCostFraction = 0.1; // of lease revenue
    int contractMonths = 1;         // 1 = spot

    bool operator==(const Leasing &) const = default;
};

// Where an assumption came from.
struct Provenance
{
    std::string field;  // a path into the file, e.g. "skus[0].gpu_price"
    std::string source;
    std::string date;   // "YYYY-MM-DD" or ""
    std::string note;

    bool operator==(const Provenance &) const = default;
};

// Multiplier distribution of one Monte Carlo driver (MODEL.md "Monte Carlo").
struct DriverDistribution
{
    enum class Kind { Triangular, Uniform, Normal };
    std::string driver; // a name of the sensitivity list, e.g. "lease_price"
    Kind kind = Kind::Triangular;
    // Triangular: {min, mode, max}; Uniform: {min, max, unused}; Normal: {mean, sd, unused}.
    double a = 1.0, b = 1.0, c = 1.0;

    bool operator==(const DriverDistribution &) const = default;
};

struct DriverCorrelation
{
    std::string a;
    std::string b;
    double rho = 0.0;

    bool operator==(const DriverCorrelation &) const = default;
};

struct Uncertainty
{
    std::int64_t paths = 10000;
    std::uint64_t seed = 1;
    std::vector<DriverDistribution> drivers; // in file order
    std::vector<DriverCorrelation> correlations;

    bool operator==(const Uncertainty &) const = default;
};

struct Scenario
{
    std::string name;
    std::string description;
    std::string currency = "USD";
    int startYear = 2026; // `start` = startYear-startMonth
    int startMonth = 1;   // 1..12
    int horizonMonths = 0; // H
    Finance finance;
    Operations operations;
    std::vector<Sku> skus;
    std::vector<PurchaseTranche> purchases;
    InternalDemand internalDemand;
    Leasing leasing;
    std::vector<Provenance> provenance;
    std::optional<Uncertainty> uncertainty;

    // Index of the SKU with this id, or -1.
    int skuIndex(const std::string &id) const;

    // True when any key of model version 1.1 is used (market value, useful-life change,
    // terminal value at market value, impairment test). A scenario without them computes,
    // writes and exports exactly as in model version 1.
    bool usesModel11() const;

    bool operator==(const Scenario &) const = default;
};

// The format's spelling of a distribution kind ("triangular", "uniform", "normal"). The
// spellings of the choice fields (depreciation, tax depreciation, terminal value) are the
// schema's choices (scenario/ScenarioSchema.cpp).
const char *toString(DriverDistribution::Kind k);

} // namespace fleetroi
