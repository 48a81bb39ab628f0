// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/ChartView.h"

#include <array>
#include <vector>

namespace fleetroi {
namespace charts {

// Monte Carlo NPV distribution: bars of path counts per NPV bin, with P10, P50 and P90 as
// vertical lines. Percentiles are interpolated from the histogram unless the exact ones are
// given with setPercentiles (call it after setHistogram).
// Series id: "histogram" (keys = bin centres). Marker ids: "p10", "p50", "p90", "zero".
class HistogramChart : public ChartView
{
    Q_OBJECT
public:
    explicit HistogramChart(QWidget *parent = nullptr);
    // edges.size() == counts.size() + 1, ascending, equal widths; values in the currency.
    void setHistogram(const std::vector<double> &edges, const std::vector<double> &counts);
    void setPercentiles(double p10, double p50, double p90);
    // The percentiles shown (interpolated or given).
    std::array<double, 3> percentiles() const { return m_percentiles; }
    // The value below which `share` (0..1) of the counts lie, interpolated linearly in a bin.
    static double percentileFromHistogram(const std::vector<double> &edges,
                                          const std::vector<double> &counts, double share);

protected:
    QString categoryHoverText(double key, double value) const override;

private:
    void placeMarkers();

    std::vector<double> m_edges, m_counts;
    std::array<double, 3> m_percentiles{};
};

} // namespace charts
} // namespace fleetroi
