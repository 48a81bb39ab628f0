// SPDX-License-Identifier: GPL-3.0-or-later
// The Balance sheet tab (MODEL.md "Version 1.1"): what the fleet is worth in the books, in the
// market and for tax, month by month, for the whole fleet or one group of tranches (by GPU
// type, purchase year or vintage: the engine's groupings, so a fleet of 10,000 tranches is a
// few dozen groups and the chart keeps four legend entries), with every impairment marked;
// the groups' balance sheet at a chosen month; and the book/tax reconciliation by fiscal
// year, which says why net income and cash tax differ. Tables copy with Ctrl+C
// (TableClipboard). Redrawn only while visible; it catches up when shown.
#pragma once

#include "ScenarioDocument.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QTableView;
template <typename T> class QFutureWatcher;

namespace fleetroi {

class BalanceSheetGroupModel;
class ImpairmentSensitivityModel;
struct ImpairmentSensitivity;
class ReconciliationTableModel;
namespace charts {
class BalanceSheetChart;
}

class BalanceSheetView : public QWidget
{
    Q_OBJECT
public:
    explicit BalanceSheetView(ScenarioDocument *doc, QWidget *parent = nullptr);

    QComboBox *groupingBox() const { return m_grouping; }
    // Item 0 the whole fleet, then the groups, largest capex first (data: the group key).
    QComboBox *selectionBox() const { return m_selection; }
    // Fiscal-year ends of the horizon and its last month (data: month index).
    QComboBox *asOfBox() const { return m_asOf; }
    charts::BalanceSheetChart *chart() const { return m_chart; }
    BalanceSheetGroupModel *groupModel() const { return m_groupModel; }
    ReconciliationTableModel *reconciliationModel() const { return m_reconciliation; }
    QTableView *groupView() const { return m_groupView; }
    QTableView *reconciliationView() const { return m_reconciliationView; }
    QLabel *summaryLabel() const { return m_summary; }
    // The sensitivity of the total impairment to the lease and market curves (+-20 %),
    // computed off the GUI thread for the current scenario when the impairment test is on.
    ImpairmentSensitivityModel *impairmentSensitivityModel() const { return m_sensitivity; }
    QLabel *sensitivityNote() const { return m_sensitivityNote; }
    bool isComputingSensitivity() const;

    // Draws the document's current results now (the tab calls it when shown).
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillSelection();
    void fillAsOf();
    void drawChart();
    void updateSummary();
    void startSensitivity();
    void sensitivityFinished();

    QPointer<ScenarioDocument> m_doc;
    QComboBox *m_grouping = nullptr;
    QComboBox *m_selection = nullptr;
    QComboBox *m_asOf = nullptr;
    QLabel *m_summary = nullptr;
    charts::BalanceSheetChart *m_chart = nullptr;
    BalanceSheetGroupModel *m_groupModel = nullptr;
    ReconciliationTableModel *m_reconciliation = nullptr;
    QTableView *m_groupView = nullptr;
    QTableView *m_reconciliationView = nullptr;
    ImpairmentSensitivityModel *m_sensitivity = nullptr;
    QLabel *m_sensitivityNote = nullptr;
    QFutureWatcher<std::shared_ptr<ImpairmentSensitivity>> *m_watcher = nullptr;
    qint64 m_sensitivityGeneration = -1; // document generation of the shown/started run
    qint64 m_shownGeneration = -1;
    bool m_filling = false;
};

} // namespace fleetroi
