// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioTableModel.h"

#include "DisplayFormat.h"
#include "FieldInput.h"
#include "ItemRoles.h"
#include "ScenarioFields.h"

#include <QBrush>
#include <QColor>
#include <QDate>
#include <QFont>

#include <cmath>

namespace fleetroi {

ScenarioTableModel::ScenarioTableModel(ScenarioDocument *doc, ScenarioDocument::Table table,
                                       QString listName, QStringList keys, QObject *parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
    , m_table(table)
    , m_listName(std::move(listName))
    , m_keys(std::move(keys))
{
    connect(doc, &ScenarioDocument::rowsAboutToBeInserted, this,
            [this](ScenarioDocument::Table t, int row) {
                if (t == m_table)
                    beginInsertRows({}, row, row);
            });
    connect(doc, &ScenarioDocument::rowsInserted, this, [this](ScenarioDocument::Table t, int) {
        if (t == m_table)
            endInsertRows();
        else
            refreshAll();
    });
    connect(doc, &ScenarioDocument::rowsAboutToBeRemoved, this,
            [this](ScenarioDocument::Table t, int row) {
                if (t == m_table)
                    beginRemoveRows({}, row, row);
            });
    connect(doc, &ScenarioDocument::rowsRemoved, this, [this](ScenarioDocument::Table t, int) {
        if (t == m_table)
            endRemoveRows();
        else
            refreshAll();
    });
    connect(doc, &ScenarioDocument::valueChanged, this, &ScenarioTableModel::onValueChanged);
    connect(doc, &ScenarioDocument::validationChanged, this, &ScenarioTableModel::refreshAll);
}

void ScenarioTableModel::onValueChanged(const QString &path)
{
    const ScenarioFields::PathParts p = ScenarioFields::split(path);
    if (p.list == m_listName && p.index >= 0 && p.index < rowCount()) {
        // The row's computed columns may depend on the field: refresh the whole row.
        emit dataChanged(index(p.index, 0), index(p.index, columnCount() - 1));
        return;
    }
    // Another list (a SKU's name shown in the purchases) or the start month: small tables,
    // refresh everything.
    refreshAll();
}

void ScenarioTableModel::refreshAll()
{
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QString ScenarioTableModel::pathAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.column() >= m_keys.size())
        return {};
    return QStringLiteral("%1[%2].%3").arg(m_listName).arg(index.row()).arg(m_keys[index.column()]);
}

int ScenarioTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : listSize();
}

int ScenarioTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size() + extraHeaders().size());
}

QString ScenarioTableModel::displayText(int, const QString &key, const QVariant &value) const
{
    const FieldInfo f = ScenarioFields::info(m_listName + QStringLiteral("[0].") + key);
    const QLocale loc = DisplayFormat::locale();
    switch (f.kind) {
    case FieldKind::Number:
        if (!value.isValid())
            return {};
        if (f.isPercent())
            return DisplayFormat::percent(value.toDouble(), f.decimals);
        return loc.toString(value.toDouble(), 'f', f.decimals);
    case FieldKind::Integer:
        return loc.toString(value.toLongLong());
    case FieldKind::Choice:
        for (const ChoiceOption &c : f.choices)
            if (c.value == value.toString())
                return c.label;
        return value.toString();
    case FieldKind::Month:
        return DisplayFormat::month(m_doc->scenario().startYear, m_doc->scenario().startMonth,
                                    value.toInt());
    case FieldKind::Boolean:
        return value.toBool() ? tr("yes") : tr("no");
    default:
        return value.toString();
    }
}

QVariant ScenarioTableModel::extraData(int, int, int) const
{
    return {};
}

QVariant ScenarioTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const int col = index.column();
    if (col >= m_keys.size())
        return extraData(index.row(), col - int(m_keys.size()), role);
    const QString key = m_keys[col];
    const QString path = pathAt(index);
    const Scenario &s = m_doc->scenario();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(index.row(), key, ScenarioFields::value(s, path));
    case Qt::EditRole:
        return ScenarioFields::value(s, path);
    case CopyRole: {
        // The file's values, so a copied block reads back through the CSV import: months as
        // "YYYY-MM", SKUs by id, choices in the file's spelling, numbers at full precision.
        const QVariant v = ScenarioFields::value(s, path);
        const FieldKind k = ScenarioFields::info(path).kind;
        if (k == FieldKind::Month && v.isValid())
            return QDate(s.startYear, s.startMonth, 1)
                .addMonths(v.toInt())
                .toString(QStringLiteral("yyyy-MM"));
        if (k == FieldKind::Number && v.isValid() && !v.toString().isEmpty())
            return v.toDouble();
        if (k == FieldKind::Integer && v.isValid() && !v.toString().isEmpty())
            return v.toLongLong();
        return v.isValid() ? QVariant(v.toString()) : QVariant(QString());
    }
    case Qt::TextAlignmentRole: {
        const FieldKind k = ScenarioFields::info(path).kind;
        if (k == FieldKind::Number || k == FieldKind::Integer)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        const QString error = m_doc->validationMessage(path);
        if (!error.isEmpty())
            lines << error;
        const FieldInfo f = ScenarioFields::info(path);
        if (!f.toolTip.isEmpty())
            lines << f.toolTip;
        const int pi = m_doc->provenanceIndex(path);
        if (pi >= 0)
            lines << tr("Source: %1")
                         .arg(QString::fromStdString(s.provenance[std::size_t(pi)].source));
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    }
    case Qt::BackgroundRole:
        if (!m_doc->validationMessage(path).isEmpty())
            return QBrush(QColor(255, 214, 214));
        return {};
    case Qt::ForegroundRole:
    case Qt::FontRole:
        // A purchase without its own GPU price shows its GPU type's price, grey and italic
        // ("25,000 (inherited)"): never in parentheses alone, which read as a negative amount.
        if (ScenarioFields::info(path).optional && !ScenarioFields::value(s, path).isValid()) {
            if (role == Qt::ForegroundRole)
                return QBrush(QColor(0x6b, 0x72, 0x80));
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case FieldPathRole:
        return path;
    case ValidationRole:
        return m_doc->validationMessage(path);
    case CurrencyRole:
        return m_doc->currency();
    case StartMonthRole:
        return QDate(s.startYear, s.startMonth, 1);
    case HorizonRole:
        return s.horizonMonths;
    case ChoicesRole: {
        QVariantList out;
        const FieldInfo f = ScenarioFields::info(path);
        if (f.kind == FieldKind::SkuRef) {
            for (const Sku &k : s.skus)
                out << QVariant(
                    QStringList{QString::fromStdString(k.id), QString::fromStdString(k.name)});
        } else {
            for (const ChoiceOption &c : f.choices)
                out << QVariant(QStringList{c.value, c.label});
        }
        return out;
    }
    case ProvenanceRole: {
        const int pi = m_doc->provenanceIndex(path);
        return pi >= 0 ? QString::fromStdString(s.provenance[std::size_t(pi)].source) : QString();
    }
    default:
        return {};
    }
}

QVariant ScenarioTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    if (section >= m_keys.size()) {
        if (role == Qt::DisplayRole)
            return extraHeaders().value(section - int(m_keys.size()));
        return {};
    }
    if (role == CopyRole)
        return m_keys[section]; // the file key: the CSV import reads it as a header
    const FieldInfo f = ScenarioFields::info(m_listName + QStringLiteral("[0].") + m_keys[section]);
    if (role == Qt::DisplayRole) {
        const QString unit = f.suffix(m_doc->currency()).trimmed();
        return unit.isEmpty() || unit == u"%" ? f.label : f.label + u'\n' + unit;
    }
    if (role == Qt::ToolTipRole && !f.toolTip.isEmpty())
        return f.toolTip;
    return {};
}

Qt::ItemFlags ScenarioTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() < m_keys.size())
        f |= Qt::ItemIsEditable;
    return f;
}

bool ScenarioTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() >= m_keys.size())
        return false;
    const QString path = pathAt(index);
    const FieldKind kind = ScenarioFields::info(path).kind;
    QVariant stored = value;
    m_lastRefusal.clear();
    if (kind == FieldKind::Number || kind == FieldKind::Integer || kind == FieldKind::Month) {
        const FieldInputResult r =
            value.typeId() == QMetaType::QString
                ? FieldInput::parse(m_doc->scenario(), path, value.toString(),
                                    DisplayFormat::locale())
                : FieldInput::check(m_doc->scenario(), path, value, DisplayFormat::locale());
        if (!r.ok) {
            m_lastRefusal = r.error;
            emit inputRefused(path, r.error);
            return false;
        }
        stored = r.value;
    }
    // dataChanged comes back through the document's valueChanged signal (also on undo).
    return m_doc->setValue(path, stored);
}

// ---- SKUs -----------------------------------------------------------------------------------

namespace {
QString curveSummary(const PriceCurve &c, const QString &currency)
{
    if (c.kind == PriceCurve::Kind::Growth)
        return ScenarioTableModel::tr("%1, %2/year")
            .arg(DisplayFormat::price(c.start, currency),
                 DisplayFormat::percent(c.annualChange, 0));
    if (c.points.empty())
        return ScenarioTableModel::tr("no points");
    return ScenarioTableModel::tr("%n point(s), %1 → %2", nullptr, int(c.points.size()))
        .arg(DisplayFormat::price(c.points.front().second, currency),
             DisplayFormat::price(c.points.back().second, currency));
}
} // namespace

SkuTableModel::SkuTableModel(ScenarioDocument *doc, QObject *parent)
    : ScenarioTableModel(doc, ScenarioDocument::Table::Skus, ScenarioFields::key(FieldId::Skus),
                         ScenarioFields::skuKeys(), parent)
{}

int SkuTableModel::listSize() const
{
    return int(m_doc->scenario().skus.size());
}

QStringList SkuTableModel::extraHeaders() const
{
    return {tr("Lease price\n%1/GPU-h").arg(m_doc->currency()),
            tr("Cloud price\n%1/GPU-h").arg(m_doc->currency())};
}

QVariant SkuTableModel::extraData(int row, int extraColumn, int role) const
{
    const Sku &sku = m_doc->scenario().skus[std::size_t(row)];
    const PriceCurve &c = extraColumn == 0 ? sku.leasePrice : sku.cloudPrice;
    switch (role) {
    case Qt::DisplayRole:
        return curveSummary(c, m_doc->currency());
    case Qt::ToolTipRole:
        return tr("Edit the curve in the price editor below the table");
    case FieldPathRole:
        return ScenarioFields::skuPath(row, ScenarioFields::key(extraColumn == 0
                                                                    ? FieldId::SkuLeasePrice
                                                                    : FieldId::SkuCloudPrice));
    default:
        return {};
    }
}

// ---- purchases ------------------------------------------------------------------------------

PurchaseTableModel::PurchaseTableModel(ScenarioDocument *doc, QObject *parent)
    : ScenarioTableModel(doc, ScenarioDocument::Table::Purchases,
                         ScenarioFields::key(FieldId::Purchases), ScenarioFields::purchaseKeys(),
                         parent)
{}

int PurchaseTableModel::listSize() const
{
    return int(m_doc->scenario().purchases.size());
}

double PurchaseTableModel::trancheCapex(const Scenario &s, const PurchaseTranche &t)
{
    const int k = s.skuIndex(t.sku);
    if (k < 0)
        return 0.0;
    const Sku &sku = s.skus[std::size_t(k)];
    const double price = t.gpuPrice.value_or(sku.gpuPrice);
    const double servers = std::ceil(double(t.gpus) / double(std::max(1, sku.gpusPerServer)));
    return double(t.gpus) * price + servers * sku.serverCost +
           double(t.gpus) * sku.networkCostPerGpu;
}

QStringList PurchaseTableModel::extraHeaders() const
{
    return {tr("In service"), tr("Capex\n%1").arg(m_doc->currency())};
}

QVariant PurchaseTableModel::extraData(int row, int extraColumn, int role) const
{
    const Scenario &s = m_doc->scenario();
    const PurchaseTranche &t = s.purchases[std::size_t(row)];
    if (extraColumn == 0) {
        if (role == Qt::DisplayRole)
            return DisplayFormat::month(s.startYear, s.startMonth, t.month + t.installLagMonths);
        if (role == CopyRole)
            return QDate(s.startYear, s.startMonth, 1)
                .addMonths(t.month + t.installLagMonths)
                .toString(QStringLiteral("yyyy-MM"));
        if (role == Qt::ToolTipRole)
            return tr("Purchase month + install lag: the tranche earns from this month");
        return {};
    }
    const double capex = trancheCapex(s, t);
    switch (role) {
    case Qt::DisplayRole:
        return DisplayFormat::locale().toString(capex, 'f', 0);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return tr("GPUs × price + whole servers × server cost + GPUs × network cost");
    case SortRole:
        return capex;
    default:
        return {};
    }
}

QString PurchaseTableModel::displayText(int row, const QString &key, const QVariant &value) const
{
    const Scenario &s = m_doc->scenario();
    if (key == ScenarioFields::key(FieldId::PurchaseSku)) {
        const int k = s.skuIndex(value.toString().toStdString());
        return k >= 0 ? QString::fromStdString(s.skus[std::size_t(k)].name)
                      : tr("unknown: %1").arg(value.toString());
    }
    if (key == ScenarioFields::key(FieldId::PurchaseGpuPrice) && !value.isValid()) {
        const int k = s.skuIndex(s.purchases[std::size_t(row)].sku);
        return k >= 0 ? tr("%1 (inherited)", "a purchase's GPU price taken from its GPU type")
                            .arg(DisplayFormat::locale().toString(s.skus[std::size_t(k)].gpuPrice,
                                                                  'f', 0))
                      : QString();
    }
    return ScenarioTableModel::displayText(row, key, value);
}

} // namespace fleetroi
