// SPDX-License-Identifier: GPL-3.0-or-later
#include "BalanceSheetModels.h"

#include "DisplayFormat.h"
#include "ItemRoles.h"
#include "engine/MonthlyTables.h"

#include <QBrush>
#include <QColor>

#include <cmath>
#include <limits>

namespace fleetroi {

namespace {

double at(const std::vector<double> &v, int t)
{
    return t >= 0 && std::size_t(t) < v.size() ? v[std::size_t(t)] : 0.0;
}

QVariant moneyCell(double x, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return DisplayFormat::locale().toString(x, 'f', 0);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        return x < -0.5 ? QVariant(QBrush(QColor(170, 20, 20))) : QVariant();
    case SortRole:
    case CopyRole:
        return x;
    default:
        return {};
    }
}

} // namespace

// ---- reconciliation by fiscal year -------------------------------------------------------------

std::vector<ReconciliationYear> reconcileByFiscalYear(const Scenario &sc, const ModelResults &r)
{
    std::vector<ReconciliationYear> years;
    const MonthlySeries &m = r.monthly;
    const int H = m.size();
    const double rate = sc.finance.taxRate;
    const bool v11 = !m.deferredTaxLiability.empty();
    // The liability and the book tax expense of month t (MODEL.md 1.1; the same definitions
    // for a model-1 scenario, whose results do not carry these series).
    auto liability = [&](int t) {
        if (t < 0)
            return 0.0;
        return v11 ? at(m.deferredTaxLiability, t)
                   : rate * (at(m.bookValue, t) - at(m.taxBasis, t));
    };
    for (int t = 0; t < H; ++t) {
        const int fy = fiscalYearOf(sc.startYear, sc.startMonth, sc.finance.fiscalYearEndMonth, t);
        if (years.empty() || years.back().fiscalYear != fy) {
            ReconciliationYear y;
            y.fiscalYear = fy;
            y.firstMonth = t;
            y.deferredTaxStart = liability(t - 1);
            years.push_back(y);
        }
        ReconciliationYear &y = years.back();
        y.lastMonth = t;
        y.ebitda += at(m.ebitda, t);
        y.bookDepreciation += at(m.bookDepreciation, t);
        y.impairment += at(m.impairment, t);
        y.bookGain += at(m.bookGain, t);
        y.ebit += at(m.ebit, t);
        y.taxDepreciation += at(m.taxDepreciation, t);
        y.bookTaxExpense += v11 ? at(m.bookTaxExpense, t) : rate * at(m.ebit, t);
        y.currentTax += at(m.tax, t);
        y.netIncome += at(m.netIncome, t);
        y.deferredTaxEnd = liability(t);
        y.bookValue = at(m.bookValue, t);
        y.marketValue = at(m.marketValue, t);
        y.taxBasis = at(m.taxBasis, t);
    }
    for (ReconciliationYear &y : years)
        y.partial = y.lastMonth - y.firstMonth + 1 < 12;
    return years;
}

ReconciliationTableModel::ReconciliationTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReconciliationTableModel::setResults(const Scenario &scenario, const ModelResults &results)
{
    std::vector<ReconciliationYear> years = reconcileByFiscalYear(scenario, results);
    const bool reset = years.size() != m_years.size();
    if (reset)
        beginResetModel();
    m_years = std::move(years);
    m_currency = QString::fromStdString(scenario.currency);
    m_startYear = scenario.startYear;
    m_startMonth = scenario.startMonth;
    if (reset) {
        endResetModel();
    } else if (!m_years.empty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    }
}

double ReconciliationTableModel::value(int row, int column) const
{
    if (row < 0 || row >= rowCount())
        return std::numeric_limits<double>::quiet_NaN();
    const ReconciliationYear &y = m_years[std::size_t(row)];
    switch (column) {
    case EbitColumn:
        return y.ebit;
    case BookDepreciationColumn:
        return y.bookDepreciation;
    case ImpairmentColumn:
        return y.impairment;
    case TaxDepreciationColumn:
        return y.taxDepreciation;
    case BookTaxColumn:
        return y.bookTaxExpense;
    case CurrentTaxColumn:
        return y.currentTax;
    case DeferredChangeColumn:
        return y.deferredTaxChange();
    case UnreconciledColumn:
        return y.unreconciled();
    case DeferredLiabilityColumn:
        return y.deferredTaxEnd;
    case NetIncomeColumn:
        return y.netIncome;
    case BookValueColumn:
        return y.bookValue;
    case MarketValueColumn:
        return y.marketValue;
    case TaxBasisColumn:
        return y.taxBasis;
    default:
        return std::numeric_limits<double>::quiet_NaN();
    }
}

int ReconciliationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_years.size());
}

int ReconciliationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReconciliationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const ReconciliationYear &y = m_years[std::size_t(index.row())];
    if (index.column() == YearColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return y.partial
                       ? tr("FY%1 (%2 – %3)")
                             .arg(y.fiscalYear)
                             .arg(DisplayFormat::month(m_startYear, m_startMonth, y.firstMonth),
                                  DisplayFormat::month(m_startYear, m_startMonth, y.lastMonth))
                       : tr("FY%1").arg(y.fiscalYear);
        case Qt::ToolTipRole:
            return tr("%1 to %2")
                .arg(DisplayFormat::month(m_startYear, m_startMonth, y.firstMonth),
                     DisplayFormat::month(m_startYear, m_startMonth, y.lastMonth));
        case SortRole:
        case CopyRole:
            return y.fiscalYear;
        default:
            return {};
        }
    }
    const double x = value(index.row(), index.column());
    if (index.column() == UnreconciledColumn && role == Qt::ToolTipRole)
        return tr("Book tax expense − current tax − change in deferred tax liability. Zero "
                  "except in the year of the horizon's last month, whose terminal valuation "
                  "the liability does not carry (MODEL.md 1.1).");
    // Values below half a cent are rounding: shown as 0 (the copied number stays exact).
    if (role == Qt::DisplayRole && std::fabs(x) < 0.005)
        return DisplayFormat::locale().toString(0.0, 'f', 0);
    return moneyCell(x, role);
}

QVariant ReconciliationTableModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const
{
    if (orientation != Qt::Horizontal ||
        (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != CopyRole))
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case EbitColumn:
            return tr("EBITDA − book depreciation − impairment + book gains on sales");
        case ImpairmentColumn:
            return tr("ASC 360 write-downs: a book expense, not deductible for tax");
        case BookTaxColumn:
            return tr("Tax rate × EBIT: the tax expense of the income statement");
        case CurrentTaxColumn:
            return tr("The tax paid in cash (negative: a saving)");
        case DeferredChangeColumn:
            return tr("Change in the deferred tax liability over the year");
        case DeferredLiabilityColumn:
            return tr("Tax rate × (book value − tax basis) of the tranches held at the year's end");
        default:
            return {};
        }
    }
    const QString cur = role == CopyRole ? QString() : QStringLiteral("\n") + m_currency;
    switch (section) {
    case YearColumn:
        return tr("Fiscal year");
    case EbitColumn:
        return QString(tr("EBIT (book)") + cur);
    case BookDepreciationColumn:
        return QString(tr("Book depreciation") + cur);
    case ImpairmentColumn:
        return QString(tr("Impairment") + cur);
    case TaxDepreciationColumn:
        return QString(tr("Tax depreciation") + cur);
    case BookTaxColumn:
        return QString(tr("Book tax expense") + cur);
    case CurrentTaxColumn:
        return QString(tr("Current (cash) tax") + cur);
    case DeferredChangeColumn:
        return QString(tr("Change in deferred tax") + cur);
    case UnreconciledColumn:
        return QString(tr("Terminal valuation effect") + cur);
    case DeferredLiabilityColumn:
        return QString(tr("Deferred tax liability") + cur);
    case NetIncomeColumn:
        return QString(tr("Net income") + cur);
    case BookValueColumn:
        return QString(tr("Net book value") + cur);
    case MarketValueColumn:
        return QString(tr("Market value") + cur);
    case TaxBasisColumn:
        return QString(tr("Tax basis") + cur);
    default:
        return {};
    }
}

// ---- balance sheet by group ---------------------------------------------------------------------

BalanceSheetGroupModel::BalanceSheetGroupModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString BalanceSheetGroupModel::groupName(TrancheGroupBy by, const std::string &name)
{
    const QString n = QString::fromStdString(name);
    switch (by) {
    case TrancheGroupBy::PurchaseYear:
        return tr("Bought %1").arg(n);
    case TrancheGroupBy::Vintage:
        return tr("FY%1 vintage").arg(n);
    case TrancheGroupBy::Sku:
        break;
    }
    return n;
}

void BalanceSheetGroupModel::setResults(const Scenario &scenario, const ModelResults &results,
                                        TrancheGroupBy by, int asOf)
{
    const TrancheGroupSeries *g = nullptr;
    for (const TrancheGroupSeries &s : results.groups)
        if (s.by == by)
            g = &s;
    const int H = results.monthly.size();
    m_asOf = std::clamp(asOf, 0, std::max(0, H - 1));
    std::vector<Row> rows;
    if (g) {
        rows.resize(g->names.size());
        for (std::size_t i = 0; i < g->names.size(); ++i) {
            Row &row = rows[i];
            row.key = g->names[i];
            row.name = groupName(by, g->names[i]);
            row.tranches = g->trancheCount[i];
            row.capex = g->capex[i];
            row.bookValue = i < g->bookValue.size() ? at(g->bookValue[i], m_asOf) : 0.0;
            row.taxBasis = i < g->taxBasis.size() ? at(g->taxBasis[i], m_asOf) : 0.0;
            row.marketValue = i < g->marketValue.size() ? at(g->marketValue[i], m_asOf) : 0.0;
            if (i < g->impairment.size())
                for (int t = 0; t < H; ++t) {
                    const double x = at(g->impairment[i], t);
                    row.impairment += x;
                    if (x > 0.0 && !row.firstImpairment)
                        row.firstImpairment = t;
                }
        }
    }
    m_hasMarket = g && !g->marketValue.empty();
    const bool reset = rows.size() != m_rows.size();
    if (reset)
        beginResetModel();
    m_rows = std::move(rows);
    m_currency = QString::fromStdString(scenario.currency);
    m_startYear = scenario.startYear;
    m_startMonth = scenario.startMonth;
    if (reset) {
        endResetModel();
    } else if (!m_rows.empty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    }
}

std::string BalanceSheetGroupModel::groupKey(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[std::size_t(row)].key : std::string();
}

double BalanceSheetGroupModel::value(int row, int column) const
{
    if (row < 0 || row >= rowCount())
        return std::numeric_limits<double>::quiet_NaN();
    const Row &r = m_rows[std::size_t(row)];
    switch (column) {
    case TranchesColumn:
        return r.tranches;
    case CapexColumn:
        return r.capex;
    case BookValueColumn:
        return r.bookValue;
    case MarketValueColumn:
        return r.marketValue;
    case TaxBasisColumn:
        return r.taxBasis;
    case BookOverMarketColumn:
        return r.bookValue - r.marketValue;
    case ImpairmentColumn:
        return r.impairment;
    case FirstImpairmentColumn:
        return r.firstImpairment ? double(*r.firstImpairment)
                                 : std::numeric_limits<double>::quiet_NaN();
    default:
        return std::numeric_limits<double>::quiet_NaN();
    }
}

int BalanceSheetGroupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BalanceSheetGroupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BalanceSheetGroupModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const Row &r = m_rows[std::size_t(index.row())];
    switch (index.column()) {
    case GroupColumn:
        if (role == Qt::DisplayRole || role == CopyRole || role == SortRole)
            return r.name;
        return {};
    case TranchesColumn:
        if (role == Qt::DisplayRole)
            return DisplayFormat::locale().toString(r.tranches);
        if (role == SortRole || role == CopyRole)
            return r.tranches;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case MarketValueColumn:
    case BookOverMarketColumn:
        if (!m_hasMarket) {
            if (role == Qt::DisplayRole)
                return tr("–");
            if (role == Qt::ToolTipRole)
                return tr("No GPU type has a market value curve (Fleet tab, Market value)");
            return {};
        }
        if (role == Qt::ToolTipRole && index.column() == BookOverMarketColumn)
            return tr("Book value − market value: positive when the books carry the GPUs above "
                      "what they would fetch");
        return moneyCell(value(index.row(), index.column()), role);
    case FirstImpairmentColumn:
        if (role == Qt::DisplayRole)
            return r.firstImpairment
                       ? DisplayFormat::month(m_startYear, m_startMonth, *r.firstImpairment)
                       : tr("none");
        if (role == SortRole)
            return r.firstImpairment ? *r.firstImpairment : std::numeric_limits<int>::max();
        if (role == CopyRole)
            return r.firstImpairment ? QVariant(DisplayFormat::monthDate(m_startYear, m_startMonth,
                                                                         *r.firstImpairment)
                                                    .toString(QStringLiteral("yyyy-MM")))
                                     : QVariant(QString());
        return {};
    default:
        return moneyCell(value(index.row(), index.column()), role);
    }
}

QVariant BalanceSheetGroupModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != CopyRole))
        return {};
    const QString cur = role == CopyRole ? QString() : QStringLiteral("\n") + m_currency;
    const QString month = DisplayFormat::month(m_startYear, m_startMonth, m_asOf);
    switch (section) {
    case GroupColumn:
        return tr("Group");
    case TranchesColumn:
        return tr("Tranches");
    case CapexColumn:
        return QString(tr("Capex") + cur);
    case BookValueColumn:
        return QString(tr("Net book value, %1").arg(month) + cur);
    case MarketValueColumn:
        return QString(tr("Market value, %1").arg(month) + cur);
    case TaxBasisColumn:
        return QString(tr("Tax basis, %1").arg(month) + cur);
    case BookOverMarketColumn:
        return QString(tr("Book over market, %1").arg(month) + cur);
    case ImpairmentColumn:
        return QString(tr("Impairments") + cur);
    case FirstImpairmentColumn:
        return tr("First impairment");
    default:
        return {};
    }
}

// ---- sensitivity of the total impairment ------------------------------------------------------

ImpairmentSensitivityModel::ImpairmentSensitivityModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ImpairmentSensitivityModel::setSensitivity(const ImpairmentSensitivity &sensitivity,
                                                const QString &currency)
{
    beginResetModel();
    m_s = sensitivity;
    m_currency = currency;
    endResetModel();
}

void ImpairmentSensitivityModel::clear()
{
    beginResetModel();
    m_s = {};
    endResetModel();
}

double ImpairmentSensitivityModel::value(int row, int column) const
{
    if (row < 0 || row >= rowCount())
        return std::numeric_limits<double>::quiet_NaN();
    const ImpairmentSensitivityRow &r = m_s.rows[std::size_t(row)];
    switch (column) {
    case LowColumn:
        return r.impairmentLow;
    case HighColumn:
        return r.impairmentHigh;
    case LowChangeColumn:
        return r.impairmentLow - m_s.baseImpairment;
    case HighChangeColumn:
        return r.impairmentHigh - m_s.baseImpairment;
    case NpvLowColumn:
        return r.npvLow;
    case NpvHighColumn:
        return r.npvHigh;
    default:
        return std::numeric_limits<double>::quiet_NaN();
    }
}

int ImpairmentSensitivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_s.rows.size());
}

int ImpairmentSensitivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImpairmentSensitivityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const ImpairmentSensitivityRow &r = m_s.rows[std::size_t(index.row())];
    if (index.column() == CurveColumn) {
        if (role == Qt::DisplayRole || role == CopyRole || role == SortRole)
            return r.curve == ImpairmentCurve::LeasePrice ? tr("Lease prices (every GPU type)")
                                                          : tr("Market values (every GPU type)");
        return {};
    }
    return moneyCell(value(index.row(), index.column()), role);
}

QVariant ImpairmentSensitivityModel::headerData(int section, Qt::Orientation orientation,
                                                int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != CopyRole))
        return {};
    const QString low = DisplayFormat::factor(1.0 - m_s.swing);
    const QString high = DisplayFormat::factor(1.0 + m_s.swing);
    const QString cur = role == CopyRole ? QString() : QStringLiteral("\n") + m_currency;
    switch (section) {
    case CurveColumn:
        return tr("Curve");
    case LowColumn:
        return QString(tr("Impairment at %1").arg(low) + cur);
    case HighColumn:
        return QString(tr("Impairment at %1").arg(high) + cur);
    case LowChangeColumn:
        return QString(tr("Change at %1").arg(low) + cur);
    case HighChangeColumn:
        return QString(tr("Change at %1").arg(high) + cur);
    case NpvLowColumn:
        return QString(tr("NPV at %1").arg(low) + cur);
    case NpvHighColumn:
        return QString(tr("NPV at %1").arg(high) + cur);
    default:
        return {};
    }
}

} // namespace fleetroi
