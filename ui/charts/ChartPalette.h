// SPDX-License-Identifier: GPL-3.0-or-later
// The one palette every chart (and the PDF report) uses, so "leased hours" or "electricity"
// has the same colour wherever it appears. Colours are from the Okabe-Ito and Tableau 10
// sets, readable for the common colour-vision deficiencies and on white paper.
#pragma once

#include <QColor>

namespace fleetroi {
namespace charts {

enum class SeriesKind
{
    Capacity,       // total compute capacity line
    InternalDemand, // internal demand line
    InternalServed, // served internal demand (area)
    Leased,         // leased hours (area)
    Shortfall,      // unmet internal demand
    CashIn,         // positive monthly net cash flow
    CashOut,        // negative monthly net cash flow
    Cumulative,     // cumulative cash flow line
    Payback,        // payback marker
    LeaseRevenue,
    InternalValue,
    Electricity,
    Colocation,
    Maintenance,
    Staff,
    Sales,
    BookValue,
    TaxBasis,
    Utilization,
    LeasePrice,
    CloudPrice,
    SensitivityLow,  // driver at (1 - swing)
    SensitivityHigh, // driver at (1 + swing)
    Distribution,    // histogram bars
    Percentile,      // P10/P50/P90 markers, fan median
    FanBand,         // P10..P90 band fill (use with alpha)
    Baseline,        // zero lines, base NPV line
    Grid,
    Text,
    MutedText,
};

class ChartPalette
{
public:
    // The colour of one series kind.
    static QColor color(SeriesKind kind);
    // A colour of the categorical cycle (tranches, SKUs, scenarios); wraps after 10.
    static QColor categorical(int index);
    // `c` with alpha (0..255), for fills under lines.
    static QColor withAlpha(const QColor &c, int alpha);
};

} // namespace charts
} // namespace fleetroi
