// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioView.h"

#include "BalanceSheetView.h"
#include "ColumnFit.h"
#include "ComparePage.h"
#include "DemandEditor.h"
#include "FieldDelegate.h"
#include "FieldEditor.h"
#include "GoalSeekDialog.h"
#include "ItemRoles.h"
#include "KpiStrip.h"
#include "LifeChangeDialog.h"
#include "MarketValueEditor.h"
#include "PageLayout.h"
#include "PriceCurveEditor.h"
#include "ProvenancePanel.h"
#include "ResultTableModels.h"
#include "ResultsPage.h"
#include "ScenarioCommands.h"
#include "ScenarioDocument.h"
#include "ScenarioFields.h"
#include "ScenarioPath.h"
#include "ScenarioTableModel.h"
#include "StrictSpinBox.h"
#include "TableClipboard.h"
#include "UsefulLifeChangeEditor.h"
#include "charts/CapacityChart.h"
#include "charts/HeatMapChart.h"
#include "charts/TimeSeriesChart.h"
#include "charts/TornadoChart.h"
#include "export/CsvImport.h"
#include "import/CsvImportDialog.h"
#include "risk/RiskSetupEditor.h"
#include "risk/RiskView.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QToolTip>
#include <QUndoStack>
#include <QVBoxLayout>

namespace fleetroi {

namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *v = new QTableView(parent);
    v->setModel(model);
    v->setItemDelegate(new FieldDelegate(v));
    v->setAlternatingRowColors(true);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                       QAbstractItemView::AnyKeyPressed);
    // Column widths from at most 60 rows (the visible ones first), not Qt's default 1,000:
    // every edit of a SKU refreshes all purchase rows, and measuring 1,000 rows x 10
    // columns cost half a second per edit at 10,000 purchases. Not measured while hidden.
    fitColumnsWhileShown(v, kResizeRows);
    v->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    v->verticalHeader()->setDefaultSectionSize(v->fontMetrics().height() + 10);
    return v;
}

} // namespace

ScenarioView::ScenarioView(ScenarioDocument *doc, CompareProvider *compare, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_compareProvider(compare)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_kpis = new KpiStrip(doc, this);
    layout->addWidget(m_kpis);
    connect(m_kpis, &KpiStrip::goalSeekRequested, this, [this] { openGoalSeek(); });
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildAssumptions(), tr("Assumptions"));
    m_tabs->addTab(buildFleet(), tr("Fleet"));
    m_tabs->addTab(buildDemand(), tr("Demand && Leasing"));
    m_results = new ResultsPage(doc, this);
    connect(m_results, &ResultsPage::goalSeekRequested, this, [this] { openGoalSeek(); });
    m_tabs->addTab(m_results, tr("Results"));
    m_balanceSheet = new BalanceSheetView(doc, this); // refreshes itself while shown
    m_tabs->addTab(m_balanceSheet, tr("Balance sheet"));
    m_tabs->addTab(buildSensitivity(), tr("Sensitivity"));
    m_compare = new ComparePage(doc, compare, this);
    connect(m_compare, &ComparePage::statusMessage, this, &ScenarioView::statusMessage);
    m_tabs->addTab(m_compare, tr("Compare"));
    // Risk: the Monte Carlo of the scenario's uncertainty block, run in the background.
    // Every valid edit hands it the new scenario (which cancels a run and clears results
    // that would describe another scenario).
    // Two pages: the set-up (the scenario's uncertainty block, edited like any input) and the
    // simulation. A scenario without a set-up opens on the set-up.
    m_riskTabs = new QTabWidget(this);
    m_riskTabs->setDocumentMode(true);
    auto *setupScroll = new QScrollArea(m_riskTabs);
    setupScroll->setWidgetResizable(true);
    m_riskSetup = new RiskSetupEditor(doc, setupScroll);
    setupScroll->setWidget(m_riskSetup);
    m_riskTabs->addTab(setupScroll, tr("Set-up"));
    m_risk = new RiskView(m_riskTabs);
    m_riskTabs->addTab(m_risk, tr("Simulation"));
    m_riskTabs->setCurrentIndex(doc->scenario().uncertainty ? 1 : 0);
    m_tabs->addTab(m_riskTabs, tr("Risk"));
    if (doc->isValid())
        m_risk->setScenario(doc->scenario());
    connect(doc, &ScenarioDocument::changed, this, [this] {
        if (m_doc && m_doc->isValid())
            m_risk->setScenario(m_doc->scenario());
    });
    layout->addWidget(m_tabs, 1);

    m_problems = new QListWidget(this);
    m_problems->setMaximumHeight(80);
    m_problems->setStyleSheet(QStringLiteral("QListWidget { color: #b00020; }"));
    m_problems->setToolTip(tr("Input problems: click one to go to the field"));
    layout->addWidget(m_problems);
    connect(m_problems, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { showField(item->data(Qt::UserRole).toString()); });
    connect(m_problems, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { showField(item->data(Qt::UserRole).toString()); });

    m_shownGeneration = QList<qint64>(m_tabs->count(), -1);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == CompareTab)
            m_compare->reloadCandidates();
        refreshVisible();
    });
    connect(doc, &ScenarioDocument::resultsChanged, this, &ScenarioView::refreshVisible);
    connect(doc, &ScenarioDocument::sensitivityAnalysisChanged, this, [this] {
        m_shownGeneration[SensitivityTab] = -1; // else redrawn when next shown
        if (m_tabs->currentIndex() == SensitivityTab)
            refreshTab(SensitivityTab);
    });
    connect(doc, &ScenarioDocument::validationChanged, this, &ScenarioView::refreshProblems);
    refreshProblems();
    // Clicking a month on a time chart opens that month's full row.
    QList<charts::TimeSeriesChart *> timeCharts = m_results->timeCharts();
    timeCharts << m_demandCapacity;
    for (charts::TimeSeriesChart *chart : std::as_const(timeCharts))
        connect(chart, &charts::ChartView::monthClicked, this, &ScenarioView::showMonth);
}

ScenarioView::~ScenarioView() = default;

// The Results tab's parts, for the window's developer aids, exports and the tests.
MonthlyResultsModel *ScenarioView::monthlyModel() const
{
    return m_results->monthlyModel();
}
QTableView *ScenarioView::monthlyView() const
{
    return m_results->monthlyView();
}
TrancheTableModel *ScenarioView::trancheModel() const
{
    return m_results->trancheModel();
}
QTableView *ScenarioView::trancheView() const
{
    return m_results->trancheView();
}
QComboBox *ScenarioView::groupingBox() const
{
    return m_results->groupingBox();
}
charts::CashFlowChart *ScenarioView::cashFlowChart() const
{
    return m_results->cashFlowChart();
}
charts::RevenueCostChart *ScenarioView::revenueCostChart() const
{
    return m_results->revenueCostChart();
}
charts::CapacityChart *ScenarioView::capacityChart() const
{
    return m_results->capacityChart();
}
charts::UtilizationChart *ScenarioView::utilizationChart() const
{
    return m_results->utilizationChart();
}
charts::BookValueChart *ScenarioView::bookValueChart() const
{
    return m_results->bookValueChart();
}

QWidget *ScenarioView::buildAssumptions()
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto *content = new QWidget(scroll);
    auto *grid = new QGridLayout(content);
    auto addForm = [&](const QString &title, const QStringList &paths, int row, int col) {
        auto *form = new FieldForm(m_doc, paths, content);
        m_forms << form;
        grid->addWidget(titledBox(title, form, content), row, col);
        return form;
    };
    addForm(tr("Scenario"), ScenarioFields::generalPaths(), 0, 0);
    addForm(tr("Finance"), ScenarioFields::financePaths(), 1, 0);
    addForm(tr("Operations"), ScenarioFields::operationsPaths(), 0, 1);
    m_provenance = new ProvenancePanel(m_doc, content);
    grid->addWidget(titledBox(tr("Sources of the assumptions"), m_provenance, content), 1, 1, 2, 1);
    grid->setRowStretch(2, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    scroll->setWidget(content);
    for (FieldForm *f : std::as_const(m_forms))
        connect(f, &FieldForm::provenanceRequested, m_provenance, &ProvenancePanel::showSourceFor);
    return scroll;
}

QWidget *ScenarioView::buildFleet()
{
    auto *page = new QSplitter(Qt::Vertical, this);

    // GPU types with their buttons.
    auto *skuPane = new QWidget(page);
    auto *sv = new QVBoxLayout(skuPane);
    sv->setContentsMargins(0, 0, 0, 0);
    auto *skuBar = new QHBoxLayout;
    auto *skuTitle = new QLabel(tr("<b>GPU types</b>"), skuPane);
    skuBar->addWidget(skuTitle);
    skuBar->addStretch();
    auto *lifeButton = new QToolButton(skuPane);
    lifeButton->setText(tr("Set book life"));
    lifeButton->setToolTip(
        tr("Apply a company's disclosed server depreciation life to every GPU type. This is an "
           "accounting choice: it changes the book life only; the operating life (months in "
           "service, which drives the cash flows) stays as it is and is edited in its own "
           "column."));
    lifeButton->setPopupMode(QToolButton::InstantPopup);
    auto *lifeMenu = new QMenu(lifeButton);
    for (const ScenarioDocument::LifePreset &p : ScenarioDocument::usefulLifePresets()) {
        lifeMenu->addAction(p.name, this, [this, p] {
            m_doc->commands().applyBookLife(p);
            emit statusMessage(tr("Book life set to %1 months for every GPU type; operating "
                                  "lives unchanged")
                                   .arg(p.months));
        });
    }
    // Model 1.1: the same presets as a change in estimate from a month ("Meta moved to 5.5
    // years from January 2025"), one undo step (LifeChangeDialog).
    QMenu *fromMonth = lifeMenu->addMenu(tr("As a change in estimate from a month"));
    for (const ScenarioDocument::LifePreset &p : ScenarioDocument::usefulLifePresets())
        fromMonth->addAction(p.name + tr("…"), this, [this, p] {
            LifeChangeDialog dialog(m_doc, p, -1, this);
            if (dialog.exec() == QDialog::Accepted)
                emit statusMessage(dialog.summary());
        });
    lifeButton->setMenu(lifeMenu);
    skuBar->addWidget(lifeButton);
    auto *addSkuButton = new QPushButton(tr("Add GPU type"), skuPane);
    auto *removeSkuButton = new QPushButton(tr("Remove"), skuPane);
    skuBar->addWidget(addSkuButton);
    skuBar->addWidget(removeSkuButton);
    sv->addLayout(skuBar);
    m_skuModel = new SkuTableModel(m_doc, this);
    m_skuView = makeTable(m_skuModel, skuPane);
    TableClipboard::install(m_skuView);
    sv->addWidget(m_skuView);
    page->addWidget(skuPane);

    // Price curves of the selected GPU type.
    auto *curves = new QTabWidget(page);
    m_leaseCurve = new PriceCurveEditor(m_doc, true, curves);
    m_cloudCurve = new PriceCurveEditor(m_doc, false, curves);
    curves->addTab(m_leaseCurve, tr("Lease price"));
    curves->addTab(m_cloudCurve, tr("Cloud price"));
    m_marketValue = new MarketValueEditor(m_doc, curves);
    curves->addTab(m_marketValue, tr("Market value"));
    m_lifeChange = new UsefulLifeChangeEditor(m_doc, curves);
    connect(m_lifeChange, &UsefulLifeChangeEditor::statusMessage, this,
            &ScenarioView::statusMessage);
    curves->addTab(m_lifeChange, tr("Change in book life"));
    page->addWidget(curves);
    connect(m_skuView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid()) {
                    m_leaseCurve->setSkuRow(current.row());
                    m_cloudCurve->setSkuRow(current.row());
                    m_marketValue->setSkuRow(current.row());
                    m_lifeChange->setSkuRow(current.row());
                }
            });

    // Purchases.
    auto *pPane = new QWidget(page);
    auto *pv = new QVBoxLayout(pPane);
    pv->setContentsMargins(0, 0, 0, 0);
    auto *pBar = new QHBoxLayout;
    pBar->addWidget(new QLabel(tr("<b>Purchases</b> (paid in the purchase month, earning from "
                                  "the month in service)"),
                               pPane));
    pBar->addStretch();
    auto *addP = new QPushButton(tr("Add purchase"), pPane);
    auto *removeP = new QPushButton(tr("Remove"), pPane);
    pBar->addWidget(addP);
    pBar->addWidget(removeP);
    pv->addLayout(pBar);
    m_purchaseModel = new PurchaseTableModel(m_doc, this);
    m_purchaseView = makeTable(m_purchaseModel, pPane);
    // Ctrl+V: tranches copied from a spreadsheet, through the CSV import's checks.
    TableClipboard::install(m_purchaseView, {},
                            [this](const QString &text) { pastePurchases(text); });
    m_purchaseView->setToolTip(tr("Paste rows from a spreadsheet with Ctrl+V: columns month, "
                                  "sku, gpus (and install_lag_months, gpu_price, label), with "
                                  "or without a header row"));
    m_purchaseView->horizontalHeader()->setStretchLastSection(true);
    // A typed number the model refuses: say why where the analyst looks (at the cell) and in
    // the status bar; the old value stays.
    for (auto [model, view] :
         {std::pair<ScenarioTableModel *, QTableView *>{m_skuModel, m_skuView},
          std::pair<ScenarioTableModel *, QTableView *>{m_purchaseModel, m_purchaseView}})
        connect(model, &ScenarioTableModel::inputRefused, this,
                [this, view](const QString &, const QString &message) {
                    const QRect cell = view->visualRect(view->currentIndex());
                    QToolTip::showText(view->viewport()->mapToGlobal(cell.bottomLeft()), message,
                                       view);
                    emit statusMessage(message);
                });
    pv->addWidget(m_purchaseView);
    page->addWidget(pPane);
    page->setStretchFactor(0, 2);
    page->setStretchFactor(1, 2);
    page->setStretchFactor(2, 2);

    connect(addSkuButton, &QPushButton::clicked, this, &ScenarioView::addSku);
    connect(addP, &QPushButton::clicked, this, &ScenarioView::addPurchase);
    connect(removeSkuButton, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_skuView->currentIndex();
        if (!i.isValid())
            return;
        if (const EditResult r = m_doc->commands().removeSku(i.row()); !r)
            QMessageBox::information(this, tr("Remove GPU type"), r.message);
    });
    connect(removeP, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_purchaseView->currentIndex();
        if (i.isValid())
            m_doc->commands().removePurchase(i.row());
    });
    return page;
}

QWidget *ScenarioView::buildDemand()
{
    auto *page = new QWidget(this);
    auto *layout = new QHBoxLayout(page);
    auto *left = new QVBoxLayout;
    auto *demand = new DemandEditor(m_doc, page);
    connect(demand, &DemandEditor::statusMessage, this, &ScenarioView::statusMessage);
    left->addWidget(
        titledBox(tr("Internal demand (H100-equivalent compute hours per month)"), demand, page));
    auto *leasing = new FieldForm(m_doc, ScenarioFields::leasingPaths(), page);
    m_forms << leasing;
    left->addWidget(titledBox(tr("Leasing of surplus capacity"), leasing, page));
    left->addStretch();
    layout->addLayout(left, 2);
    m_demandCapacity = new charts::CapacityChart(page);
    layout->addWidget(titledBox(tr("Capacity, internal use and leasing"), m_demandCapacity, page),
                      3);
    connect(demand, &DemandEditor::provenanceRequested, this, [this](const QString &path) {
        m_tabs->setCurrentIndex(AssumptionsTab);
        m_provenance->showSourceFor(path);
    });
    connect(leasing, &FieldForm::provenanceRequested, this, [this](const QString &path) {
        m_tabs->setCurrentIndex(AssumptionsTab);
        m_provenance->showSourceFor(path);
    });
    return page;
}

QWidget *ScenarioView::buildSensitivity()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Swing of each driver:"), page));
    auto *swing = new StrictDoubleSpinBox(page);
    swing->setFieldName(tr("Swing"));
    connect(swing, &StrictDoubleSpinBox::refused, this, &ScenarioView::statusMessage);
    m_swing = swing;
    m_swing->setRange(1, 90);
    m_swing->setDecimals(0);
    m_swing->setValue(20);
    m_swing->setPrefix(QStringLiteral("± "));
    m_swing->setSuffix(QStringLiteral(" %"));
    m_swing->setKeyboardTracking(false);
    bar->addWidget(m_swing);
    bar->addWidget(new QLabel(tr("Each driver alone is multiplied by 1 − swing and 1 + swing; "
                                 "bars show the NPV that results."),
                              page),
                   1);
    auto *goalSeek = new QPushButton(tr("Goal seek…"), page);
    goalSeek->setObjectName(QStringLiteral("goalSeekButton"));
    goalSeek->setToolTip(tr("Which value of a driver makes NPV zero, reaches an IRR or a payback "
                            "month?"));
    bar->addWidget(goalSeek);
    connect(goalSeek, &QPushButton::clicked, this, [this] { openGoalSeek(); });
    layout->addLayout(bar);
    auto *split = new QSplitter(Qt::Vertical, page);
    auto *top = new QSplitter(Qt::Horizontal, split);
    m_tornado = new charts::TornadoChart(top);
    top->addWidget(titledBox(tr("Tornado: NPV by driver"), m_tornado, top));
    m_heatMap = new charts::HeatMapChart(top);
    m_heatMap->setAxisTitles(tr("Lease-price factor"), tr("Internal-demand factor"));
    top->addWidget(titledBox(tr("NPV by lease-price and internal-demand factor"), m_heatMap, top));
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 1);
    split->addWidget(top);
    m_sensitivityModel = new SensitivityTableModel(this);
    auto *table = new QTableView(split);
    table->setModel(m_sensitivityModel);
    TableClipboard::install(table);
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    split->addWidget(titledBox(tr("Sensitivity table"), table, split));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    connect(m_swing, &QDoubleSpinBox::valueChanged, this, [this] {
        m_shownGeneration[SensitivityTab] = -1;
        refreshVisible();
    });
    return page;
}

GoalSeekDialog *ScenarioView::openGoalSeek()
{
    auto *dialog = new GoalSeekDialog(m_doc, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void ScenarioView::refreshVisible()
{
    if (!m_doc)
        return;
    m_kpis->refresh();
    refreshTab(m_tabs->currentIndex());
}

void ScenarioView::refreshTab(int tab)
{
    if (!m_doc->hasResults() && m_doc->isValid())
        m_doc->recompute();
    if (!m_doc->hasResults() || tab < 0 || tab >= m_shownGeneration.size())
        return;
    // The results may describe an older scenario while the background recompute runs; the
    // tab is redrawn again when the newer results land (resultsChanged).
    const qint64 gen = qint64(m_doc->resultsGeneration());
    if (m_shownGeneration[tab] == gen)
        return;
    m_shownGeneration[tab] = gen;
    const ModelResults &r = m_doc->lastResults();
    const QString cur = m_doc->currency();
    switch (tab) {
    case DemandTab:
        m_demandCapacity->setCurrency(cur);
        m_demandCapacity->setResults(r);
        break;
    case ResultsTab:
        m_results->refresh(r, cur);
        break;
    case SensitivityTab: {
        if (!m_doc->isValid())
            break;
        // Computed on a worker thread (ScenarioDocument::requestSensitivityAnalysis); until
        // it lands the tab keeps the last figures and is redrawn when they arrive.
        m_doc->requestSensitivityAnalysis(m_swing->value() / 100.0);
        const ScenarioDocument::SensitivityAnalysis *a = m_doc->sensitivityAnalysis();
        if (!a) {
            m_shownGeneration[tab] = -1;
            break;
        }
        const auto &rows = a->rows;
        m_tornado->setCurrency(cur);
        m_tornado->setSensitivity(rows, a->baseNpv, a->swing);
        m_sensitivityModel->setRows(rows, a->baseNpv, a->swing, cur);
        const ScenarioDocument::NpvGrid &g = a->grid;
        std::vector<std::vector<double>> matrix(g.yFactors.size());
        for (std::size_t iy = 0; iy < g.yFactors.size(); ++iy)
            for (std::size_t ix = 0; ix < g.xFactors.size(); ++ix) {
                const std::size_t k = iy * g.xFactors.size() + ix;
                matrix[iy].push_back(k < g.npv.size() ? g.npv[k] : qQNaN());
            }
        m_heatMap->setCurrency(cur);
        m_heatMap->setGrid(g.xFactors, g.yFactors, matrix);
        break;
    }
    case CompareTab:
        m_compare->refresh();
        break;
    default:
        break; // the Assumptions and Fleet tabs follow the document directly
    }
}

void ScenarioView::refreshProblems()
{
    m_problems->clear();
    for (const ScenarioDocument::Message &m : m_doc->validationMessages()) {
        const QString where =
            m.path.isEmpty() ? QString() : ScenarioFields::describe(m_doc->scenario(), m.path);
        auto *item = new QListWidgetItem(
            where.isEmpty() ? m.text : where + QStringLiteral(": ") + m.text, m_problems);
        item->setData(Qt::UserRole, m.path);
        item->setToolTip(m.path);
    }
    m_problems->setVisible(m_problems->count() > 0);
}

void ScenarioView::showField(const QString &path)
{
    const FieldId top = ScenarioPath::topLevel(path);
    if (top == FieldId::Skus || top == FieldId::Purchases) {
        const ScenarioFields::PathParts p = ScenarioFields::split(path);
        m_tabs->setCurrentIndex(FleetTab);
        const bool skus = top == FieldId::Skus;
        ScenarioTableModel *model =
            skus ? static_cast<ScenarioTableModel *>(m_skuModel) : m_purchaseModel;
        QTableView *view = skus ? m_skuView : m_purchaseView;
        const int col = std::max(0, model->columnOfKey(p.key));
        const QModelIndex i = model->index(p.index, col);
        if (i.isValid()) {
            view->setCurrentIndex(i);
            view->scrollTo(i);
            view->setFocus();
        }
        return;
    }
    if (top == FieldId::Uncertainty) {
        m_tabs->setCurrentIndex(RiskTab);
        m_riskTabs->setCurrentIndex(0);
        return;
    }
    if (top == FieldId::InternalDemand || top == FieldId::Leasing) {
        m_tabs->setCurrentIndex(DemandTab);
    } else if (top == FieldId::Provenance) {
        m_tabs->setCurrentIndex(AssumptionsTab);
        m_provenance->view()->setFocus();
        return;
    } else {
        m_tabs->setCurrentIndex(AssumptionsTab);
    }
    for (FieldForm *f : std::as_const(m_forms))
        if (FieldEditor *e = f->editorFor(path))
            e->editor()->setFocus();
}

void ScenarioView::addPurchase()
{
    m_tabs->setCurrentIndex(FleetTab);
    const int row = m_doc->commands().addPurchase();
    const QModelIndex i = m_purchaseModel->index(row, 0);
    m_purchaseView->setCurrentIndex(i);
    m_purchaseView->scrollTo(i);
}

void ScenarioView::addSku()
{
    m_tabs->setCurrentIndex(FleetTab);
    const QModelIndex current = m_skuView->currentIndex();
    const int row = m_doc->commands().addSku(current.isValid() ? current.row() : -1);
    const QModelIndex i = m_skuModel->index(row, 1);
    m_skuView->setCurrentIndex(i);
    m_skuView->scrollTo(i);
}

void ScenarioView::removeSelectedRows()
{
    if (m_purchaseView->hasFocus() && m_purchaseView->currentIndex().isValid()) {
        m_doc->commands().removePurchase(m_purchaseView->currentIndex().row());
    } else if (m_skuView->hasFocus() && m_skuView->currentIndex().isValid()) {
        if (const EditResult r = m_doc->commands().removeSku(m_skuView->currentIndex().row()); !r)
            QMessageBox::information(this, tr("Remove GPU type"), r.message);
    }
}

void ScenarioView::importPurchasesFromCsv()
{
    const std::optional<std::vector<PurchaseTranche>> rows =
        CsvImportDialog::importPurchases(this, m_doc->scenario());
    if (!rows || rows->empty())
        return;
    // One undo step for the whole import.
    m_doc->commands().appendPurchases(
        *rows, tr("Import %n purchase(s) from CSV", nullptr, int(rows->size())));
    m_tabs->setCurrentIndex(FleetTab);
    emit statusMessage(tr("Imported %n purchase(s)", nullptr, int(rows->size())));
}

exporting::PurchaseImport ScenarioView::pastePurchases(const QString &text)
{
    exporting::PurchaseImport r = m_doc->commands().pastePurchases(text);
    const int added = int(r.purchases.size());
    if (added > 0) {
        m_tabs->setCurrentIndex(FleetTab);
        const QModelIndex last = m_purchaseModel->index(m_purchaseModel->rowCount() - 1, 0);
        m_purchaseView->scrollTo(last);
        m_purchaseView->selectionModel()->select(
            QItemSelection(m_purchaseModel->index(m_purchaseModel->rowCount() - added, 0),
                           m_purchaseModel->index(m_purchaseModel->rowCount() - 1,
                                                  m_purchaseModel->columnCount() - 1)),
            QItemSelectionModel::ClearAndSelect);
    }
    emit statusMessage(tr("Pasted %n purchase(s)", nullptr, added) +
                       (r.rejected.empty()
                            ? QString()
                            : tr("; %n row(s) refused", nullptr, int(r.rejected.size()))));
    if (!r.rejected.empty()) {
        // Every refused row with its line in the pasted text and the import's reason.
        QStringList lines;
        for (const exporting::CsvRejectedRow &row : r.rejected)
            lines << tr("Line %1: %2").arg(row.line).arg(row.reason);
        auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Paste purchases"),
            added > 0
                ? tr("%n row(s) pasted as purchases (Undo removes "
                     "them in one step).",
                     nullptr, added) +
                      QLatin1Char('\n') + tr("%n row(s) refused:", nullptr, int(r.rejected.size()))
                : tr("No row could be pasted; %n row(s) refused:", nullptr, int(r.rejected.size())),
            QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("pasteRefusedRows"));
        box->setInformativeText(lines.mid(0, 12).join(QLatin1Char('\n')) +
                                (lines.size() > 12 ? QStringLiteral("\n...") : QString()));
        box->setDetailedText(lines.join(QLatin1Char('\n')));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    return r;
}

void ScenarioView::importDemandFromCsv()
{
    const std::optional<std::vector<double>> series =
        CsvImportDialog::importDemand(this, m_doc->scenario());
    if (!series)
        return;
    // The growth inputs stay (switching back to growth gives them again).
    m_tabs->setCurrentIndex(DemandTab);
    if (const EditResult r = m_doc->commands().setDemandSeries(*series); !r) {
        QMessageBox::warning(this, tr("Import demand"), r.message);
        return;
    }
    emit statusMessage(tr("Imported a demand series of %n month(s)", nullptr, int(series->size())));
}

void ScenarioView::showMonth(int t)
{
    m_results->showMonth(t);
}

} // namespace fleetroi
