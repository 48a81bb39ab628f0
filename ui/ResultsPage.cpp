// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResultsPage.h"

#include "ColumnFit.h"
#include "ItemRoles.h"
#include "KeyFigureInfo.h"
#include "PageLayout.h"
#include "ResultTableModels.h"
#include "ScenarioDocument.h"
#include "TableClipboard.h"
#include "charts/BookValueChart.h"
#include "charts/CapacityChart.h"
#include "charts/CashFlowChart.h"
#include "charts/PriceCurveChart.h"
#include "charts/RevenueCostChart.h"
#include "charts/UtilizationChart.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fleetroi {

ResultsPage::ResultsPage(ScenarioDocument *doc, QWidget *parent)
    : QTabWidget(parent)
    , m_doc(doc)
{
    setDocumentMode(true);
    auto *chartsScroll = new QScrollArea(this);
    chartsScroll->setWidgetResizable(true);
    auto *chartsPage = new QWidget(chartsScroll);
    chartsScroll->setWidget(chartsPage);
    auto *grid = new QGridLayout(chartsPage);
    grid->setContentsMargins(2, 2, 2, 2);
    grid->setSpacing(4);
    // Issue #16: what leasing adds and the break-even lease price, in sentences.
    m_leasingSummary = new QLabel(chartsPage);
    m_leasingSummary->setObjectName(QStringLiteral("leasingSummary"));
    m_leasingSummary->setWordWrap(true);
    m_leasingSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // First on the page, beside the KPIs the analyst reads first; the break-even price it
    // states leads to the goal seek.
    auto *leasingPane = new QWidget(chartsPage);
    auto *leasingRow = new QHBoxLayout(leasingPane);
    leasingRow->setContentsMargins(0, 0, 0, 0);
    leasingRow->addWidget(m_leasingSummary, 1);
    auto *goalSeek = new QPushButton(tr("Goal seek..."), leasingPane);
    goalSeek->setToolTip(tr("Which value of a driver makes NPV zero, reaches an IRR or a payback "
                            "month"));
    connect(goalSeek, &QPushButton::clicked, this, &ResultsPage::goalSeekRequested);
    leasingRow->addWidget(goalSeek, 0, Qt::AlignTop);
    grid->addWidget(
        titledBox(tr("Value of leasing and break-even lease price"), leasingPane, chartsPage), 0, 0,
        1, 2);
    m_cashFlow = new charts::CashFlowChart(chartsPage);
    m_revenueCost = new charts::RevenueCostChart(chartsPage);
    m_capacity = new charts::CapacityChart(chartsPage);
    m_utilization = new charts::UtilizationChart(chartsPage);
    m_bookValue = new charts::BookValueChart(chartsPage);
    m_prices = new charts::PriceCurveChart(chartsPage);
    grid->addWidget(titledBox(tr("Net cash flow and cumulative cash flow"), m_cashFlow, chartsPage),
                    1, 0);
    grid->addWidget(titledBox(tr("Revenue, operating costs and EBITDA"), m_revenueCost, chartsPage),
                    1, 1);
    grid->addWidget(titledBox(tr("Capacity, internal use and leasing"), m_capacity, chartsPage), 2,
                    0);
    grid->addWidget(titledBox(tr("Utilization of available capacity"), m_utilization, chartsPage),
                    2, 1);
    // Book value by groups of tranches (the analyst picks the grouping) with every tranche
    // in a sortable table beside it: the chart stays readable at any fleet size.
    auto *bookSplit = new QSplitter(Qt::Horizontal, chartsPage);
    auto *bookPane = new QWidget(bookSplit);
    auto *bookLayout = new QVBoxLayout(bookPane);
    bookLayout->setContentsMargins(0, 0, 0, 0);
    auto *groupBar = new QHBoxLayout;
    groupBar->addWidget(new QLabel(tr("Group tranches by:"), bookPane));
    m_grouping = new QComboBox(bookPane);
    m_grouping->addItem(tr("GPU type"), int(TrancheGroupBy::Sku));
    m_grouping->addItem(tr("Purchase year"), int(TrancheGroupBy::PurchaseYear));
    m_grouping->addItem(tr("Vintage (fiscal year placed in service)"),
                        int(TrancheGroupBy::Vintage));
    m_grouping->setToolTip(tr("The largest groups by capex are shown on their own, the rest "
                              "as \"Other\"; the table lists every tranche."));
    groupBar->addWidget(m_grouping);
    groupBar->addStretch();
    bookLayout->addLayout(groupBar);
    bookLayout->addWidget(m_bookValue, 1);
    bookSplit->addWidget(
        titledBox(tr("Net book value by group of tranches and tax basis"), bookPane, bookSplit));
    m_trancheModel = new TrancheTableModel(m_doc, this);
    auto *trancheProxy = new QSortFilterProxyModel(this);
    trancheProxy->setSourceModel(m_trancheModel);
    trancheProxy->setSortRole(SortRole);
    m_trancheView = new QTableView(bookSplit);
    m_trancheView->setModel(trancheProxy);
    m_trancheView->setSortingEnabled(true);
    m_trancheView->sortByColumn(TrancheTableModel::NumberColumn, Qt::AscendingOrder);
    m_trancheView->setAlternatingRowColors(true);
    m_trancheView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_trancheView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_trancheView->verticalHeader()->hide();
    // Fixed row heights and interactive column widths: nothing is measured over 10,000 rows.
    m_trancheView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_trancheView->verticalHeader()->setDefaultSectionSize(m_trancheView->fontMetrics().height() +
                                                           6);
    m_trancheView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_trancheView->horizontalHeader()->setDefaultSectionSize(
        m_trancheView->fontMetrics().horizontalAdvance(QStringLiteral("Jan 2026__")));
    m_trancheView->horizontalHeader()->resizeSection(
        TrancheTableModel::NumberColumn,
        m_trancheView->fontMetrics().horizontalAdvance(QStringLiteral("10000__")));
    m_trancheView->horizontalHeader()->resizeSection(
        TrancheTableModel::NameColumn,
        m_trancheView->fontMetrics().horizontalAdvance(QStringLiteral("sku00 bought Jan 2026__")));
    TableClipboard::install(m_trancheView);
    m_trancheBox = titledBox(tr("Tranches"), m_trancheView, bookSplit);
    bookSplit->addWidget(m_trancheBox);
    bookSplit->setStretchFactor(0, 3);
    bookSplit->setStretchFactor(1, 2);
    grid->addWidget(bookSplit, 3, 0, 1, 2);
    grid->addWidget(titledBox(tr("Lease and cloud prices per GPU-hour"), m_prices, chartsPage), 4,
                    0, 1, 2);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] {
        m_bookValue->setGrouping(TrancheGroupBy(m_grouping->currentData().toInt()));
        if (m_doc && m_doc->hasResults())
            m_bookValue->setResults(m_doc->lastResults()); // every grouping is computed
    });
    for (QWidget *c : {static_cast<QWidget *>(m_cashFlow), static_cast<QWidget *>(m_revenueCost),
                       static_cast<QWidget *>(m_capacity), static_cast<QWidget *>(m_utilization),
                       static_cast<QWidget *>(m_bookValue), static_cast<QWidget *>(m_prices)})
        c->setMinimumHeight(400); // room for the legend below the plot
    addTab(chartsScroll, tr("Charts"));
    m_monthlyModel = new MonthlyResultsModel(m_doc, this);
    auto *table = new QTableView(this);
    table->setModel(m_monthlyModel);
    table->setAlternatingRowColors(true);
    fitColumnsWhileShown(table, kResizeRows);
    m_monthlyView = table;
    TableClipboard::install(table, tr("Month"));
    addTab(table, tr("Monthly table"));
}

QList<charts::TimeSeriesChart *> ResultsPage::timeCharts() const
{
    return {m_cashFlow, m_revenueCost, m_capacity, m_utilization, m_bookValue};
}

void ResultsPage::refresh(const ModelResults &r, const QString &cur)
{
    for (charts::TimeSeriesChart *c : timeCharts())
        c->setCurrency(cur);
    m_cashFlow->setResults(r);
    m_revenueCost->setResults(r);
    m_capacity->setResults(r);
    m_utilization->setResults(r);
    m_bookValue->setResults(r);
    m_prices->setScenario(m_doc->scenario());
    m_trancheModel->reload();
    m_trancheBox->setTitle(tr("Tranches (%n)", nullptr, m_trancheModel->rowCount()));
    m_leasingSummary->setText((QStringList{KeyFigureInfo::leasingValueSentence(r.kpis, cur)} +
                               KeyFigureInfo::breakEvenSentences(r.kpis, m_doc->scenario()))
                                  .join(QLatin1Char('\n')));
}

void ResultsPage::showMonth(int t)
{
    // Every series of the model for month t: the same labels and formatting as the monthly
    // table, as a two-column list an analyst can read (and copy) at once.
    MonthlyResultsModel *monthly = m_monthlyModel;
    if (t < 0 || t >= monthly->rowCount())
        return;
    QDialog dialog(this);
    const QString month = monthly->headerData(t, Qt::Vertical).toString();
    dialog.setWindowTitle(tr("Month %1 (%2)").arg(t).arg(month));
    auto *layout = new QVBoxLayout(&dialog);
    const int columns = monthly->columnCount();
    auto *table = new QTableWidget(columns, 2, &dialog);
    table->setHorizontalHeaderLabels({tr("Series"), tr("Value")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    TableClipboard::install(table);
    for (int c = 0; c < columns; ++c) {
        // The series title, and the value with its own unit ("998 GPUs", "8,760 h",
        // "1,250,000 USD"): a count or hours never carry the currency.
        table->setItem(c, 0, new QTableWidgetItem(monthly->seriesTitle(c)));
        auto *value = new QTableWidgetItem(monthly->valueWithUnit(t, c));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        // Copied: the plain number (no separators or unit, which would paste as text) and
        // the unit beside the series name, "Capex (USD)".
        value->setData(CopyRole, monthly->data(monthly->index(t, c), SortRole));
        const QStringList head =
            monthly->headerData(c, Qt::Horizontal).toString().split(QLatin1Char('\n'));
        if (head.size() == 2)
            table->item(c, 0)->setData(CopyRole, QStringLiteral("%1 (%2)").arg(head[0], head[1]));
        table->setItem(c, 1, value);
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(460, 640);
    dialog.exec();
}

} // namespace fleetroi
