// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResultTableModels.h"

#include "DisplayFormat.h"
#include "DriverText.h"
#include "ItemRoles.h"

#include <QBrush>
#include <QColor>
#include <QDate>

#include <algorithm>
#include <cmath>
#include <limits>

namespace fleetroi {

// ---- monthly results ------------------------------------------------------------------------

MonthlyResultsModel::MonthlyResultsModel(ScenarioDocument *doc, QObject *parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
    , m_columns(columns())
{
    connect(doc, &ScenarioDocument::resultsChanged, this, &MonthlyResultsModel::reload);
    if (doc->hasResults())
        m_series = doc->results().monthly;
}

QList<MonthlyResultsModel::Column> MonthlyResultsModel::columns()
{
    using M = MonthlySeries;
    using U = Unit;
    return {
        {tr("Capacity"), &M::capacityHours, U::Hours},
        {tr("Internal demand"), &M::internalDemandHours, U::Hours},
        {tr("Served internally"), &M::internalServedHours, U::Hours},
        {tr("Leased"), &M::leasedHours, U::Hours},
        {tr("Utilization"), &M::utilization, U::Percent},
        {tr("Working GPUs"), &M::workingGpus, U::Gpus},
        {tr("Capex"), &M::capex},
        {tr("Lease revenue"), &M::leaseRevenue},
        {tr("Internal value"), &M::internalValue},
        {tr("Electricity"), &M::electricityCost},
        {tr("Opex"), &M::opex},
        {tr("EBITDA"), &M::ebitda},
        {tr("Book depreciation"), &M::bookDepreciation},
        {tr("Tax depreciation"), &M::taxDepreciation},
        {tr("Proceeds"), &M::proceeds},
        {tr("Terminal value"), &M::terminalValue},
        {tr("Tax"), &M::tax},
        {tr("Net income"), &M::netIncome},
        {tr("Net cash flow"), &M::netCashFlow},
        {tr("Cumulative cash flow"), &M::cumulativeCashFlow},
        {tr("Book value"), &M::bookValue},
    };
}

QString MonthlyResultsModel::seriesTitle(int column) const
{
    return column >= 0 && column < columnCount() ? m_columns[column].title : QString();
}

QString MonthlyResultsModel::unitText(int column) const
{
    if (column < 0 || column >= columnCount())
        return {};
    switch (m_columns[column].unit) {
    case Unit::Money:
        return m_doc->currency();
    case Unit::Hours:
        return tr("h", "unit: H100-equivalent compute hours");
    case Unit::Gpus:
        return tr("GPUs", "unit: a count of GPUs");
    case Unit::Percent:
        return {};
    }
    return {};
}

QString MonthlyResultsModel::valueWithUnit(int t, int column) const
{
    const QString number = data(index(t, column)).toString();
    const QString unit = unitText(column);
    if (number.isEmpty() || unit.isEmpty())
        return number;
    return tr("%1 %2", "a number and its unit: 8,760 h").arg(number, unit);
}

void MonthlyResultsModel::reload()
{
    const MonthlySeries &next = m_doc->lastResults().monthly;
    if (next.size() != m_series.size()) {
        beginResetModel();
        m_series = next;
        endResetModel();
        return;
    }
    m_series = next;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int MonthlyResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_series.size();
}

int MonthlyResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant MonthlyResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const Column &c = m_columns[index.column()];
    const std::vector<double> &v = m_series.*(c.series);
    if (std::size_t(index.row()) >= v.size())
        return {};
    const double x = v[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return c.unit == Unit::Percent ? DisplayFormat::percent(x)
                                       : DisplayFormat::locale().toString(x, 'f', 0);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (x < 0)
            return QBrush(QColor(170, 20, 20));
        return {};
    case SortRole:
        return x;
    default:
        return {};
    }
}

QVariant MonthlyResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == CopyRole && orientation == Qt::Vertical && section >= 0 && section < rowCount()) {
        // "YYYY-MM" as the CSV export writes months (spreadsheets read it as a date or text).
        const Scenario &s = m_doc->scenario();
        return QDate(s.startYear, s.startMonth, 1)
            .addMonths(section)
            .toString(QStringLiteral("yyyy-MM"));
    }
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return {};
        const Column &c = m_columns[section];
        switch (c.unit) {
        case Unit::Money:
            return QString(c.title + u'\n' + m_doc->currency());
        case Unit::Hours:
            return tr("%1 (h)", "series title with the unit hours").arg(c.title);
        case Unit::Gpus:
        case Unit::Percent:
            return c.title;
        }
        return c.title;
    }
    if (section < 0 || section >= rowCount())
        return {};
    const Scenario &s = m_doc->scenario();
    return DisplayFormat::month(s.startYear, s.startMonth, section);
}

// ---- tranches -------------------------------------------------------------------------------

TrancheTableModel::TrancheTableModel(ScenarioDocument *doc, QObject *parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
{}

void TrancheTableModel::reload()
{
    if (!m_doc)
        return;
    const Scenario &sc = m_doc->scenario();
    const ModelResults &r = m_doc->lastResults();
    std::vector<Row> rows;
    rows.reserve(r.tranches.size());
    for (const TrancheResults &t : r.tranches) {
        Row row;
        row.sku = t.skuId;
        row.name = t.label;
        row.bought = t.purchaseMonth;
        row.service = t.serviceMonth;
        // The summary describes the scenario of the results; the list may have moved on
        // while an edit is being computed.
        if (std::size_t(t.purchaseIndex) < sc.purchases.size())
            row.gpus = sc.purchases[std::size_t(t.purchaseIndex)].gpus;
        row.capex = t.capex;
        row.sold = t.disposalMonth;
        row.proceeds = t.proceeds;
        row.gain = t.bookGain;
        row.terminal = t.terminalValue;
        rows.push_back(std::move(row));
    }
    const bool calendarMoved = m_startYear != sc.startYear || m_startMonth != sc.startMonth;
    m_startYear = sc.startYear;
    m_startMonth = sc.startMonth;
    m_currency = m_doc->currency();
    if (rows.size() != m_rows.size()) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    // Only the columns that changed: an edit of a price changes the money columns, and a
    // sort proxy sorted by another column then keeps its order without re-sorting 10,000
    // rows.
    int first = ColumnCount, last = -1;
    const auto touch = [&](int column) {
        first = std::min(first, column);
        last = std::max(last, column);
    };
    if (calendarMoved) // every month shown moves
        touch(NumberColumn), touch(ColumnCount - 1);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row &a = m_rows[i], &b = rows[i];
        if (a.name != b.name || a.sku != b.sku)
            touch(NameColumn), touch(SkuColumn);
        if (a.bought != b.bought)
            touch(BoughtColumn);
        if (a.service != b.service)
            touch(ServiceColumn);
        if (a.gpus != b.gpus)
            touch(GpusColumn);
        if (a.capex != b.capex)
            touch(CapexColumn);
        if (a.sold != b.sold)
            touch(SoldColumn);
        if (a.proceeds != b.proceeds || a.gain != b.gain || a.terminal != b.terminal)
            touch(ProceedsColumn), touch(TerminalColumn);
    }
    m_rows = std::move(rows);
    if (!m_rows.empty() && last >= first)
        emit dataChanged(index(0, first), index(rowCount() - 1, last));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int TrancheTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TrancheTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrancheTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const Row &r = m_rows[std::size_t(index.row())];
    const auto month = [this](int t) {
        return DisplayFormat::month(m_startYear, m_startMonth, t);
    };
    if (role == SortRole) {
        switch (index.column()) {
        case NumberColumn:
            return index.row() + 1;
        case NameColumn:
            return r.name.empty() ? QString::fromStdString(r.sku) + month(r.bought)
                                  : QString::fromStdString(r.name);
        case SkuColumn:
            return QString::fromStdString(r.sku);
        case BoughtColumn:
            return r.bought;
        case ServiceColumn:
            return r.service;
        case GpusColumn:
            return double(r.gpus);
        case CapexColumn:
            return r.capex;
        case SoldColumn:
            return r.sold < 0 ? std::numeric_limits<int>::max() : r.sold;
        case ProceedsColumn:
            return r.proceeds;
        case GainColumn:
            return r.gain;
        case TerminalColumn:
            return r.terminal;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(index.column() == NameColumn || index.column() == SkuColumn
                                       ? Qt::AlignLeft | Qt::AlignVCenter
                                       : Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return index.row() + 1;
    case NameColumn:
        return r.name.empty()
                   ? tr("%1 bought %2").arg(QString::fromStdString(r.sku), month(r.bought))
                   : QString::fromStdString(r.name);
    case SkuColumn:
        return QString::fromStdString(r.sku);
    case BoughtColumn:
        return month(r.bought);
    case ServiceColumn:
        return month(r.service);
    case GpusColumn:
        return DisplayFormat::number(double(r.gpus), 0);
    case CapexColumn:
        return DisplayFormat::amount(r.capex);
    case SoldColumn:
        return r.sold < 0 ? tr("held") : month(r.sold);
    case ProceedsColumn:
        return DisplayFormat::amount(r.proceeds);
    case GainColumn:
        return DisplayFormat::amount(r.gain);
    case TerminalColumn:
        return DisplayFormat::amount(r.terminal);
    default:
        return {};
    }
}

QVariant TrancheTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("#");
    case NameColumn:
        return tr("Tranche");
    case SkuColumn:
        return tr("GPU type");
    case BoughtColumn:
        return tr("Bought");
    case ServiceColumn:
        return tr("In service");
    case GpusColumn:
        return tr("GPUs");
    case CapexColumn:
        return tr("Capex (%1)").arg(m_currency);
    case SoldColumn:
        return tr("Sold");
    case ProceedsColumn:
        return tr("Proceeds (%1)").arg(m_currency);
    case GainColumn:
        return tr("Book gain (%1)").arg(m_currency);
    case TerminalColumn:
        return tr("Terminal value (%1)").arg(m_currency);
    default:
        return {};
    }
}

// ---- sensitivity ----------------------------------------------------------------------------

SensitivityTableModel::SensitivityTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SensitivityTableModel::setRows(const std::vector<SensitivityRow> &rows, double baseNpv,
                                    double swing, const QString &currency)
{
    const bool sameShape = rows.size() == m_rows.size();
    if (!sameShape)
        beginResetModel();
    m_rows = rows;
    m_baseNpv = baseNpv;
    m_swing = swing;
    m_currency = currency;
    if (!sameShape) {
        endResetModel();
    } else {
        if (!m_rows.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    }
}

int SensitivityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SensitivityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SensitivityTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const SensitivityRow &r = m_rows[std::size_t(index.row())];
    const double value = index.column() == LowColumn    ? r.npvLow
                         : index.column() == HighColumn ? r.npvHigh
                                                        : r.swing();
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == DriverColumn)
            return driverLabel(r.driver);
        if (index.column() == SpreadColumn)
            return DisplayFormat::money(value, m_currency);
        return tr("%1 (%2)").arg(DisplayFormat::money(value, m_currency),
                                 (value >= m_baseNpv ? QStringLiteral("+") : QString()) +
                                     DisplayFormat::amount(value - m_baseNpv));
    case Qt::TextAlignmentRole:
        return index.column() == DriverColumn
                   ? QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() != DriverColumn && index.column() != SpreadColumn && value < 0)
            return QBrush(QColor(170, 20, 20));
        return {};
    case SortRole:
        return index.column() == DriverColumn ? QVariant(driverLabel(r.driver)) : QVariant(value);
    default:
        return {};
    }
}

QVariant SensitivityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    const QString pct = DisplayFormat::number(m_swing * 100.0, 0);
    switch (section) {
    case DriverColumn:
        return tr("Driver");
    case LowColumn:
        return tr("NPV at −%1 %").arg(pct);
    case HighColumn:
        return tr("NPV at +%1 %").arg(pct);
    case SpreadColumn:
        return tr("Spread");
    default:
        return {};
    }
}

// ---- comparison -----------------------------------------------------------------------------

ComparisonTableModel::ComparisonTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_figures(KeyFigureInfo::allFigures())
{}

void ComparisonTableModel::setEntries(const QList<Entry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int ComparisonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_entries.isEmpty() ? 0 : int(m_figures.size());
}

int ComparisonTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_entries.isEmpty())
        return 0;
    return 2 * int(m_entries.size());
}

QVariant ComparisonTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const KeyFigureInfo::Figure f = m_figures[index.row()];
    const int col = index.column();
    if (col == 0) {
        if (role == Qt::DisplayRole)
            return KeyFigureInfo::name(f);
        if (role == Qt::ToolTipRole)
            return KeyFigureInfo::toolTip(f);
        return {};
    }
    const int entry = col / 2; // 1 -> 0, 2,3 -> 1, 4,5 -> 2
    const bool isDelta = col >= 3 && col % 2 == 1;
    const Entry &e = m_entries[entry];
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (!isDelta) {
        if (role == Qt::DisplayRole)
            return KeyFigureInfo::text(f, e.figures, e.currency, e.startYear, e.startMonth);
        if (role == SortRole)
            return KeyFigureInfo::value(f, e.figures).value_or(qQNaN());
        return {};
    }
    const Entry &first = m_entries.front();
    if (role == Qt::DisplayRole)
        return KeyFigureInfo::deltaText(f, first.figures, e.figures, e.currency);
    if (role == Qt::ForegroundRole) {
        const auto a = KeyFigureInfo::value(f, first.figures);
        const auto b = KeyFigureInfo::value(f, e.figures);
        if (!a || !b || std::abs(*b - *a) < 1e-9)
            return {};
        const bool better = (*b > *a) == KeyFigureInfo::higherIsBetter(f);
        return QBrush(better ? QColor(20, 120, 40) : QColor(170, 20, 20));
    }
    if (role == SortRole) {
        const auto a = KeyFigureInfo::value(f, first.figures);
        const auto b = KeyFigureInfo::value(f, e.figures);
        return a && b ? QVariant(*b - *a) : QVariant();
    }
    return {};
}

QVariant ComparisonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal || section < 0 ||
        section >= columnCount())
        return {};
    if (section == 0)
        return tr("Key figure");
    const int entry = section / 2;
    if (section >= 3 && section % 2 == 1)
        return tr("Δ %1\nvs. %2").arg(m_entries[entry].name, m_entries.front().name);
    return m_entries[entry].name;
}

} // namespace fleetroi
