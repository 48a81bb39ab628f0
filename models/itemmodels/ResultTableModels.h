// SPDX-License-Identifier: GPL-3.0-or-later
// Read-only tables of computed results: the monthly series, the tornado and the comparison
// of several scenarios' key figures.
#pragma once

#include "KeyFigureInfo.h"
#include "ScenarioDocument.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace fleetroi {

// One row per month, one column per series (money in the scenario's currency, hours in
// H100-equivalent compute hours, GPUs as a count, utilization in percent). Follows the
// document's results. The horizontal header is the series title with its unit below it
// where the title does not say it ("Capex\nUSD", "Capacity (h)", "Working GPUs").
class MonthlyResultsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // What a column's numbers count.
    enum class Unit
    {
        Money,   // the scenario's currency
        Hours,   // H100-equivalent compute hours
        Gpus,    // working GPUs (the model's expected count, shown whole)
        Percent, // a fraction shown as percent
    };

    explicit MonthlyResultsModel(ScenarioDocument *doc, QObject *parent = nullptr);

    // Series title without unit ("Working GPUs", "Capex", "Capacity").
    QString seriesTitle(int column) const;
    // The column's unit for a value written after the number: the currency code ("USD"),
    // "h", "GPUs", or "" for percent (the "%" is part of the number).
    QString unitText(int column) const;
    // Month t of column `column` as a number with its unit: "1,250,000 USD", "8,760 h",
    // "998 GPUs", "87.5 %". Never a currency on a count or on hours.
    QString valueWithUnit(int t, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Column
    {
        QString title; // without unit
        const std::vector<double> MonthlySeries::*series;
        Unit unit = Unit::Money;
    };
    static QList<Column> columns();
    void reload();

    ScenarioDocument *m_doc;
    MonthlySeries m_series;
    QList<Column> m_columns;
};

// Every purchase tranche with its scalar results (ModelOptions::trancheSummary): the table
// beside the grouped book-value chart, for those who need single tranches. Reads the
// document's current results when reload() is called (the view calls it when the table is
// shown), so a hidden table costs nothing per edit. SortRole gives raw numbers (months as
// indices, money in the scenario's currency) for a QSortFilterProxyModel.
class TrancheTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,   // 1-based position in the purchase list
        NameColumn,     // label, or "<sku> bought <month>"
        SkuColumn,      // SKU id
        BoughtColumn,   // purchase month m_k
        ServiceColumn,  // service month s_k
        GpusColumn,     // GPU count
        CapexColumn,    // capex B
        SoldColumn,     // disposal month r_k, or "held" at the horizon's end
        ProceedsColumn, // resale proceeds (0 when held)
        GainColumn,     // book gain on the sale
        TerminalColumn, // terminal value (held tranches)
        ColumnCount
    };
    explicit TrancheTableModel(ScenarioDocument *doc, QObject *parent = nullptr);

    // Takes the document's current tranche summary: dataChanged when the number of tranches
    // is unchanged (no reset: selection and scroll position stay), else a reset.
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        std::string name;
        std::string sku;
        int bought = 0;
        int service = 0;
        long long gpus = 0;
        double capex = 0.0;
        int sold = -1;
        double proceeds = 0.0;
        double gain = 0.0;
        double terminal = 0.0;
    };
    QPointer<ScenarioDocument> m_doc;
    std::vector<Row> m_rows;
    int m_startYear = 2026;
    int m_startMonth = 1;
    QString m_currency;
};

// The tornado as a table: driver, NPV at 1 - swing, NPV at 1 + swing, spread.
class SensitivityTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DriverColumn,
        LowColumn,
        HighColumn,
        SpreadColumn,
        ColumnCount
    };
    explicit SensitivityTableModel(QObject *parent = nullptr);

    void setRows(const std::vector<SensitivityRow> &rows, double baseNpv, double swing,
                 const QString &currency);
    const std::vector<SensitivityRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<SensitivityRow> m_rows;
    double m_baseNpv = 0.0;
    double m_swing = 0.2;
    QString m_currency;
};

// Key figures of 2..4 scenarios side by side, with the difference of each to the first.
// Columns: figure, A, B, B - A, C, C - A, ...
class ComparisonTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Entry
    {
        QString name;
        QString currency;
        int startYear = 2026;
        int startMonth = 1;
        KeyFigures figures;
    };
    explicit ComparisonTableModel(QObject *parent = nullptr);

    void setEntries(const QList<Entry> &entries);
    const QList<Entry> &entries() const { return m_entries; }
    // Column of entry i's values and of its delta to the first (-1 for the first entry).
    static int valueColumn(int entry) { return entry == 0 ? 1 : 2 * entry; }
    static int deltaColumn(int entry) { return entry == 0 ? -1 : 2 * entry + 1; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Entry> m_entries;
    QList<KeyFigureInfo::Figure> m_figures;
};

} // namespace fleetroi
