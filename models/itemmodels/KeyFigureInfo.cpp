// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyFigureInfo.h"

#include "DisplayFormat.h"

#include <cmath>

namespace fleetroi {

QList<KeyFigureInfo::Figure> KeyFigureInfo::stripFigures()
{
    return {Npv,
            Irr,
            Payback,
            DiscountedPayback,
            CostPerComputeHour,
            BreakEvenLeaseFactor,
            AverageUtilization};
}

QList<KeyFigureInfo::Figure> KeyFigureInfo::allFigures()
{
    return {Npv,
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
            TotalNetCashFlow};
}

QString KeyFigureInfo::name(Figure f)
{
    switch (f) {
    case Npv:
        return tr("NPV");
    case Irr:
        return tr("IRR");
    case Payback:
        return tr("Payback");
    case DiscountedPayback:
        return tr("Discounted payback");
    case CostPerComputeHour:
        return tr("Cost per compute hour");
    case BreakEvenLeaseFactor:
        return tr("Break-even lease factor");
    case AverageUtilization:
        return tr("Average utilization");
    case TotalCapex:
        return tr("Total capex");
    case TotalLeaseRevenue:
        return tr("Total lease revenue");
    case TotalInternalValue:
        return tr("Internal value (cloud rent avoided)");
    case TotalOpex:
        return tr("Total opex");
    case TotalNetCashFlow:
        return tr("Total net cash flow");
    }
    return {};
}

QString KeyFigureInfo::toolTip(Figure f)
{
    switch (f) {
    case Npv:
        return tr("Net present value of the monthly net cash flows at the discount rate");
    case Irr:
        return tr("Annual rate at which the NPV is zero");
    case Payback:
        return tr("First month from which the cumulative cash flow stays positive");
    case DiscountedPayback:
        return tr("The same with discounted cash flows");
    case CostPerComputeHour:
        return tr("What one used H100-equivalent hour cost: capex + opex - proceeds - terminal "
                  "value, per used hour (undiscounted)");
    case BreakEvenLeaseFactor:
        return tr("Factor on every lease price that makes the NPV zero (1.00 = today's prices)");
    case AverageUtilization:
        return tr("Used compute hours / available compute hours");
    default:
        return name(f);
    }
}

std::optional<double> KeyFigureInfo::value(Figure f, const KeyFigures &k)
{
    switch (f) {
    case Npv:
        return k.npv;
    case Irr:
        return k.irr;
    case Payback:
        return k.paybackMonth ? std::optional<double>(*k.paybackMonth) : std::nullopt;
    case DiscountedPayback:
        return k.discountedPaybackMonth ? std::optional<double>(*k.discountedPaybackMonth)
                                        : std::nullopt;
    case CostPerComputeHour:
        return k.costPerComputeHour;
    case BreakEvenLeaseFactor:
        return k.breakEvenLeaseFactor;
    case AverageUtilization:
        return k.averageUtilization;
    case TotalCapex:
        return k.totalCapex;
    case TotalLeaseRevenue:
        return k.totalLeaseRevenue;
    case TotalInternalValue:
        return k.totalInternalValue;
    case TotalOpex:
        return k.totalOpex;
    case TotalNetCashFlow:
        return k.totalNetCashFlow;
    }
    return std::nullopt;
}

QString KeyFigureInfo::text(Figure f, const KeyFigures &k, const QString &currency, int startYear,
                            int startMonth)
{
    const std::optional<double> v = value(f, k);
    switch (f) {
    case Irr:
        if (!v)
            return tr("none");
        return k.irrRoots > 1 ? tr("%1 (%2 roots)").arg(DisplayFormat::percent(*v)).arg(k.irrRoots)
                              : DisplayFormat::percent(*v);
    case Payback:
        return DisplayFormat::monthOptional(k.paybackMonth, startYear, startMonth);
    case DiscountedPayback:
        return DisplayFormat::monthOptional(k.discountedPaybackMonth, startYear, startMonth);
    case CostPerComputeHour:
        return v ? DisplayFormat::price(*v, currency) : tr("n/a");
    case BreakEvenLeaseFactor:
        return v ? DisplayFormat::factor(*v) : tr("nothing leased");
    case AverageUtilization:
        return DisplayFormat::percent(k.averageUtilization);
    default:
        return v ? DisplayFormat::money(*v, currency) : tr("n/a");
    }
}

QString KeyFigureInfo::deltaText(Figure f, const KeyFigures &a, const KeyFigures &b,
                                 const QString &currency)
{
    const std::optional<double> va = value(f, a);
    const std::optional<double> vb = value(f, b);
    if (!va || !vb)
        return QStringLiteral("–");
    const double d = *vb - *va;
    const QString sign = d > 0 ? QStringLiteral("+") : QString();
    switch (f) {
    case Irr:
    case AverageUtilization:
        return tr("%1%2 pp").arg(sign, DisplayFormat::number(d * 100.0, 1));
    case Payback:
    case DiscountedPayback:
        return tr("%1%n month(s)", nullptr, int(std::lround(d))).arg(sign);
    case CostPerComputeHour:
        return sign + DisplayFormat::price(d, currency);
    case BreakEvenLeaseFactor:
        return sign + DisplayFormat::number(d, 2);
    default:
        return sign + DisplayFormat::money(d, currency);
    }
}

bool KeyFigureInfo::higherIsBetter(Figure f)
{
    switch (f) {
    case Payback:
    case DiscountedPayback:
    case CostPerComputeHour:
    case BreakEvenLeaseFactor:
    case TotalCapex:
    case TotalOpex:
        return false;
    default:
        return true;
    }
}

} // namespace fleetroi
