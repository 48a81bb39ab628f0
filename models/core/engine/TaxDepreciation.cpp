// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/TaxDepreciation.h"

#include "engine/MonthlyTables.h"
#include "finance/Macrs.h"

namespace fleetroi {

const std::vector<double> &macrs5HalfYearRates()
{
    static const std::vector<double> rates = finance::macrsRates(finance::MacrsTable::HalfYear, 5);
    return rates;
}

void addMacrsDeductions(const Scenario &sc, double basis, int service, int disposal, double *taxDep)
{
    const std::vector<double> &rate = macrs5HalfYearRates();
    const Finance &fin = sc.finance;
    const double bonus = fin.bonusDepreciation;
    const int H = sc.horizonMonths;
    const int fy0 = fiscalYearOf(sc.startYear, sc.startMonth, fin.fiscalYearEndMonth, service);
    for (std::size_t i = 0; i < rate.size(); ++i) {
        const int idx =
            fiscalYearEndIndex(sc.startYear, sc.startMonth, fin.fiscalYearEndMonth, fy0 + int(i));
        if (idx < 0 || idx > H - 1 || idx >= disposal)
            continue;
        const double amount = i == 0 ? bonus * basis + (1.0 - bonus) * basis * rate[0]
                                     : (1.0 - bonus) * basis * rate[i];
        taxDep[idx] += amount;
    }
}

} // namespace fleetroi
