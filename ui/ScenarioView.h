// SPDX-License-Identifier: GPL-3.0-or-later
// One open scenario in the centre of the window: the KPI strip on top (always visible) and
// the tabs Assumptions, Fleet, Demand & Leasing, Results, Balance sheet, Sensitivity, Compare,
// Risk. Only the
// visible tab's charts are redrawn after an edit; the others catch up when shown.
#pragma once

#include "ScenarioDocument.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QTabWidget;
class QTableView;

namespace fleetroi {

class KpiStrip;
class GoalSeekDialog;
class RiskView;
class RiskSetupEditor;
namespace exporting {
struct PurchaseImport;
} // namespace exporting
class SkuTableModel;
class PurchaseTableModel;
class MonthlyResultsModel;
class SensitivityTableModel;
class TrancheTableModel;
class PriceCurveEditor;
class MarketValueEditor;
class UsefulLifeChangeEditor;
class BalanceSheetView;
class ProvenancePanel;
class ComparePage;
class ResultsPage;
class CompareProvider;
class FieldForm;
namespace charts {
class CashFlowChart;
class RevenueCostChart;
class CapacityChart;
class UtilizationChart;
class BookValueChart;
class PriceCurveChart;
class TornadoChart;
class HeatMapChart;
} // namespace charts

class ScenarioView : public QWidget
{
    Q_OBJECT
public:
    enum Tab
    {
        AssumptionsTab,
        FleetTab,
        DemandTab,
        ResultsTab,
        BalanceSheetTab,
        SensitivityTab,
        CompareTab,
        RiskTab
    };

    ScenarioView(ScenarioDocument *doc, CompareProvider *compare, QWidget *parent = nullptr);
    ~ScenarioView() override;

    ScenarioDocument *document() const { return m_doc; }
    QTabWidget *tabs() const { return m_tabs; }
    KpiStrip *kpiStrip() const { return m_kpis; }
    SkuTableModel *skuModel() const { return m_skuModel; }
    PurchaseTableModel *purchaseModel() const { return m_purchaseModel; }
    QTableView *skuView() const { return m_skuView; }
    QTableView *purchaseView() const { return m_purchaseView; }
    MonthlyResultsModel *monthlyModel() const;
    SensitivityTableModel *sensitivityModel() const { return m_sensitivityModel; }
    // Every tranche beside the grouped book-value chart (Results tab).
    TrancheTableModel *trancheModel() const;
    QTableView *trancheView() const;
    QComboBox *groupingBox() const;
    ComparePage *comparePage() const { return m_compare; }
    // Opens the goal-seek dialog (non-modal, deleted on close) and returns it.
    GoalSeekDialog *openGoalSeek();
    RiskView *riskView() const { return m_risk; }
    RiskSetupEditor *riskSetupEditor() const { return m_riskSetup; }
    // The Risk tab's pages: 0 set-up, 1 simulation.
    QTabWidget *riskTabs() const { return m_riskTabs; }
    QTableView *monthlyView() const;
    ProvenancePanel *provenancePanel() const { return m_provenance; }
    PriceCurveEditor *leaseCurveEditor() const { return m_leaseCurve; }
    MarketValueEditor *marketValueEditor() const { return m_marketValue; }
    UsefulLifeChangeEditor *usefulLifeChangeEditor() const { return m_lifeChange; }
    BalanceSheetView *balanceSheetView() const { return m_balanceSheet; }
    QDoubleSpinBox *swingSpinBox() const { return m_swing; }
    // The Results tab (charts, tranche table, monthly table).
    ResultsPage *resultsPage() const { return m_results; }
    charts::CashFlowChart *cashFlowChart() const;
    charts::RevenueCostChart *revenueCostChart() const;
    charts::CapacityChart *capacityChart() const;
    charts::UtilizationChart *utilizationChart() const;
    charts::BookValueChart *bookValueChart() const;
    charts::TornadoChart *tornadoChart() const { return m_tornado; }
    charts::HeatMapChart *heatMapChart() const { return m_heatMap; }

    // Brings the results of the document into the KPI strip and the visible tab's charts.
    void refreshVisible();
    // Shows the tab and editor of a field path (from a validation message).
    void showField(const QString &path);
    // Adds a purchase / GPU type and starts editing it (menu actions).
    void addPurchase();
    void addSku();
    void removeSelectedRows();
    // Edit > Import purchases / demand from CSV: a preview dialog, then one undoable edit.
    void importPurchasesFromCsv();
    void importDemandFromCsv();
    // Ctrl+V on the purchases table: the text's rows through the CSV import's checks,
    // appended as one undoable edit; refused rows are listed with line and reason in a
    // message box (object name "pasteRefusedRows").
    exporting::PurchaseImport pastePurchases(const QString &text);
    // The full row of month t (all series of the model) in a dialog.
    void showMonth(int t);

signals:
    void statusMessage(const QString &text);

private:
    QWidget *buildAssumptions();
    QWidget *buildFleet();
    QWidget *buildDemand();
    QWidget *buildSensitivity();
    void refreshTab(int tab);
    void refreshProblems();

    QPointer<ScenarioDocument> m_doc;
    CompareProvider *m_compareProvider;
    KpiStrip *m_kpis = nullptr;
    QTabWidget *m_tabs = nullptr;
    QListWidget *m_problems = nullptr;
    QList<FieldForm *> m_forms;
    SkuTableModel *m_skuModel = nullptr;
    PurchaseTableModel *m_purchaseModel = nullptr;
    QTableView *m_skuView = nullptr;
    QTableView *m_purchaseView = nullptr;
    PriceCurveEditor *m_leaseCurve = nullptr;
    PriceCurveEditor *m_cloudCurve = nullptr;
    MarketValueEditor *m_marketValue = nullptr;
    UsefulLifeChangeEditor *m_lifeChange = nullptr;
    BalanceSheetView *m_balanceSheet = nullptr;
    ProvenancePanel *m_provenance = nullptr;
    SensitivityTableModel *m_sensitivityModel = nullptr;
    ComparePage *m_compare = nullptr;
    ResultsPage *m_results = nullptr;
    RiskView *m_risk = nullptr;
    RiskSetupEditor *m_riskSetup = nullptr;
    QTabWidget *m_riskTabs = nullptr;
    QDoubleSpinBox *m_swing = nullptr;
    charts::CapacityChart *m_demandCapacity = nullptr;
    charts::TornadoChart *m_tornado = nullptr;
    charts::HeatMapChart *m_heatMap = nullptr;
    // Generation of the document each tab last showed (-1: never).
    QList<qint64> m_shownGeneration;
};

} // namespace fleetroi
