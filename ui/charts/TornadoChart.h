// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/ChartView.h"
#include "engine/ModelResults.h"

#include <vector>

namespace fleetroi {
namespace charts {

// The tornado: for each driver a horizontal bar from the base NPV to the NPV with the driver
// at (1 - swing) and one to the NPV at (1 + swing). Rows in the order given (the engine
// sorts by swing, largest first), the first at the top.
// Series ids: "low", "high" (key = row from the bottom, value = NPV less the base NPV: the
// bars start at the base).
// Marker id: "base" (vertical line at the base NPV).
class TornadoChart : public ChartView
{
    Q_OBJECT
public:
    explicit TornadoChart(QWidget *parent = nullptr);
    // `swing` (0.2 = 20 %) only names the legend entries.
    void setSensitivity(const std::vector<SensitivityRow> &rows, double baseNpv,
                        double swing = 0.2);
    // Driver labels (the driver catalog's, storage/DriverText.h) from the top row down, as
    // shown on the axis.
    QStringList rowLabels() const { return m_labels; }

protected:
    QString categoryHoverText(double key, double value) const override;

private:
    std::vector<SensitivityRow> m_rows;
    QStringList m_labels;
    double m_base = 0.0;
};

} // namespace charts
} // namespace fleetroi
