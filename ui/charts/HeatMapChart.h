// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/ChartView.h"

#include <QPair>

#include <memory>
#include <vector>

namespace fleetroi {
namespace charts {

// NPV over a grid of two driver factors (by default lease-price factor across, internal-
// demand factor up), coloured on a scale diverging around 0: red losses, white break-even,
// green gains, symmetric so equal colours mean equal amounts. Small grids print the value in
// each cell.
// Call setCurrency before setGrid (cell labels are formatted when set).
// Series id: "npv" (cells row by row, x fastest). Factors are plotted at cell indices.
class HeatMapChart : public ChartView
{
    Q_OBJECT
public:
    explicit HeatMapChart(QWidget *parent = nullptr);
    ~HeatMapChart() override;
    // npvMatrix[iy][ix] = NPV at (xFactors[ix], yFactors[iy]); missing cells show as NaN.
    void setGrid(const std::vector<double> &xFactors, const std::vector<double> &yFactors,
                 const std::vector<std::vector<double>> &npvMatrix);
    void setAxisTitles(const QString &xTitle, const QString &yTitle);
    // Data range of the colour scale (symmetric around 0).
    QPair<double, double> colorRange() const;
    // The cell labels shown (empty for grids too large to label).
    QStringList cellLabels() const;

protected:
    QString categoryHoverText(double key, double value) const override;

private:
    std::vector<double> m_x, m_y;
    std::vector<std::vector<double>> m_npv;
    QString m_xTitle, m_yTitle;
    struct Private;
    std::unique_ptr<Private> d2; // pointers to plot-owned items; the plot deletes them
};

} // namespace charts
} // namespace fleetroi
