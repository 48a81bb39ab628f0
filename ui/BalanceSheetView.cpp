// SPDX-License-Identifier: GPL-3.0-or-later
#include "BalanceSheetView.h"

#include "BalanceSheetModels.h"
#include "DisplayFormat.h"
#include "ItemRoles.h"
#include "TableClipboard.h"
#include "charts/BalanceSheetChart.h"
#include "engine/MonthlyTables.h"

#include <QComboBox>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPromise>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QThreadPool>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace fleetroi {

namespace {

QGroupBox *box(const QString &title, QWidget *content, QWidget *parent)
{
    auto *g = new QGroupBox(title, parent);
    auto *l = new QVBoxLayout(g);
    l->setContentsMargins(6, 6, 6, 6);
    l->addWidget(content);
    return g;
}

// Rows in the model's order when not `sortable` (fiscal years, the two curves).
QTableView *readOnlyTable(QAbstractItemModel *model, QWidget *parent, bool sortable = true)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(SortRole);
    auto *v = new QTableView(parent);
    v->setModel(proxy);
    v->setSortingEnabled(sortable);
    v->setAlternatingRowColors(true);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setEditTriggers(QAbstractItemView::NoEditTriggers);
    v->verticalHeader()->hide();
    v->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    v->verticalHeader()->setDefaultSectionSize(v->fontMetrics().height() + 6);
    v->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    // Few rows (fiscal years, groups): measuring them is cheap.
    v->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    v->horizontalHeader()->setResizeContentsPrecision(60);
    return v;
}

const TrancheGroupSeries *groupsOf(const ModelResults &r, TrancheGroupBy by)
{
    for (const TrancheGroupSeries &g : r.groups)
        if (g.by == by)
            return &g;
    return nullptr;
}

} // namespace

BalanceSheetView::BalanceSheetView(ScenarioDocument *doc, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Group tranches by:"), this));
    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("balanceSheetGrouping"));
    m_grouping->addItem(tr("GPU type"), int(TrancheGroupBy::Sku));
    m_grouping->addItem(tr("Purchase year"), int(TrancheGroupBy::PurchaseYear));
    m_grouping->addItem(tr("Vintage (fiscal year placed in service)"),
                        int(TrancheGroupBy::Vintage));
    bar->addWidget(m_grouping);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Chart shows:"), this));
    m_selection = new QComboBox(this);
    m_selection->setObjectName(QStringLiteral("balanceSheetSelection"));
    m_selection->setMinimumContentsLength(18);
    m_selection->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_selection->setToolTip(tr("The whole fleet or one group; the table beside the chart lists "
                               "every group (click a row to chart it)."));
    bar->addWidget(m_selection);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Table as of:"), this));
    m_asOf = new QComboBox(this);
    m_asOf->setObjectName(QStringLiteral("balanceSheetAsOf"));
    m_asOf->setToolTip(tr("The month-end the group table describes; click a month on the chart "
                          "to pick it."));
    bar->addWidget(m_asOf);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("balanceSheetSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    auto *split = new QSplitter(Qt::Vertical, this);
    auto *top = new QSplitter(Qt::Horizontal, split);
    m_chart = new charts::BalanceSheetChart(top);
    m_chart->setMinimumHeight(300);
    top->addWidget(box(tr("Net book value, market value and tax basis"), m_chart, top));
    m_groupModel = new BalanceSheetGroupModel(this);
    m_groupView = readOnlyTable(m_groupModel, top);
    m_groupView->setObjectName(QStringLiteral("balanceSheetGroups"));
    m_groupView->sortByColumn(BalanceSheetGroupModel::CapexColumn, Qt::DescendingOrder);
    TableClipboard::install(m_groupView);
    auto *right = new QSplitter(Qt::Vertical, top);
    right->addWidget(box(tr("Groups of tranches"), m_groupView, right));
    // Issue #17: how much of the write-down hangs on the two curves (the engine's
    // ImpairmentSensitivity, five model runs, off the GUI thread).
    auto *sensPane = new QWidget(right);
    auto *sensLayout = new QVBoxLayout(sensPane);
    sensLayout->setContentsMargins(0, 0, 0, 0);
    m_sensitivityNote = new QLabel(sensPane);
    m_sensitivityNote->setWordWrap(true);
    sensLayout->addWidget(m_sensitivityNote);
    m_sensitivity = new ImpairmentSensitivityModel(this);
    auto *sensView = readOnlyTable(m_sensitivity, sensPane, false);
    sensView->setObjectName(QStringLiteral("impairmentSensitivity"));
    TableClipboard::install(sensView);
    sensLayout->addWidget(sensView, 1);
    right->addWidget(
        box(tr("Sensitivity of the total impairment to the curves (±20 %)"), sensPane, right));
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    top->addWidget(right);
    m_watcher = new QFutureWatcher<std::shared_ptr<ImpairmentSensitivity>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &BalanceSheetView::sensitivityFinished);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    top->setSizes({560, 440});
    split->addWidget(top);
    m_reconciliation = new ReconciliationTableModel(this);
    m_reconciliationView = readOnlyTable(m_reconciliation, split, false);
    m_reconciliationView->setObjectName(QStringLiteral("reconciliationTable"));
    TableClipboard::install(m_reconciliationView);
    split->addWidget(box(tr("Book and tax reconciliation by fiscal year: book tax expense = "
                            "current tax + change in deferred tax liability"),
                         m_reconciliationView, split));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling || !m_doc || !m_doc->hasResults())
            return;
        fillSelection();
        m_groupModel->setResults(m_doc->scenario(), m_doc->lastResults(),
                                 TrancheGroupBy(m_grouping->currentData().toInt()),
                                 m_asOf->currentData().toInt());
        drawChart();
    });
    connect(m_selection, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            drawChart();
    });
    connect(m_asOf, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling || !m_doc || !m_doc->hasResults())
            return;
        const int t = m_asOf->currentData().toInt();
        m_groupModel->setResults(m_doc->scenario(), m_doc->lastResults(),
                                 TrancheGroupBy(m_grouping->currentData().toInt()), t);
        m_chart->setAsOfMonth(t);
        updateSummary();
    });
    connect(m_chart, &charts::ChartView::monthClicked, this, [this](int t) {
        const int i = m_asOf->findData(t);
        if (i >= 0)
            m_asOf->setCurrentIndex(i);
    });
    connect(m_groupView, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const auto *proxy = static_cast<const QSortFilterProxyModel *>(m_groupView->model());
        const int row = proxy->mapToSource(index).row();
        const int i = m_selection->findData(QString::fromStdString(m_groupModel->groupKey(row)));
        if (i >= 0)
            m_selection->setCurrentIndex(i);
    });
    connect(doc, &ScenarioDocument::resultsChanged, this, [this] {
        if (isVisible())
            refresh();
    });
}

void BalanceSheetView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void BalanceSheetView::refresh()
{
    if (!m_doc)
        return;
    if (!m_doc->hasResults() && m_doc->isValid())
        m_doc->recompute();
    if (!m_doc->hasResults())
        return;
    const qint64 gen = qint64(m_doc->resultsGeneration());
    if (gen == m_shownGeneration)
        return;
    m_shownGeneration = gen;
    const Scenario &s = m_doc->scenario();
    const ModelResults &r = m_doc->lastResults();
    m_chart->setCurrency(m_doc->currency());
    fillAsOf();
    fillSelection();
    const int asOf = m_asOf->currentData().toInt();
    m_groupModel->setResults(s, r, TrancheGroupBy(m_grouping->currentData().toInt()), asOf);
    m_reconciliation->setResults(s, r);
    m_chart->setAsOfMonth(asOf);
    drawChart();
    updateSummary();
    startSensitivity();
}

bool BalanceSheetView::isComputingSensitivity() const
{
    return m_watcher->isRunning();
}

void BalanceSheetView::startSensitivity()
{
    if (!m_doc)
        return;
    const Scenario &s = m_doc->scenario();
    if (!m_doc->isValid() || !s.finance.impairmentTest) {
        m_sensitivity->clear();
        m_sensitivityGeneration = -1;
        m_sensitivityNote->setText(
            m_doc->isValid() ? tr("The impairment test is off (Assumptions > Finance): nothing "
                                  "is written down, whatever the curves.")
                             : tr("The scenario has input problems."));
        return;
    }
    const qint64 gen = qint64(m_doc->generation());
    if (gen == m_sensitivityGeneration || m_watcher->isRunning())
        return; // shown already, or a run under way (sensitivityFinished starts the next)
    m_sensitivityGeneration = gen;
    m_sensitivityNote->setText(tr("Computing…"));
    // As ScenarioDocument's recompute: the worker owns its copy and its promise.
    auto promise = std::make_shared<QPromise<std::shared_ptr<ImpairmentSensitivity>>>();
    m_watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, scenario = s] {
        auto result = std::make_shared<ImpairmentSensitivity>();
        try {
            *result = computeImpairmentSensitivity(scenario, 0.2);
        } catch (const std::exception &) {
            result.reset();
        }
        promise->addResult(std::move(result));
        promise->finish();
    });
}

void BalanceSheetView::sensitivityFinished()
{
    if (!m_doc)
        return;
    const auto future = m_watcher->future();
    const bool current = m_sensitivityGeneration == qint64(m_doc->generation());
    if (current && future.resultCount() > 0 && future.result()) {
        const ImpairmentSensitivity &s = *future.result();
        m_sensitivity->setSensitivity(s, m_doc->currency());
        m_sensitivityNote->setText(
            tr("Total impairment as given: %1. Each curve of every GPU type scaled by %2 and "
               "%3, everything else unchanged. The test is a threshold: the total moves in "
               "steps, not smoothly.")
                .arg(DisplayFormat::money(s.baseImpairment, m_doc->currency()),
                     DisplayFormat::factor(1.0 - s.swing), DisplayFormat::factor(1.0 + s.swing)));
        return;
    }
    // Stale (an edit came in while it ran): the newest scenario next, if still shown.
    m_sensitivityGeneration = -1;
    if (isVisible())
        startSensitivity();
}

void BalanceSheetView::fillAsOf()
{
    const Scenario &s = m_doc->scenario();
    const ModelResults &r = m_doc->lastResults();
    const MonthlySeries &m = r.monthly;
    const int H = m.size();
    const int keep = m_asOf->count() == H ? m_asOf->currentData().toInt() : -1;
    m_filling = true;
    if (m_asOf->count() != H || (H > 0 && m_asOf->itemData(0).toInt() != 0) ||
        m_asOf->property("startKey").toInt() != s.startYear * 12 + s.startMonth ||
        m_asOf->property("fyEnd").toInt() != s.finance.fiscalYearEndMonth) {
        m_asOf->clear();
        for (int t = 0; t < H; ++t) {
            int y = 0, mo = 0;
            calendarMonth(s.startYear, s.startMonth, t, y, mo);
            const QString month = DisplayFormat::month(s.startYear, s.startMonth, t);
            m_asOf->addItem(mo == s.finance.fiscalYearEndMonth
                                ? tr("%1 (end of FY%2)").arg(month).arg(y)
                            : t == H - 1 ? tr("%1 (end of horizon)").arg(month)
                                         : month,
                            t);
        }
        m_asOf->setProperty("startKey", s.startYear * 12 + s.startMonth);
        m_asOf->setProperty("fyEnd", s.finance.fiscalYearEndMonth);
    }
    int pick = keep;
    if (pick < 0 && H > 0) {
        // First look: the first impairment, else the fiscal-year end where the books carry the
        // fleet furthest above its market value, else the first fiscal-year end.
        if (r.kpis.firstImpairmentMonth) {
            pick = *r.kpis.firstImpairmentMonth;
        } else {
            double worst = -1.0;
            for (int t = 0; t < H; ++t) {
                int y = 0, mo = 0;
                calendarMonth(s.startYear, s.startMonth, t, y, mo);
                if (mo != s.finance.fiscalYearEndMonth)
                    continue;
                const double gap = m.marketValue.empty() ? 0.0
                                                         : m.bookValue[std::size_t(t)] -
                                                               m.marketValue[std::size_t(t)];
                if (pick < 0 || gap > worst) {
                    worst = gap;
                    pick = t;
                }
            }
            if (pick < 0)
                pick = H - 1;
        }
    }
    m_asOf->setCurrentIndex(std::max(0, m_asOf->findData(pick)));
    m_filling = false;
}

void BalanceSheetView::fillSelection()
{
    const ModelResults &r = m_doc->lastResults();
    const TrancheGroupBy by = TrancheGroupBy(m_grouping->currentData().toInt());
    const TrancheGroupSeries *g = groupsOf(r, by);
    const QString keep = m_selection->currentData().toString();
    m_filling = true;
    m_selection->clear();
    m_selection->addItem(tr("Whole fleet"), QString());
    if (g) {
        std::vector<std::size_t> order(g->names.size());
        std::iota(order.begin(), order.end(), std::size_t(0));
        std::stable_sort(order.begin(), order.end(),
                         [g](std::size_t a, std::size_t b) { return g->capex[a] > g->capex[b]; });
        for (std::size_t i : order)
            m_selection->addItem(BalanceSheetGroupModel::groupName(by, g->names[i]) +
                                     tr(" (%n tranche(s))", nullptr, g->trancheCount[i]),
                                 QString::fromStdString(g->names[i]));
    }
    m_selection->setCurrentIndex(std::max(0, m_selection->findData(keep)));
    m_filling = false;
}

void BalanceSheetView::drawChart()
{
    if (!m_doc || !m_doc->hasResults())
        return;
    const ModelResults &r = m_doc->lastResults();
    const MonthlySeries &m = r.monthly;
    charts::BalanceSheetLines lines;
    const QString key = m_selection->currentData().toString();
    const TrancheGroupSeries *g = groupsOf(r, TrancheGroupBy(m_grouping->currentData().toInt()));
    std::size_t gi = g ? g->names.size() : 0;
    if (g && !key.isEmpty())
        for (std::size_t i = 0; i < g->names.size(); ++i)
            if (QString::fromStdString(g->names[i]) == key)
                gi = i;
    if (g && gi < g->names.size()) {
        lines.name = m_selection->currentText();
        lines.bookValue = g->bookValue[gi];
        if (gi < g->taxBasis.size())
            lines.taxBasis = g->taxBasis[gi];
        if (gi < g->marketValue.size())
            lines.marketValue = g->marketValue[gi];
        if (gi < g->impairment.size())
            lines.impairment = g->impairment[gi];
    } else {
        lines.name = tr("Whole fleet");
        lines.bookValue = m.bookValue;
        lines.taxBasis = m.taxBasis;
        lines.marketValue = m.marketValue;
        lines.impairment = m.impairment;
    }
    m_chart->setLines(m.month, lines);
}

void BalanceSheetView::updateSummary()
{
    if (!m_doc || !m_doc->hasResults())
        return;
    const Scenario &s = m_doc->scenario();
    const ModelResults &r = m_doc->lastResults();
    const MonthlySeries &m = r.monthly;
    const QString cur = m_doc->currency();
    QStringList parts;
    if (!r.model11) {
        parts << tr("No GPU type has a market value and the impairment test is off (model 1.0): "
                    "the chart compares book value and tax basis. Give a GPU type a market value "
                    "on the Fleet tab (Market value) and turn on the impairment test under "
                    "Assumptions > Finance.");
    } else if (r.impairments.empty()) {
        parts << (s.finance.impairmentTest
                      ? tr("No impairment: at every fiscal-year end each tranche's remaining cash "
                           "flows recover its book value.")
                      : tr("The impairment test is off (Assumptions > Finance)."));
    } else {
        std::vector<int> tranches;
        for (const TrancheImpairment &e : r.impairments)
            tranches.push_back(e.purchaseIndex);
        std::sort(tranches.begin(), tranches.end());
        const int count = int(std::unique(tranches.begin(), tranches.end()) - tranches.begin());
        parts << tr("Impairments: %1 in %n tranche(s), the first in %2 (ASC 360: book value "
                    "written down to market value; never reversed).",
                    nullptr, count)
                     .arg(DisplayFormat::money(r.kpis.totalImpairment, cur),
                          DisplayFormat::month(s.startYear, s.startMonth,
                                               r.kpis.firstImpairmentMonth.value_or(0)));
    }
    const int t = m_asOf->currentData().toInt();
    if (t >= 0 && t < m.size()) {
        const std::size_t ti = std::size_t(t);
        QString at = tr("End of %1: net book value %2")
                         .arg(DisplayFormat::month(s.startYear, s.startMonth, t),
                              DisplayFormat::money(m.bookValue[ti], cur));
        if (!m.marketValue.empty()) {
            const double gap = m.bookValue[ti] - m.marketValue[ti];
            const QString mv = DisplayFormat::money(m.marketValue[ti], cur);
            const QString by = DisplayFormat::money(std::abs(gap), cur);
            at += std::abs(gap) < 0.5 ? tr(", market value %1 (the same)").arg(mv)
                  : gap > 0.0 ? tr(", market value %1 (books above market by %2)").arg(mv, by)
                              : tr(", market value %1 (books below market by %2)").arg(mv, by);
        }
        at += tr(", tax basis %1.").arg(DisplayFormat::money(m.taxBasis[ti], cur));
        parts << at;
    }
    m_summary->setText(parts.join(QLatin1Char(' ')));
}

} // namespace fleetroi
