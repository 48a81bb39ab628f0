// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/ChartView.h"

#include <vector>

namespace fleetroi {
namespace charts {

struct ScenarioNpv
{
    QString name;
    double npv = 0.0; // in the chart's currency
};

// NPV per scenario as vertical bars (green above zero, red below), value on each bar.
// Series ids: "positive", "negative" (keys = scenario index, only scenarios of that sign).
class NpvBarsChart : public ChartView
{
    Q_OBJECT
public:
    explicit NpvBarsChart(QWidget *parent = nullptr);
    void setNpvs(const std::vector<ScenarioNpv> &npvs);

protected:
    QString categoryHoverText(double key, double value) const override;

private:
    std::vector<ScenarioNpv> m_npvs;
};

} // namespace charts
} // namespace fleetroi
