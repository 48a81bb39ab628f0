// SPDX-License-Identifier: GPL-3.0-or-later
// An independent, deliberately plain reimplementation of shared/spec/MODEL.md (version 1 and
// the version 1.1 additions) for the tests: written from the text of MODEL.md, not from the
// engine. No tables, no prefix sums, std::pow for every power, one loop per rule, and its
// own calendar, curves, depreciation and MACRS. Slow and simple on purpose; used only to
// check the engine on random scenarios (relative 1e-9) and the third worked example.
#pragma once

#include "scenario/Scenario.h"

#include <optional>
#include <vector>

namespace fleetroi::reference {

struct Impairment
{
    int purchase = 0;
    int month = 0;
    double amount = 0.0;
};

struct Results
{
    double npv = 0.0;
    std::vector<double> ebitda, bookDepreciation, taxDepreciation, impairment, bookGain, proceeds,
        terminalValue, ebit, tax, netIncome, netCashFlow, bookValue, taxBasis, marketValue,
        deferredTaxLiability, bookTaxExpense;
    double totalImpairment = 0.0;
    std::optional<int> firstImpairmentMonth;
    std::vector<Impairment> impairments; // by purchase, then month
};

Results compute(const Scenario &scenario);

} // namespace fleetroi::reference
