// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/TimeSeriesChart.h"

#include <string>
#include <vector>

namespace fleetroi {
namespace charts {

// What one line set of the balance-sheet chart shows: the whole fleet or one group of
// tranches (a GPU type, a purchase year, a vintage), month by month (end of month t).
struct BalanceSheetLines
{
    QString name;                    // "Whole fleet", "H100 SXM", "FY2025 vintage"
    std::vector<double> bookValue;   // net book value (after impairments)
    std::vector<double> marketValue; // MODEL.md 1.1 market value; empty when none
    std::vector<double> taxBasis;    // remaining tax basis
    std::vector<double> impairment;  // ASC 360 write-down of month t; empty when none
};

// Net book value against market value and tax basis of one selection of the fleet (the
// Balance sheet tab), with a marker at every month with an impairment (at the book value
// after it, labelled with the amount) and an optional "as of" line. At most four legend
// entries whatever the fleet's size: the view chooses the group, the chart never draws one
// line per tranche. Series ids: "book_value", "market_value", "tax_basis", "impairment";
// marker "as_of".
class BalanceSheetChart : public TimeSeriesChart
{
    Q_OBJECT
public:
    explicit BalanceSheetChart(QWidget *parent = nullptr);
    // `months` as MonthlySeries::month ("YYYY-MM").
    void setLines(const std::vector<std::string> &months, const BalanceSheetLines &lines);
    // The month the group table describes (-1: none).
    void setAsOfMonth(int t);

private:
    std::vector<std::string> m_months;
    BalanceSheetLines m_lines;
    int m_asOf = -1;
    void redraw();
};

} // namespace charts
} // namespace fleetroi
