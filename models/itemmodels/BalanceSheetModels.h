// SPDX-License-Identifier: GPL-3.0-or-later
// The tables of the Balance sheet view (MODEL.md "Version 1.1"): the book/tax reconciliation
// by fiscal year and the balance sheet by group of tranches. Read-only; money in the
// scenario's currency; SortRole and CopyRole give raw numbers (TableTsv copies them at full
// precision).
#pragma once

#include "engine/ImpairmentSensitivity.h"
#include "engine/ModelResults.h"
#include "scenario/Scenario.h"

#include <QAbstractTableModel>
#include <QString>

#include <optional>
#include <vector>

namespace fleetroi {

// One fiscal year of the book/tax reconciliation (MODEL.md "Book and tax reconciliation").
// Flows are sums over the months of the fiscal year inside the horizon; stocks (deferred tax
// liability, net book value, market value, tax basis) are at the end of its last month in
// the horizon.
struct ReconciliationYear
{
    int fiscalYear = 0; // named by the calendar year in which it ends
    int firstMonth = 0; // month indices of the horizon, inclusive
    int lastMonth = 0;
    bool partial = false; // fewer than 12 months inside the horizon
    double ebitda = 0.0;
    double bookDepreciation = 0.0;
    double impairment = 0.0; // ASC 360 write-downs, a book expense (not deductible)
    double bookGain = 0.0;   // gains on sales, book
    double ebit = 0.0;       // ebitda - book depreciation - impairment + book gains
    double taxDepreciation = 0.0;
    double bookTaxExpense = 0.0;   // tax_rate x ebit (income-statement tax)
    double currentTax = 0.0;       // the cash tax of MODEL v1 (negative = a saving)
    double deferredTaxStart = 0.0; // liability at the end of the month before firstMonth
    double deferredTaxEnd = 0.0;   // at the end of lastMonth
    double netIncome = 0.0;
    double bookValue = 0.0;
    double marketValue = 0.0; // 0 when no SKU has a market value
    double taxBasis = 0.0;

    double deferredTaxChange() const { return deferredTaxEnd - deferredTaxStart; }
    // bookTaxExpense - currentTax - deferredTaxChange: 0 (to rounding) in every year whose
    // months are all before H-1; in the year holding month H-1 it is the effect of the
    // terminal valuation, which the liability does not carry (MODEL.md).
    double unreconciled() const { return bookTaxExpense - currentTax - deferredTaxChange(); }
};

// The reconciliation of a computed scenario, one entry per fiscal year the horizon touches,
// in order. Model 1.1 results use the engine's series (ModelResults::monthly
// bookTaxExpense, deferredTaxLiability, impairment, marketValue); for a model-1 scenario the
// same definitions are applied to its series (book tax expense = tax_rate x ebit, liability
// = tax_rate x (book value - tax basis), no impairment, no market value).
std::vector<ReconciliationYear> reconcileByFiscalYear(const Scenario &scenario,
                                                      const ModelResults &results);

// The reconciliation as a table: one row per fiscal year, one column per figure.
class ReconciliationTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        YearColumn,
        EbitColumn,
        BookDepreciationColumn,
        ImpairmentColumn,
        TaxDepreciationColumn,
        BookTaxColumn,
        CurrentTaxColumn,
        DeferredChangeColumn,
        UnreconciledColumn,
        DeferredLiabilityColumn,
        NetIncomeColumn,
        BookValueColumn,
        MarketValueColumn,
        TaxBasisColumn,
        ColumnCount
    };
    explicit ReconciliationTableModel(QObject *parent = nullptr);

    void setResults(const Scenario &scenario, const ModelResults &results);
    const std::vector<ReconciliationYear> &years() const { return m_years; }
    // The raw value of a cell (money), NaN for the year column or out of range.
    double value(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<ReconciliationYear> m_years;
    QString m_currency;
    int m_startYear = 2026;
    int m_startMonth = 1;
};

// The balance sheet of every group of tranches of one grouping (ModelResults::groups with
// ModelOptions::groupBalanceSheet) at the end of one month: what the groups are worth in
// the books, in the market and for tax, and how much of them was written down.
class BalanceSheetGroupModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        GroupColumn,
        TranchesColumn,
        CapexColumn,
        BookValueColumn,
        MarketValueColumn,
        TaxBasisColumn,
        BookOverMarketColumn, // book value - market value (> 0: carried above market)
        ImpairmentColumn,     // every impairment of the horizon
        FirstImpairmentColumn,
        ColumnCount
    };
    explicit BalanceSheetGroupModel(QObject *parent = nullptr);

    // Takes the groups of grouping `by` from `results` (nothing when it holds none) at the
    // end of month `asOf` (clamped to the horizon).
    void setResults(const Scenario &scenario, const ModelResults &results, TrancheGroupBy by,
                    int asOf);
    int asOfMonth() const { return m_asOf; }
    // The engine's group name of a row (SKU id, "2027") and its name on screen.
    std::string groupKey(int row) const;
    // The legend/table name of a group ("h100", "Bought 2027", "FY2027 vintage").
    static QString groupName(TrancheGroupBy by, const std::string &name);
    double value(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        std::string key;
        QString name;
        int tranches = 0;
        double capex = 0.0, bookValue = 0.0, marketValue = 0.0, taxBasis = 0.0, impairment = 0.0;
        std::optional<int> firstImpairment;
    };
    std::vector<Row> m_rows;
    QString m_currency;
    int m_startYear = 2026;
    int m_startMonth = 1;
    int m_asOf = 0;
    bool m_hasMarket = false;
};

// The sensitivity of the total impairment to the lease-price and market-value curves
// (engine/ImpairmentSensitivity.h): one row per curve, with the total impairment and the NPV
// at (1 - swing) and (1 + swing) and the change of the total against the scenario as given.
class ImpairmentSensitivityModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        CurveColumn,
        LowColumn,        // total impairment with the curve x (1 - swing)
        HighColumn,       // total impairment with the curve x (1 + swing)
        LowChangeColumn,  // LowColumn - the scenario's total impairment
        HighChangeColumn, // HighColumn - the scenario's total impairment
        NpvLowColumn,
        NpvHighColumn,
        ColumnCount
    };
    explicit ImpairmentSensitivityModel(QObject *parent = nullptr);

    void setSensitivity(const ImpairmentSensitivity &sensitivity, const QString &currency);
    // Removes every row (no scenario, or one without the impairment test).
    void clear();
    const ImpairmentSensitivity &sensitivity() const { return m_s; }
    double value(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ImpairmentSensitivity m_s;
    QString m_currency;
};

} // namespace fleetroi
