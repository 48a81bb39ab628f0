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
            BreakEvenLeasePrice,
            LeasingValueNpv,
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
            TotalNetCashFlow,
            LeasingValueNpv,
            IrrWithoutLeasing,
            LeaseRevenueNetOfSales,
            BreakEvenLeasePrice};
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
    case LeasingValueNpv:
        return tr("Value of leasing (NPV)");
    case BreakEvenLeasePrice:
        return tr("Break-even lease price");
    case IrrWithoutLeasing:
        return tr("IRR without leasing");
    case LeaseRevenueNetOfSales:
        return tr("Lease revenue net of sales cost");
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
    case LeasingValueNpv:
        return tr("NPV of this scenario less the NPV of the same scenario with leasing off: "
                  "what leasing the surplus capacity adds");
    case BreakEvenLeasePrice:
        return tr("Lease price per GPU-hour in the first month at which the NPV is zero, every "
                  "lease price scaled alike");
    case IrrWithoutLeasing:
        return tr("IRR of the same scenario with leasing off");
    case LeaseRevenueNetOfSales:
        return tr("Total lease revenue less the sales cost of leasing (undiscounted)");
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
    case LeasingValueNpv:
        return k.leasingValueNpv;
    case BreakEvenLeasePrice:
        return k.breakEvenLeasePrice.empty() ? std::nullopt : k.breakEvenLeasePrice.front().second;
    case IrrWithoutLeasing:
        return k.irrWithoutLeasing;
    case LeaseRevenueNetOfSales:
        return k.leasingValueNpv ? std::optional<double>(k.leaseRevenueNetOfSales) : std::nullopt;
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
    case IrrWithoutLeasing:
        return v ? DisplayFormat::percent(*v) : tr("none");
    case BreakEvenLeasePrice: {
        if (!v)
            return tr("nothing leased");
        if (*v < 0.0)
            return tr("not needed");
        const QString first = tr("%1/GPU-h").arg(DisplayFormat::price(*v, currency));
        const int more = int(k.breakEvenLeasePrice.size()) - 1;
        return more > 0
                   ? tr("%1 (%2, +%3 more)")
                         .arg(first, QString::fromStdString(k.breakEvenLeasePrice.front().first))
                         .arg(more)
                   : first;
    }
    default:
        return v ? DisplayFormat::money(*v, currency) : tr("n/a");
    }
}

QStringList KeyFigureInfo::breakEvenSentences(const KeyFigures &k, const Scenario &s)
{
    QStringList out;
    for (const auto &[id, price] : k.breakEvenLeasePrice) {
        if (!price)
            continue;
        const int si = s.skuIndex(id);
        const QString name = QString::fromStdString(si >= 0 ? s.skus[std::size_t(si)].name : id);
        if (*price < 0.0)
            out << tr("%1: no lease price is needed: NPV is positive without leasing (it stays "
                      "positive even if tenants paid nothing).")
                       .arg(name);
        else
            out << tr("%1: leasing at %2 per GPU-hour in %3, with every later lease price scaled "
                      "by the same factor, makes the NPV zero; above it the fleet creates value.")
                       .arg(name, DisplayFormat::price(*price, QString::fromStdString(s.currency)),
                            DisplayFormat::month(s.startYear, s.startMonth, 0));
    }
    return out;
}

QString KeyFigureInfo::leasingValueSentence(const KeyFigures &k, const QString &currency)
{
    if (!k.leasingValueNpv)
        return QString();
    if (k.totalLeaseRevenue == 0.0 && *k.leasingValueNpv == 0.0)
        return tr("Nothing is leased in this scenario.");
    const QString irr = k.irr ? DisplayFormat::percent(*k.irr) : tr("none");
    const QString irrOff =
        k.irrWithoutLeasing ? DisplayFormat::percent(*k.irrWithoutLeasing) : tr("none");
    return tr("Leasing the surplus %1 %2 of NPV (IRR %3 with leasing, %4 without); lease revenue "
              "net of sales cost: %5.")
        .arg(*k.leasingValueNpv >= 0 ? tr("adds") : tr("costs"),
             DisplayFormat::money(std::fabs(*k.leasingValueNpv), currency), irr, irrOff,
             DisplayFormat::money(k.leaseRevenueNetOfSales, currency));
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
    case DiscountedPayback: {
        // %n is only replaced for n >= 0 (QCoreApplication::translate), and "%1%n" would
        // turn into "%13" before arg(): the sign is part of each plural text instead.
        const int months = int(std::lround(d));
        if (months > 0)
            return tr("+%n month(s)", "a later payback in a comparison", months);
        if (months < 0)
            return tr("-%n month(s)", "an earlier payback in a comparison", -months);
        return tr("%n month(s)", "no change of the payback in a comparison", 0);
    }
    case CostPerComputeHour:
        return sign + DisplayFormat::price(d, currency);
    case BreakEvenLeaseFactor:
        return sign + DisplayFormat::number(d, 2);
    case IrrWithoutLeasing:
        return tr("%1%2 pp").arg(sign, DisplayFormat::number(d * 100.0, 1));
    case BreakEvenLeasePrice:
        return sign + DisplayFormat::price(d, currency);
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
    case BreakEvenLeasePrice:
    case TotalCapex:
    case TotalOpex:
        return false;
    default:
        return true;
    }
}

} // namespace fleetroi
