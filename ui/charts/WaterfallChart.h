// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/ChartView.h"

#include <vector>

namespace fleetroi {
namespace charts {

// One step of an NPV bridge: its name in the analyst's words and the NPV change it causes.
struct WaterfallStep
{
    QString label;
    double delta = 0.0; // in the chart's currency
};

// The NPV bridge as a waterfall: a total bar for A's NPV (from zero), one floating bar per
// step from the running total before it to the one after it (green up, red down), and a
// total bar for B's NPV. Series ids: "start", "step0", "step1", ..., "end"; the values read
// back (seriesValues) are the totals and the deltas, and seriesBase(id) is where each bar
// starts.
class WaterfallChart : public ChartView
{
    Q_OBJECT
public:
    explicit WaterfallChart(QWidget *parent = nullptr);
    // `end` is drawn as given (the bridge's own NPV of B); the steps are expected to add up
    // from `start` to it.
    void setBridge(const QString &startLabel, double start, const std::vector<WaterfallStep> &steps,
                   const QString &endLabel, double end);
    // Value at which bar `id` starts (0 for the totals), NaN when there is no such bar.
    double seriesBase(const QString &id) const;

protected:
    QString categoryHoverText(double key, double value) const override;

private:
    struct Bar
    {
        QString label;
        double base = 0.0;
        double value = 0.0; // total, or delta for a step
        bool total = false;
    };
    std::vector<Bar> m_bars;
};

} // namespace charts
} // namespace fleetroi
