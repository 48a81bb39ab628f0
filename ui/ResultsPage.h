// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTabWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QTableView;

namespace fleetroi {

class MonthlyResultsModel;
class ScenarioDocument;
class TrancheTableModel;
struct ModelResults;
namespace charts {
class BookValueChart;
class CapacityChart;
class CashFlowChart;
class PriceCurveChart;
class RevenueCostChart;
class TimeSeriesChart;
class UtilizationChart;
} // namespace charts

// The Results tab of a ScenarioView: on "Charts", the value of leasing and break-even
// sentences, the cash-flow, revenue and cost, capacity, utilization, book-value (grouped, with
// every tranche in a sortable table) and price charts; on "Monthly table", every series of the
// model by month. The view calls refresh() when the tab is shown with newer results.
class ResultsPage : public QTabWidget
{
    Q_OBJECT
public:
    ResultsPage(ScenarioDocument *doc, QWidget *parent = nullptr);

    // Draws `results` (of the document's scenario) in the currency `currency`.
    void refresh(const ModelResults &results, const QString &currency);

    charts::CashFlowChart *cashFlowChart() const { return m_cashFlow; }
    charts::RevenueCostChart *revenueCostChart() const { return m_revenueCost; }
    charts::CapacityChart *capacityChart() const { return m_capacity; }
    charts::UtilizationChart *utilizationChart() const { return m_utilization; }
    charts::BookValueChart *bookValueChart() const { return m_bookValue; }
    // The time charts whose months can be clicked (monthClicked).
    QList<charts::TimeSeriesChart *> timeCharts() const;
    MonthlyResultsModel *monthlyModel() const { return m_monthlyModel; }
    QTableView *monthlyView() const { return m_monthlyView; }
    TrancheTableModel *trancheModel() const { return m_trancheModel; }
    QTableView *trancheView() const { return m_trancheView; }
    QComboBox *groupingBox() const { return m_grouping; }

    // The full row of month t (every series of the model) in a modal dialog.
    void showMonth(int t);

signals:
    void goalSeekRequested();

private:
    ScenarioDocument *m_doc;
    QLabel *m_leasingSummary = nullptr;
    charts::CashFlowChart *m_cashFlow = nullptr;
    charts::RevenueCostChart *m_revenueCost = nullptr;
    charts::CapacityChart *m_capacity = nullptr;
    charts::UtilizationChart *m_utilization = nullptr;
    charts::BookValueChart *m_bookValue = nullptr;
    charts::PriceCurveChart *m_prices = nullptr;
    TrancheTableModel *m_trancheModel = nullptr;
    QTableView *m_trancheView = nullptr;
    QGroupBox *m_trancheBox = nullptr;
    QComboBox *m_grouping = nullptr;
    MonthlyResultsModel *m_monthlyModel = nullptr;
    QTableView *m_monthlyView = nullptr;
};

} // namespace fleetroi
