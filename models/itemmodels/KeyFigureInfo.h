// SPDX-License-Identifier: GPL-3.0-or-later
// The headline figures an analyst watches (KPI strip, comparison table), with their names
// and how each is shown.
#pragma once

#include "engine/ModelResults.h"
#include "scenario/Scenario.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

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
        LeasingValueNpv,     // NPV less NPV with leasing off (engine/LeasingValue.h)
        BreakEvenLeasePrice, // first SKU's break-even lease price per GPU-hour in month 0
        IrrWithoutLeasing,
        LeaseRevenueNetOfSales,
    };
    // The eight figures of the KPI strip, in order.
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
    // What the break-even lease prices mean, one sentence per SKU of `scenario` (names from
    // the scenario), e.g. "H100 SXM: leasing at USD 3.60 per GPU-hour in 2026-03 (every
    // lease price scaled alike) makes the NPV zero; above it the fleet creates value." or
    // "... not needed: NPV is positive without leasing". Empty when nothing is leased.
    static QStringList breakEvenSentences(const KeyFigures &k, const Scenario &scenario);
    // "Leasing the surplus adds USD 667 m of NPV (IRR 34.7 % with leasing, 20.2 % without)".
    static QString leasingValueSentence(const KeyFigures &k, const QString &currency);

    // True when larger is better for the analyst (NPV), false when smaller is (payback).
    static bool higherIsBetter(Figure f);
};

} // namespace fleetroi
