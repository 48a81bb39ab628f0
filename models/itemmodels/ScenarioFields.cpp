// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioFields.h"

#include "SchemaText.h"
#include "finance/CivilDate.h"
#include "scenario/ScenarioSchema.h"

#include <QRegularExpression>

#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>

namespace fleetroi {

namespace {

// The fields an editor edits one value of: scalars of the scenario, of a SKU or of a
// purchase (the start month included). Curves, lists, nested objects and the Monte Carlo
// set-up have editors of their own.
bool isEditableScalar(const SchemaField &f)
{
    if (f.owner != FieldOwner::Scenario && f.owner != FieldOwner::Sku &&
        f.owner != FieldOwner::Purchase)
        return false;
    switch (f.type) {
    case FieldType::Text:
    case FieldType::Number:
    case FieldType::OptionalNumber:
    case FieldType::Int:
    case FieldType::Int64:
    case FieldType::UInt64:
    case FieldType::Bool:
    case FieldType::Choice:
    case FieldType::YearMonth:
        return true;
    default:
        return false;
    }
}

FieldKind kindOf(const SchemaField &f)
{
    switch (f.type) {
    case FieldType::Number:
    case FieldType::OptionalNumber:
        return FieldKind::Number;
    case FieldType::Int:
    case FieldType::Int64:
    case FieldType::UInt64:
        return f.monthIndex ? FieldKind::Month : FieldKind::Integer;
    case FieldType::Bool:
        return FieldKind::Boolean;
    case FieldType::Choice:
        return FieldKind::Choice;
    default:
        break;
    }
    // A purchase names its GPU type by the SKU's id.
    return f.id == FieldId::PurchaseSku ? FieldKind::SkuRef : FieldKind::Text;
}

FieldInfo makeInfo(const SchemaField &f)
{
    FieldInfo info;
    info.key = QString::fromUtf8(f.key.data(), qsizetype(f.key.size()));
    info.label = schemaText(f.label);
    info.toolTip = schemaText(f.help);
    info.kind = kindOf(f);
    info.unit = f.unit;
    info.decimals = f.decimals;
    info.optional = f.type == FieldType::OptionalNumber;
    if (f.hasRule) {
        // Numbers: the format's range; text: its length limits (an editor's maximum length).
        info.minimum = f.rule.min;
        info.maximum = f.rule.max;
        info.rule = f.rule;
        info.hasRule = f.isNumeric();
    }
    for (const FieldChoice &c : f.choices)
        info.choices.push_back(
            {QString::fromUtf8(c.value.data(), qsizetype(c.value.size())), schemaText(c.label)});
    return info;
}

// The schema entry of a scalar path ("finance.pue", "skus[2].gpu_price"), or nullptr.
const SchemaField *scalarField(const QString &path)
{
    const SchemaField *f = findSchemaField(path.toStdString());
    return f && isEditableScalar(*f) ? f : nullptr;
}

// The object a field's member lives in: the scenario, or the SKU / purchase at the path's
// index; nullptr when the index is out of range.
template <typename S> auto *ownerOf(S &s, const SchemaField &f, int index)
{
    using Void = std::conditional_t<std::is_const_v<S>, const void, void>;
    if (f.owner == FieldOwner::Scenario)
        return static_cast<Void *>(&s);
    if (f.owner == FieldOwner::Sku)
        return index >= 0 && index < int(s.skus.size())
                   ? static_cast<Void *>(&s.skus[std::size_t(index)])
                   : nullptr;
    return index >= 0 && index < int(s.purchases.size())
               ? static_cast<Void *>(&s.purchases[std::size_t(index)])
               : nullptr;
}

template <typename T> bool toNumber(const QVariant &v, T &out)
{
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return false;
    if constexpr (std::is_integral_v<T>) {
        // A whole-number field takes whole numbers only: 12.5 months is refused, not rounded.
        if (d != std::floor(d) || d < double(std::numeric_limits<T>::min()) ||
            d > double(std::numeric_limits<T>::max()) || std::fabs(d) > 9.0e15)
            return false;
        out = T(d);
    } else {
        out = d;
    }
    return true;
}

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// The scalar fields of `parent` ("", "finance", "skus[]", ...), in file order: their path
// patterns (fullPath) or their keys.
QStringList scalarsOf(std::string_view parent, bool fullPath)
{
    QStringList out;
    for (const SchemaField &f : schemaChildren(parent)) {
        if (!isEditableScalar(f))
            continue;
        // A list's model-1.1 keys are edited beside their curve (MarketValueEditor), not as
        // table columns.
        if (f.model11 && (f.owner == FieldOwner::Sku || f.owner == FieldOwner::Purchase))
            continue;
        const std::string_view name = fullPath ? f.path : f.key;
        out << QString::fromUtf8(name.data(), qsizetype(name.size()));
    }
    return out;
}

} // namespace

QString FieldInfo::suffix(const QString &currency) const
{
    switch (unit) {
    case FieldUnit::None:
        return {};
    case FieldUnit::Money:
        return u' ' + currency;
    case FieldUnit::MoneyPerGpuHour:
        return u' ' + ScenarioFields::tr("%1/GPU-h").arg(currency);
    case FieldUnit::MoneyPerKwh:
        return u' ' + ScenarioFields::tr("%1/kWh").arg(currency);
    case FieldUnit::MoneyPerKwMonth:
        return u' ' + ScenarioFields::tr("%1/kW/month").arg(currency);
    case FieldUnit::MoneyPerMonth:
        return u' ' + ScenarioFields::tr("%1/month").arg(currency);
    case FieldUnit::Fraction:
        return QStringLiteral(" %");
    case FieldUnit::FractionPerYear:
        return u' ' + ScenarioFields::tr("%/year");
    case FieldUnit::Kilowatt:
        return QStringLiteral(" kW");
    case FieldUnit::Months:
        return u' ' + ScenarioFields::tr("months");
    case FieldUnit::Gpus:
        return {};
    case FieldUnit::ComputeHours:
        return u' ' + ScenarioFields::tr("h/month");
    case FieldUnit::Factor:
        return QStringLiteral(" ×");
    case FieldUnit::Ratio:
        return {};
    }
    return {};
}

QStringList ScenarioFields::skuKeys()
{
    return scalarsOf(schemaField(FieldId::SkuId).parent, false);
}

QStringList ScenarioFields::purchaseKeys()
{
    return scalarsOf(schemaField(FieldId::PurchaseMonth).parent, false);
}

QStringList ScenarioFields::generalPaths()
{
    return scalarsOf(schemaField(FieldId::Name).parent, true);
}

QStringList ScenarioFields::financePaths()
{
    return scalarsOf(schemaField(FieldId::DiscountRate).parent, true);
}

QStringList ScenarioFields::operationsPaths()
{
    return scalarsOf(schemaField(FieldId::Availability).parent, true);
}

QStringList ScenarioFields::leasingPaths()
{
    return scalarsOf(schemaField(FieldId::LeasingEnabled).parent, true);
}

ScenarioFields::PathParts ScenarioFields::split(const QString &path)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(?:([a-z_]+)(?:\[(\d+)\])?\.)?([a-z_]+)$)"));
    PathParts p;
    const auto m = re.match(path);
    if (!m.hasMatch())
        return p;
    p.list = m.captured(1);
    p.index = m.capturedLength(2) > 0 ? m.captured(2).toInt() : -1;
    p.key = m.captured(3);
    return p;
}

QString ScenarioFields::key(FieldId id)
{
    const std::string_view k = schemaField(id).key;
    return QString::fromUtf8(k.data(), qsizetype(k.size()));
}

QString ScenarioFields::skuPath(int row, const QString &key)
{
    return QStringLiteral("%1[%2].%3").arg(ScenarioFields::key(FieldId::Skus)).arg(row).arg(key);
}

QString ScenarioFields::purchasePath(int row, const QString &key)
{
    return QStringLiteral("%1[%2].%3")
        .arg(ScenarioFields::key(FieldId::Purchases))
        .arg(row)
        .arg(key);
}

FieldInfo ScenarioFields::info(const QString &path)
{
    const SchemaField *f = scalarField(path);
    return f ? makeInfo(*f) : FieldInfo{};
}

QVariant ScenarioFields::value(const Scenario &s, const QString &path)
{
    const SchemaField *f = scalarField(path);
    if (!f)
        return {};
    const void *owner = ownerOf(s, *f, split(path).index);
    if (!owner)
        return {};
    switch (f->type) {
    case FieldType::Text:
        return q(f->ref<std::string>(owner));
    case FieldType::Number:
        return f->ref<double>(owner);
    case FieldType::OptionalNumber: {
        const std::optional<double> &v = f->ref<std::optional<double>>(owner);
        return v ? QVariant(*v) : QVariant();
    }
    case FieldType::Int:
        return f->ref<int>(owner);
    case FieldType::Int64:
        return qlonglong(f->ref<std::int64_t>(owner));
    case FieldType::UInt64:
        return qulonglong(f->ref<std::uint64_t>(owner));
    case FieldType::Bool:
        return f->ref<bool>(owner);
    case FieldType::Choice: {
        const std::string_view name = f->choiceName(f->getChoice(owner));
        return QString::fromUtf8(name.data(), qsizetype(name.size()));
    }
    case FieldType::YearMonth:
        return q(finance::yearMonthText(s.startYear, s.startMonth));
    default:
        break;
    }
    return {};
}

bool ScenarioFields::setValue(Scenario &s, const QString &path, const QVariant &v)
{
    const SchemaField *f = scalarField(path);
    if (!f)
        return false;
    void *owner = ownerOf(s, *f, split(path).index);
    if (!owner)
        return false;
    if (f->id == FieldId::SkuId) {
        Sku &u = *static_cast<Sku *>(owner);
        const std::string newId = v.toString().toStdString();
        if (newId == u.id)
            return true;
        if (s.skuIndex(newId) >= 0)
            return false; // ids are unique; refusing keeps the rename reversible
        for (PurchaseTranche &t : s.purchases)
            if (t.sku == u.id)
                t.sku = newId;
        u.id = newId;
        return true;
    }
    switch (f->type) {
    case FieldType::Text:
        f->ref<std::string>(owner) = v.toString().toStdString();
        return true;
    case FieldType::Number:
        return toNumber(v, f->ref<double>(owner));
    case FieldType::OptionalNumber: {
        std::optional<double> &out = f->ref<std::optional<double>>(owner);
        if (!v.isValid() || v.isNull() || v.toString().trimmed().isEmpty()) {
            out.reset();
            return true;
        }
        double d = 0;
        if (!toNumber(v, d))
            return false;
        out = d;
        return true;
    }
    case FieldType::Int:
        return toNumber(v, f->ref<int>(owner));
    case FieldType::Int64:
        return toNumber(v, f->ref<std::int64_t>(owner));
    case FieldType::UInt64:
        return toNumber(v, f->ref<std::uint64_t>(owner));
    case FieldType::Bool:
        f->ref<bool>(owner) = v.toBool();
        return true;
    case FieldType::Choice: {
        // Only the file's spellings: an unknown word is refused, never read as the default.
        const int choice = f->choiceValue(v.toString().toStdString());
        if (choice < 0)
            return false;
        f->setChoice(owner, choice);
        return true;
    }
    case FieldType::YearMonth: {
        static const QRegularExpression re(QStringLiteral(R"(^(\d{4})-(\d{2})$)"));
        const auto m = re.match(v.toString());
        if (!m.hasMatch() || m.captured(2).toInt() < 1 || m.captured(2).toInt() > 12)
            return false;
        s.startYear = m.captured(1).toInt();
        s.startMonth = m.captured(2).toInt();
        return true;
    }
    default:
        break;
    }
    return false;
}

QString ScenarioFields::describe(const Scenario &s, const QString &path)
{
    const PathParts p = split(path);
    if (p.key.isEmpty())
        return path;
    // Any field of the schema with a one-level path, curves and the demand series included,
    // by its analyst label.
    const SchemaField *f = findSchemaField(path.toStdString());
    if (!f)
        return p.key;
    const QString label = schemaText(f->label);
    if (f->owner == FieldOwner::Sku && p.index >= 0 && p.index < int(s.skus.size()))
        return tr("%1: %2").arg(q(s.skus[std::size_t(p.index)].name), label);
    if (f->owner == FieldOwner::Purchase && p.index >= 0)
        return tr("Purchase %1: %2").arg(p.index + 1).arg(label);
    switch (f->group) {
    case InputGroup::Finance:
        return tr("Finance: %1").arg(label);
    case InputGroup::Operations:
        return tr("Operations: %1").arg(label);
    case InputGroup::Leasing:
        return tr("Leasing: %1").arg(label);
    default:
        break;
    }
    return label.isEmpty() ? path : label;
}

} // namespace fleetroi
