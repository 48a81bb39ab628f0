// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/AssumptionText.h"

#include "SchemaText.h"
#include "export/ExportData.h"

#include <cmath>

namespace fleetroi {
namespace report {

namespace {

bool isPercent(FieldUnit u)
{
    return u == FieldUnit::Fraction || u == FieldUnit::FractionPerYear;
}

// The fewest decimals from `least` up to 10 at which `v` prints as itself (relative 1e-12),
// so a value typed with more digits than the editor shows is not rounded in the report.
int decimalsFor(double v, int least)
{
    if (!std::isfinite(v))
        return least;
    const double tolerance = 1e-12 * std::max(1.0, std::fabs(v));
    for (int d = std::max(0, least); d < 10; ++d) {
        const double scale = std::pow(10.0, d);
        if (std::fabs(std::round(v * scale) / scale - v) <= tolerance)
            return d;
    }
    return 10;
}

} // namespace

AssumptionText::AssumptionText(const Scenario &scenario, const ReportFormat &format)
    : m_sc(scenario)
    , m_f(format)
{}

QString AssumptionText::label(const SchemaField &field)
{
    return schemaText(field.label);
}

QString AssumptionText::unit(FieldUnit unit) const
{
    // A count of GPUs needs no unit beside a label that says GPUs.
    return unit == FieldUnit::Gpus ? QString() : schemaUnitText(unit, m_f.currency());
}

QString AssumptionText::labelWithUnit(const SchemaField &field) const
{
    const QString u = unit(field.unit);
    return u.isEmpty() ? label(field) : tr("%1 (%2)", "label (unit)").arg(label(field), u);
}

QString AssumptionText::number(const SchemaField &field, double stored) const
{
    const double shown = isPercent(field.unit) ? stored * 100.0 : stored;
    return m_f.number(shown, decimalsFor(shown, field.isWhole() ? 0 : field.decimals));
}

QString AssumptionText::exact(double v, int leastDecimals) const
{
    return m_f.number(v, decimalsFor(v, leastDecimals));
}

QString AssumptionText::withUnitText(const QString &number, FieldUnit u, double value) const
{
    switch (u) {
    case FieldUnit::Fraction:
        return number + QStringLiteral(" %");
    case FieldUnit::Months:
        // Months are whole and below 10,000: the report's existing plural string.
        return QCoreApplication::translate("fleetroi::report::ReportBuilder", "%n month(s)",
                                           nullptr, int(value));
    default:
        break;
    }
    const QString text = unit(u);
    return text.isEmpty() ? number : number + QLatin1Char(' ') + text;
}

QString AssumptionText::curve(const SchemaField &curveField, const PriceCurve &c,
                              bool withUnit) const
{
    auto price = [&](double v) {
        const QString n = number(curveField, v);
        return withUnit ? withUnitText(n, curveField.unit, v) : n;
    };
    if (c.kind == PriceCurve::Kind::Growth) {
        const SchemaField &change = schemaField(FieldId::CurveAnnualChange);
        return tr("%1, %2", "curve: price in month 0, annual change")
            .arg(price(c.start), withUnitText(number(change, c.annualChange), change.unit, 0));
    }
    QStringList parts;
    for (const auto &[month, p] : c.points)
        parts << tr("%1 in %2", "curve point: price in month")
                     .arg(price(p), exporting::monthText(m_sc, month));
    return parts.join(QStringLiteral("; "));
}

QString AssumptionText::value(const SchemaField &field, const void *owner, bool withUnit) const
{
    const QString dash = QStringLiteral("\u2013");
    auto numeric = [&](double v) {
        if (field.monthIndex)
            return exporting::monthText(m_sc, int(v));
        const QString n = number(field, v);
        return withUnit ? withUnitText(n, field.unit, v) : n;
    };
    switch (field.type) {
    case FieldType::Text: {
        const std::string &s = field.ref<std::string>(owner);
        return s.empty() ? dash : QString::fromStdString(s);
    }
    case FieldType::Number:
        return numeric(field.ref<double>(owner));
    case FieldType::OptionalNumber: {
        const auto &v = field.ref<std::optional<double>>(owner);
        return v ? numeric(*v) : dash;
    }
    case FieldType::Int:
        return numeric(field.ref<int>(owner));
    case FieldType::Int64:
        return numeric(double(field.ref<std::int64_t>(owner)));
    case FieldType::UInt64:
        // A seed is an identifier, up to 2^64 - 1: its exact digits, not a rounded double.
        return QString::number(field.ref<std::uint64_t>(owner));
    case FieldType::Bool:
        return field.ref<bool>(owner) ? tr("yes") : tr("no");
    case FieldType::Choice: {
        const int v = field.getChoice(owner);
        for (const FieldChoice &c : field.choices)
            if (c.enumValue == v)
                return schemaText(c.label);
        return dash;
    }
    case FieldType::YearMonth:
        return exporting::monthText(m_sc, 0);
    case FieldType::Curve: {
        if (field.owner != FieldOwner::Sku)
            return {};
        const Sku &s = *static_cast<const Sku *>(owner);
        switch (field.id) {
        case FieldId::SkuLeasePrice:
            return curve(field, s.leasePrice, withUnit);
        case FieldId::SkuCloudPrice:
            return curve(field, s.cloudPrice, withUnit);
        case FieldId::SkuMarketValue:
            return s.marketValue ? curve(field, *s.marketValue, withUnit)
                                 : tr("not set (resale value)");
        default:
            return {};
        }
    }
    case FieldType::Object:
        // A nested object of a SKU (the change in book life): its fields in a line.
        if (field.id == FieldId::SkuUsefulLifeChange) {
            const Sku &s = *static_cast<const Sku *>(owner);
            if (!s.usefulLifeChange)
                return tr("none");
            QStringList parts;
            for (const SchemaField &child : schemaChildren(field.path))
                parts << tr("%1: %2", "label: value")
                             .arg(label(child), value(child, &*s.usefulLifeChange, true));
            return parts.join(QStringLiteral("; "));
        }
        return {};
    default:
        return {};
    }
}

} // namespace report
} // namespace fleetroi
