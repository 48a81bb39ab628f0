// SPDX-License-Identifier: GPL-3.0-or-later
// The headline figures an analyst watches (KPI strip, comparison table), with their names
// and how each is shown.
#pragma once

#include "engine/ModelResults.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace fleetroi {

class KeyFigureInfo
{
    Q_DECLARE_TR_FUNCTIONS(fleetroi::KeyFigureInfo)
public:
    enum Figure
    {
        Npv,
        Irr,
        Payback,
        DiscountedPayback,
        CostPerComputeHour,
        BreakEvenLeaseFactor,
        AverageUtilization,
        TotalCapex,
        TotalLeaseRevenue,
        TotalInternalValue,
        TotalOpex,
        TotalNetCashFlow,
    };
    // The seven figures of the KPI strip, in order.
    static QList<Figure> stripFigures();
    // Every figure, for the comparison table.
    static QList<Figure> allFigures();

    static QString name(Figure f);
    static QString toolTip(Figure f);
    // The value as a number (months for payback), or nothing when it does not exist.
    static std::optional<double> value(Figure f, const KeyFigures &k);
    // The value as shown, e.g. "USD 1.23 bn", "14.2 %", "month 31 (Aug 2028)".
    static QString text(Figure f, const KeyFigures &k, const QString &currency, int startYear,
                        int startMonth);
    // A difference b - a as shown ("+USD 12.3 m", "+1.2 pp", "+3 months").
    static QString deltaText(Figure f, const KeyFigures &a, const KeyFigures &b,
                             const QString &currency);
    // True when larger is better for the analyst (NPV), false when smaller is (payback).
    static bool higherIsBetter(Figure f);
};

} // namespace fleetroi
