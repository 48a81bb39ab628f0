// SPDX-License-Identifier: GPL-3.0-or-later
#include "risk/RiskSetupEditor.h"

#include "DisplayFormat.h"
#include "ItemRoles.h"
#include "ScenarioCommands.h"
#include "ScenarioDocument.h"
#include "ScenarioPath.h"
#include "StrictSpinBox.h"
#include "TableClipboard.h"
#include "UncertaintyPresets.h"
#include "charts/DistributionPreviewChart.h"
#include "engine/Sensitivity.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <functional>

namespace fleetroi {

namespace {

using Kind = DriverDistribution::Kind;

// rho cells are edited with a strict spin box limited to the format's range: a typed value
// outside -1..1 is refused with a message (issue #14), never clamped.
class RhoDelegate : public QStyledItemDelegate
{
public:
    RhoDelegate(QObject *parent, std::function<void(const QString &)> refused)
        : QStyledItemDelegate(parent)
        , m_refused(std::move(refused))
    {}
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &index) const override
    {
        auto *box = new StrictDoubleSpinBox(parent);
        const QAbstractItemModel *m = index.model();
        box->setFieldName(RiskSetupEditor::tr("Correlation of %1 and %2")
                              .arg(m->headerData(index.row(), Qt::Vertical).toString(),
                                   m->headerData(index.column(), Qt::Horizontal).toString()));
        QObject::connect(box, &StrictDoubleSpinBox::refused, box,
                         [f = m_refused](const QString &msg) { f(msg); });
        box->setRange(-1.0, 1.0);
        box->setDecimals(2);
        box->setSingleStep(0.05);
        box->setFrame(false);
        return box;
    }
    // Cells hold rho as a double (so the spin box edits the number in any locale); shown with
    // two decimals in the user's locale.
    QString displayText(const QVariant &value, const QLocale &locale) const override
    {
        if (value.typeId() == QMetaType::Double)
            return value.toDouble() == 0.0 ? QStringLiteral("0")
                                           : locale.toString(value.toDouble(), 'f', 2);
        return QStyledItemDelegate::displayText(value, locale);
    }

private:
    std::function<void(const QString &)> m_refused;
};

QString number(double v)
{
    return DisplayFormat::locale().toString(v, 'g', 6);
}

} // namespace

int RiskSetupEditor::driverRow(const std::string &driver)
{
    const auto &all = sensitivityDrivers();
    const auto it = std::find(all.begin(), all.end(), driver);
    return it == all.end() ? -1 : int(it - all.begin());
}

RiskSetupEditor::RiskSetupEditor(ScenarioDocument *doc, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
{
    auto *layout = new QVBoxLayout(this);

    // Header: what this is, the preset, removing the block.
    auto *top = new QHBoxLayout;
    m_state = new QLabel(this);
    m_state->setWordWrap(true);
    top->addWidget(m_state, 1);
    m_critics = new QPushButton(tr("Critics' case"), this);
    m_critics->setToolTip(UncertaintyPresets::criticsCaseExplanation());
    top->addWidget(m_critics);
    m_remove = new QPushButton(tr("Remove set-up"), this);
    m_remove->setToolTip(tr("Remove the uncertainty block from the scenario (Undo restores it)"));
    top->addWidget(m_remove);
    layout->addLayout(top);

    // Paths and seed.
    auto *runBox = new QGroupBox(tr("Simulation"), this);
    auto *runLayout = new QHBoxLayout(runBox);
    runLayout->addWidget(new QLabel(tr("Paths"), runBox));
    m_paths = new StrictSpinBox(runBox);
    m_paths->setFieldName(tr("Paths"));
    m_paths->setRange(1, 10'000'000);
    m_paths->setSingleStep(1000);
    m_paths->setGroupSeparatorShown(true);
    m_paths->setKeyboardTracking(false);
    m_paths->setToolTip(tr("Number of simulated paths saved with the scenario (1 to 10,000,000)"));
    runLayout->addWidget(m_paths);
    runLayout->addSpacing(16);
    runLayout->addWidget(new QLabel(tr("Seed"), runBox));
    m_seed = new StrictDoubleSpinBox(runBox);
    m_seed->setFieldName(tr("Seed"));
    m_seed->setDecimals(0);
    m_seed->setRange(0, 9007199254740992.0); // 2^53, the format's limit
    m_seed->setKeyboardTracking(false);
    m_seed->setToolTip(tr("The same seed gives the same results (0 to 2^53)"));
    runLayout->addWidget(m_seed);
    runLayout->addStretch(1);
    layout->addWidget(runBox);
    // A refused input (out of range, unreadable) is named here; the box keeps its old value.
    m_inputError = new QLabel(this);
    m_inputError->setObjectName(QStringLiteral("riskInputError"));
    m_inputError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_inputError->setWordWrap(true);
    m_inputError->hide();
    layout->addWidget(m_inputError);
    connect(m_paths, &StrictSpinBox::refused, this, &RiskSetupEditor::showRefusal);
    connect(m_seed, &StrictDoubleSpinBox::refused, this, &RiskSetupEditor::showRefusal);

    // One row per driver.
    auto *driversBox = new QGroupBox(tr("Uncertain drivers (multipliers of the scenario's "
                                        "values: 1 = as entered)"),
                                     this);
    auto *grid = new QGridLayout(driversBox);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(2);
    const QStringList headers = {tr("Driver"), tr("Distribution"), tr("Parameters"),
                                 QString(),    QString(),          tr("Density")};
    for (int c = 0; c < headers.size(); ++c) {
        auto *h =
            new QLabel(QStringLiteral("<b>%1</b>").arg(headers[c].toHtmlEscaped()), driversBox);
        grid->addWidget(h, 0, c);
    }
    const auto &drivers = sensitivityDrivers();
    for (std::size_t i = 0; i < drivers.size(); ++i) {
        Row r;
        r.driver = drivers[i];
        const int row = int(i);
        const int gridRow = row + 1;
        r.uncertain = new QCheckBox(UncertaintyPresets::driverLabel(r.driver), driversBox);
        r.uncertain->setToolTip(UncertaintyPresets::driverHelp(r.driver) + QLatin1Char('\n') +
                                tr("Ticked: the simulation draws this multiplier; unticked: "
                                   "the value as entered."));
        grid->addWidget(r.uncertain, gridRow, 0);
        r.kind = new QComboBox(driversBox);
        r.kind->addItems({tr("Triangular"), tr("Uniform"), tr("Normal")});
        r.kind->setItemData(0, tr("Minimum, most likely and maximum multiplier"), Qt::ToolTipRole);
        r.kind->setItemData(1, tr("Any multiplier from minimum to maximum, equally likely"),
                            Qt::ToolTipRole);
        r.kind->setItemData(2, tr("Mean and standard deviation; negative draws count as 0"),
                            Qt::ToolTipRole);
        grid->addWidget(r.kind, gridRow, 1);
        for (int k = 0; k < 3; ++k) {
            auto *box = new StrictDoubleSpinBox(driversBox);
            box->setSuffix(QStringLiteral(" \u00d7")); // a multiplier: "max 1.200 ×"
            connect(box, &StrictDoubleSpinBox::refused, this, &RiskSetupEditor::showRefusal);
            box->setDecimals(3);
            box->setRange(0.0, 100.0);
            box->setSingleStep(0.05);
            box->setKeyboardTracking(false);
            box->setMinimumWidth(
                box->fontMetrics().horizontalAdvance(QStringLiteral("mode 00.000")) + 30);
            r.params[k] = box;
            grid->addWidget(box, gridRow, 2 + k);
            connect(box, &QDoubleSpinBox::valueChanged, this,
                    [this, row, k](double v) { setParameter(row, k, v); });
        }
        r.preview = new charts::DistributionPreviewChart(driversBox);
        r.preview->setFixedHeight(66);
        r.preview->setMinimumWidth(180);
        grid->addWidget(r.preview, gridRow, 5);
        connect(r.uncertain, &QCheckBox::toggled, this,
                [this, row](bool on) { setUncertain(row, on); });
        connect(r.kind, &QComboBox::activated, this,
                [this, row](int index) { setKind(row, index); });
        m_rows.append(r);
    }
    grid->setColumnStretch(5, 1);
    layout->addWidget(driversBox);

    // Correlations.
    auto *corrBox = new QGroupBox(tr("Correlations of the uncertain drivers"), this);
    auto *corrLayout = new QVBoxLayout(corrBox);
    auto *corrHelp = new QLabel(
        tr("Double-click a cell to set the correlation (rho, -1 to 1) of two drivers; 0 means "
           "independent. The set must be consistent: some joint distribution must have all of "
           "these correlations at once (the matrix is positive semidefinite)."),
        corrBox);
    corrHelp->setWordWrap(true);
    corrLayout->addWidget(corrHelp);
    m_matrix = new QTableWidget(corrBox);
    m_matrix->setItemDelegate(
        new RhoDelegate(m_matrix, [this](const QString &msg) { showRefusal(msg); }));
    m_matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrix->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrix->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrix->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_matrix->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    TableClipboard::install(m_matrix, tr("Driver"));
    corrLayout->addWidget(m_matrix);
    m_check = new QLabel(corrBox);
    m_check->setWordWrap(true);
    m_check->setTextInteractionFlags(Qt::TextSelectableByMouse);
    corrLayout->addWidget(m_check);
    layout->addWidget(corrBox);
    layout->addStretch(1);

    connect(m_matrix, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_refreshing)
            return;
        bool ok = false;
        const double rho = item->data(Qt::EditRole).toDouble(&ok);
        const int row = item->row();
        const int column = item->column();
        // Applied after the delegate has finished committing: the command redraws the matrix
        // (and so deletes this item).
        QMetaObject::invokeMethod(
            this,
            [this, ok, rho, row, column] {
                if (!ok || !setCorrelationCell(row, column, rho))
                    refresh();
            },
            Qt::QueuedConnection);
    });
    connect(m_paths, &QSpinBox::valueChanged, this, &RiskSetupEditor::setPaths);
    connect(m_seed, &QDoubleSpinBox::valueChanged, this, &RiskSetupEditor::setSeed);
    connect(m_critics, &QPushButton::clicked, this, [this] {
        if (m_doc)
            m_doc->commands().applyCriticsCase();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_doc)
            m_doc->commands().removeUncertainty();
    });
    connect(doc, &ScenarioDocument::valueChanged, this, [this](const QString &path) {
        if (ScenarioPath::within(path, FieldId::Uncertainty))
            refresh();
    });
    connect(doc, &ScenarioDocument::validationChanged, this, &RiskSetupEditor::refresh);
    refresh();
}

Uncertainty RiskSetupEditor::current() const
{
    return m_doc && m_doc->scenario().uncertainty ? *m_doc->scenario().uncertainty
                                                  : UncertaintyPresets::emptyBlock();
}

void RiskSetupEditor::setUncertain(int row, bool on)
{
    if (m_refreshing || !m_doc)
        return;
    m_doc->commands().setDriverUncertain(m_rows[row].driver, on);
}

void RiskSetupEditor::setKind(int row, int kindIndex)
{
    if (m_refreshing || !m_doc || kindIndex < 0 || kindIndex > 2)
        return;
    m_doc->commands().setDriverKind(m_rows[row].driver, Kind(kindIndex));
}

void RiskSetupEditor::showRefusal(const QString &message)
{
    m_inputError->setText(message);
    m_inputError->show();
}

void RiskSetupEditor::setParameter(int row, int k, double value)
{
    if (m_refreshing || !m_doc)
        return;
    m_inputError->hide(); // this input was taken
    m_doc->commands().setDriverParameter(m_rows[row].driver, k, value,
                                         ScenarioDocument::Edit::Continuous);
}

void RiskSetupEditor::setPaths(int paths)
{
    if (m_refreshing || !m_doc || !m_doc->scenario().uncertainty)
        return;
    m_inputError->hide(); // this input was taken
    if (const EditResult r =
            m_doc->commands().setMonteCarloPaths(paths, ScenarioDocument::Edit::Continuous);
        !r)
        showRefusal(r.message);
}

void RiskSetupEditor::setSeed(double seed)
{
    if (m_refreshing || !m_doc || !m_doc->scenario().uncertainty || seed < 0)
        return;
    m_inputError->hide(); // this input was taken
    if (const EditResult r = m_doc->commands().setMonteCarloSeed(
            std::uint64_t(seed), ScenarioDocument::Edit::Continuous);
        !r)
        showRefusal(r.message);
}

bool RiskSetupEditor::setCorrelationCell(int row, int column, double rho)
{
    if (!m_doc || row == column || row < 0 || column < 0 || row >= int(m_matrixDrivers.size()) ||
        column >= int(m_matrixDrivers.size()))
        return false;
    const EditResult r = m_doc->commands().setCorrelation(
        m_matrixDrivers[std::size_t(row)], m_matrixDrivers[std::size_t(column)], rho);
    if (!r)
        showRefusal(r.message);
    return r.ok;
}

void RiskSetupEditor::refresh()
{
    if (!m_doc)
        return;
    m_refreshing = true;
    const std::optional<Uncertainty> &block = m_doc->scenario().uncertainty;
    const Uncertainty u = current();
    m_state->setText(
        block ? tr("<b>Monte Carlo set-up</b> saved with the scenario: %n uncertain driver(s). "
                   "Run it on the Simulation tab.",
                   nullptr, int(u.drivers.size()))
              : tr("<b>No Monte Carlo set-up yet.</b> Tick the drivers that are uncertain and "
                   "choose their distributions, or start from the critics' case."));
    m_remove->setEnabled(bool(block));
    m_paths->setEnabled(bool(block));
    m_seed->setEnabled(bool(block));
    if (m_paths->value() != int(std::min<std::int64_t>(u.paths, 10'000'000)))
        m_paths->setValue(int(std::min<std::int64_t>(u.paths, 10'000'000)));
    if (m_seed->value() != double(u.seed))
        m_seed->setValue(double(u.seed));

    for (Row &r : m_rows) {
        const auto it =
            std::find_if(u.drivers.begin(), u.drivers.end(),
                         [&](const DriverDistribution &d) { return d.driver == r.driver; });
        const bool on = it != u.drivers.end();
        r.uncertain->setChecked(on);
        r.kind->setEnabled(on);
        const DriverDistribution d = on ? *it : UncertaintyPresets::defaultDistribution(r.driver);
        r.kind->setCurrentIndex(int(d.kind));
        static const char *const prefixes[3][3] = {
            {QT_TR_NOOP("min "), QT_TR_NOOP("mode "), QT_TR_NOOP("max ")},
            {QT_TR_NOOP("min "), QT_TR_NOOP("max "), ""},
            {QT_TR_NOOP("mean "), QT_TR_NOOP("sd "), ""}};
        const double values[3] = {d.a, d.b, d.c};
        // A parameter the validator refuses is marked on the row (the problem list says why).
        QString problem;
        const QString driverPath = ScenarioPath::driver(r.driver);
        for (const ScenarioDocument::Message &m : m_doc->validationMessages())
            if (ScenarioPath::within(m.path, driverPath))
                problem = m.text;
        for (int k = 0; k < 3; ++k) {
            StrictDoubleSpinBox *box = r.params[k];
            const bool used = k < 2 || d.kind == Kind::Triangular;
            box->setVisible(used);
            box->setEnabled(on);
            box->setPrefix(used ? tr(prefixes[int(d.kind)][k]) : QString());
            box->setFieldName(QStringLiteral("%1, %2").arg(
                UncertaintyPresets::driverLabel(r.driver), tr(prefixes[int(d.kind)][k]).trimmed()));
            if (box->value() != values[k])
                box->setValue(values[k]);
            box->setStyleSheet(on && !problem.isEmpty()
                                   ? QStringLiteral("QDoubleSpinBox { background: #ffd6d6; }")
                                   : QString());
            box->setToolTip(problem);
        }
        // A driver taken as entered has no distribution to show.
        if (on)
            r.preview->setDistribution(d);
        else
            r.preview->clearDistribution();
        r.preview->setVisible(on);
    }
    refreshMatrix(u);
    refreshCheck(u);
    m_refreshing = false;
}

void RiskSetupEditor::refreshMatrix(const Uncertainty &u)
{
    m_matrixDrivers.clear();
    for (const DriverDistribution &d : u.drivers)
        m_matrixDrivers.push_back(d.driver);
    const int n = int(m_matrixDrivers.size());
    const QSignalBlocker block(m_matrix);
    m_matrix->clear();
    m_matrix->setRowCount(n);
    m_matrix->setColumnCount(n);
    QStringList labels;
    for (const std::string &d : m_matrixDrivers)
        labels << UncertaintyPresets::driverLabel(d);
    m_matrix->setHorizontalHeaderLabels(labels);
    m_matrix->setVerticalHeaderLabels(labels);
    const QColor muted = palette().color(QPalette::Disabled, QPalette::Text);
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j) {
            auto *item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignCenter);
            if (i == j) {
                item->setData(Qt::DisplayRole, QStringLiteral("1"));
                item->setData(CopyRole, 1.0);
                item->setFlags(Qt::ItemIsEnabled);
                item->setBackground(palette().color(QPalette::AlternateBase));
                item->setToolTip(tr("A driver is fully correlated with itself"));
            } else {
                double rho = 0.0;
                for (const DriverCorrelation &c : u.correlations)
                    if ((c.a == m_matrixDrivers[std::size_t(i)] &&
                         c.b == m_matrixDrivers[std::size_t(j)]) ||
                        (c.b == m_matrixDrivers[std::size_t(i)] &&
                         c.a == m_matrixDrivers[std::size_t(j)]))
                        rho = c.rho;
                item->setData(Qt::EditRole, rho);
                if (rho == 0.0)
                    item->setForeground(muted);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
            }
            m_matrix->setItem(i, j, item);
        }
}

void RiskSetupEditor::refreshCheck(const Uncertainty &u)
{
    // The core's check (checkCorrelations), called through the document: one message per
    // inconsistent group, naming its pairs by driver id. A pair is marked when both of its
    // drivers appear in such a message (the message lists every pair of its group).
    const QStringList problems = ScenarioDocument::correlationProblems(u);
    if (u.correlations.empty()) {
        m_check->setToolTip(QString());
        m_check->setStyleSheet(QString());
        m_check->setText(u.drivers.size() < 2
                             ? tr("Tick two or more drivers to correlate them.")
                             : tr("No correlations: the drivers are drawn independently."));
        return;
    }
    if (problems.isEmpty()) {
        m_check->setToolTip(QString());
        m_check->setStyleSheet(QStringLiteral("QLabel { color: #1b6e20; }"));
        m_check->setText(
            tr("Consistent: %n correlated pair(s).", nullptr, int(u.correlations.size())));
        return;
    }
    m_check->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    QStringList pairs;
    for (const DriverCorrelation &c : u.correlations) {
        bool bad = false;
        for (const QString &p : problems)
            bad = bad || (p.contains(QString::fromStdString(c.a)) &&
                          p.contains(QString::fromStdString(c.b)));
        if (!bad)
            continue;
        pairs << tr("%1 / %2 (%3)")
                     .arg(UncertaintyPresets::driverLabel(c.a),
                          UncertaintyPresets::driverLabel(c.b), number(c.rho));
        const auto ia = std::find(m_matrixDrivers.begin(), m_matrixDrivers.end(), c.a);
        const auto ib = std::find(m_matrixDrivers.begin(), m_matrixDrivers.end(), c.b);
        if (ia == m_matrixDrivers.end() || ib == m_matrixDrivers.end())
            continue;
        const int i = int(ia - m_matrixDrivers.begin());
        const int j = int(ib - m_matrixDrivers.begin());
        const QSignalBlocker block(m_matrix);
        for (auto [r, col] : {std::pair{i, j}, std::pair{j, i}})
            if (QTableWidgetItem *item = m_matrix->item(r, col)) {
                item->setBackground(QColor(255, 214, 214));
                item->setToolTip(problems.join(QLatin1Char('\n')));
            }
    }
    m_check->setText(tr("Inconsistent: no joint distribution has these correlations at once: "
                        "%1. Weaken one of them.")
                         .arg(pairs.join(QStringLiteral(", "))));
    m_check->setToolTip(problems.join(QLatin1Char('\n'))); // the core's own words
}

} // namespace fleetroi
