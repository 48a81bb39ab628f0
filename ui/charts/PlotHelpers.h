// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to ui/charts: small builders shared by the chart classes (they include
// qcustomplot.h, so no header outside ui/charts includes this one).
#pragma once

#include "charts/QCustomPlotCompat.h"

#include <QString>
#include <QVector>

#include <string>
#include <vector>

namespace fleetroi {
namespace charts {
namespace plot {

// Month keys 0 .. n-1.
QVector<double> monthKeys(int n);
// A copy of the first n values of `v` (padded with 0 when shorter).
QVector<double> toVector(const std::vector<double> &v, int n);

// A line (or area top) with a stable id (objectName) and a legend name; data set in one
// sorted batch.
QCPGraph *addGraph(QCustomPlot *plot, const QString &id, const QString &name,
                   const QVector<double> &keys, const QVector<double> &values, const QPen &pen,
                   QCPAxis *valueAxis = nullptr);
// Bars centred on the keys, `width` in key units.
QCPBars *addBars(QCustomPlot *plot, const QString &id, const QString &name,
                 const QVector<double> &keys, const QVector<double> &values, const QColor &color,
                 double width = 0.8, QCPAxis *keyAxis = nullptr, QCPAxis *valueAxis = nullptr);

// A vertical line at `key` spanning the axis rect and a label at its top.
QCPItemStraightLine *addVerticalLine(QCustomPlot *plot, double key, const QPen &pen);
QCPItemText *addTopLabel(QCustomPlot *plot, double key, const QString &text, const QColor &color,
                         Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignTop);

// Aligns zero on two value axes so bars and a cumulative line share one baseline; only
// widens ranges. Both ranges must already contain zero.
void alignZero(QCPAxis *a, QCPAxis *b);

// Title of an axis in the chart style.
void setAxisTitle(QCPAxis *axis, const QString &title);

} // namespace plot
} // namespace charts
} // namespace fleetroi
