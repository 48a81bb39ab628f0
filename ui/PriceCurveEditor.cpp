// SPDX-License-Identifier: GPL-3.0-or-later
#include "PriceCurveEditor.h"

#include "DisplayFormat.h"
#include "FieldInput.h"
#include "ItemRoles.h"
#include "ScenarioCommands.h"
#include "ScenarioDocument.h"
#include "ScenarioPath.h"
#include "TableClipboard.h"
#include "charts/PriceCurveChart.h"
#include "engine/FleetModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace fleetroi {

PriceCurveEditor::PriceCurveEditor(ScenarioDocument *doc, bool lease, QWidget *parent)
    : PriceCurveEditor(doc, lease ? Curve::Lease : Curve::Cloud, parent)
{}

PriceCurveEditor::PriceCurveEditor(ScenarioDocument *doc, Curve curve, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_curve(curve)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *left = new QVBoxLayout;
    layout->addLayout(left, 2);
    m_title = new QLabel(this);
    m_title->setStyleSheet(QStringLiteral("font-weight: bold;"));
    left->addWidget(m_title);
    m_mode = new QComboBox(this);
    m_mode->addItem(tr("Start price and annual change"));
    m_mode->addItem(tr("Price points (linear between)"));
    left->addWidget(m_mode);
    m_stack = new QStackedWidget(this);
    left->addWidget(m_stack, 1);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    left->addWidget(m_error);

    auto *growth = new QWidget(this);
    auto *form = new QFormLayout(growth);
    m_start = new QLineEdit(growth);
    m_change = new QLineEdit(growth);
    m_change->setToolTip(tr("Percent per year"));
    form->addRow(m_curve == Curve::Market ? tr("Value in month 0 (per GPU):")
                                          : tr("Price in month 0:"),
                 m_start);
    form->addRow(tr("Annual change (%/year):"), m_change);
    m_stack->addWidget(growth);

    auto *pointsPage = new QWidget(this);
    auto *pv = new QVBoxLayout(pointsPage);
    pv->setContentsMargins(0, 0, 0, 0);
    m_points = new QTableWidget(0, 2, pointsPage);
    m_points->setHorizontalHeaderLabels(
        {tr("Month"), m_curve == Curve::Market ? tr("Value per GPU") : tr("Price")});
    m_points->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_points->verticalHeader()->hide();
    TableClipboard::install(m_points);
    pv->addWidget(m_points, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add point"), pointsPage);
    auto *remove = new QPushButton(tr("Remove point"), pointsPage);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    pv->addLayout(buttons);
    m_stack->addWidget(pointsPage);

    m_chart = new charts::PriceCurveChart(this);
    m_chart->setCompact(true);
    m_chart->setMinimumSize(260, 150);
    layout->addWidget(m_chart, 3);

    connect(m_mode, &QComboBox::activated, this, [this](int i) {
        PriceCurve c = current();
        if (i == 1 && c.kind == PriceCurve::Kind::Growth) {
            // Start from the growth curve's yearly values so nothing jumps.
            const int h = std::max(1, m_doc->scenario().horizonMonths);
            PriceCurve p;
            p.kind = PriceCurve::Kind::Points;
            for (int t = 0; t < h; t += 12)
                p.points.emplace_back(t, c.at(t));
            commit(p, false);
        } else if (i == 0 && c.kind == PriceCurve::Kind::Points) {
            PriceCurve g;
            g.kind = PriceCurve::Kind::Growth;
            g.start = c.at(0);
            commit(g, false);
        }
    });
    connect(m_start, &QLineEdit::editingFinished, this, [this] {
        if (m_updating || !m_start->isModified())
            return;
        m_start->setModified(false);
        double v = 0;
        if (!readTyped(m_start,
                       m_curve == Curve::Market ? tr("Market value in month 0")
                                                : tr("Price in month 0"),
                       valueRule(), valueUnit(), &v))
            return;
        PriceCurve c = current();
        c.start = v;
        commit(c, false);
    });
    connect(m_change, &QLineEdit::editingFinished, this, [this] {
        if (m_updating || !m_change->isModified())
            return;
        m_change->setModified(false);
        double v = 0;
        const SchemaField &change = schemaField(FieldId::CurveAnnualChange);
        if (!readTyped(m_change, tr("Annual change"), change.rule, change.unit, &v))
            return;
        PriceCurve c = current();
        c.annualChange = v;
        commit(c, false);
    });
    connect(add, &QPushButton::clicked, this, [this] {
        PriceCurve c = current();
        const int month = c.points.empty() ? 0 : c.points.back().first + 12;
        c.points.emplace_back(month, c.points.empty() ? 1.0 : c.points.back().second);
        commit(c, false);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        PriceCurve c = current();
        const int r = m_points->currentRow();
        if (c.points.size() <= 1 || r < 0 || r >= int(c.points.size()))
            return;
        c.points.erase(c.points.begin() + r);
        commit(c, false);
    });
    connect(doc, &ScenarioDocument::valueChanged, this, [this](const QString &path) {
        // A new curve (an edit, undo, redo) replaces an earlier refusal's message.
        if (path == ScenarioPath::of(curveField(), m_row))
            m_error->hide();
        if (path == ScenarioPath::of(curveField(), m_row) ||
            path == ScenarioPath::of(FieldId::SkuName, m_row) ||
            path == ScenarioPath::of(FieldId::Start) ||
            path == ScenarioPath::of(FieldId::HorizonMonths) ||
            path == ScenarioPath::of(FieldId::Currency))
            refresh();
    });
    connect(doc, &ScenarioDocument::rowsRemoved, this, [this] { setSkuRow(m_row); });
    connect(doc, &ScenarioDocument::rowsInserted, this, &PriceCurveEditor::refresh);
    refresh();
}

void PriceCurveEditor::setSkuRow(int row)
{
    m_row = std::clamp(row, 0, std::max(0, int(m_doc->scenario().skus.size()) - 1));
    refresh();
}

PriceCurve PriceCurveEditor::current() const
{
    const auto &skus = m_doc->scenario().skus;
    if (m_row >= int(skus.size()))
        return {};
    const Sku &sku = skus[std::size_t(m_row)];
    switch (m_curve) {
    case Curve::Lease:
        return sku.leasePrice;
    case Curve::Cloud:
        return sku.cloudPrice;
    case Curve::Market:
        return sku.marketValue ? *sku.marketValue : defaultMarketValueCurve(sku);
    }
    return {};
}

FieldId PriceCurveEditor::curveField() const
{
    switch (m_curve) {
    case Curve::Lease:
        return FieldId::SkuLeasePrice;
    case Curve::Cloud:
        return FieldId::SkuCloudPrice;
    case Curve::Market:
        break;
    }
    return FieldId::SkuMarketValue;
}

// The schema's entry of a curve holds the rule and unit of its prices (per GPU-hour, or per
// GPU for the market value).
const scenario_detail::NumberRule &PriceCurveEditor::valueRule() const
{
    return schemaField(curveField()).rule;
}

FieldUnit PriceCurveEditor::valueUnit() const
{
    return schemaField(curveField()).unit;
}

void PriceCurveEditor::commit(const PriceCurve &curve, bool continuous)
{
    if (m_updating || !m_doc)
        return;
    const ScenarioDocument::Edit edit =
        continuous ? ScenarioDocument::Edit::Continuous : ScenarioDocument::Edit::Single;
    if (m_curve == Curve::Market) {
        // Only while the SKU has a market value (MarketValueEditor turns it on and off).
        if (m_row >= int(m_doc->scenario().skus.size()) ||
            !m_doc->scenario().skus[std::size_t(m_row)].marketValue)
            return;
    }
    if (const EditResult r = m_doc->commands().setPriceCurve(m_row, curveField(), curve, edit);
        !r) {
        m_error->setText(r.message);
        m_error->show();
        refresh();
    }
}

bool PriceCurveEditor::readTyped(QLineEdit *edit, const QString &label,
                                 const scenario_detail::NumberRule &rule, FieldUnit unit,
                                 double *out)
{
    const FieldInputResult r = FieldInput::parseWith(label, rule, unit, m_doc->currency(),
                                                     edit->text(), DisplayFormat::locale());
    if (!r.ok) {
        m_error->setText(r.error);
        m_error->show();
        refresh(); // the old value again
        return false;
    }
    m_error->hide();
    *out = r.value.toDouble();
    return true;
}

void PriceCurveEditor::setEditText(QLineEdit *edit, double shown)
{
    QLocale plain = DisplayFormat::locale();
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    edit->setText(plain.toString(shown, 'g', 15));
    edit->setModified(false);
}

void PriceCurveEditor::commitPoints()
{
    if (m_updating)
        return;
    const QDate start(m_doc->scenario().startYear, m_doc->scenario().startMonth, 1);
    const PriceCurve before = current();
    PriceCurve c;
    c.kind = PriceCurve::Kind::Points;
    for (int r = 0; r < m_points->rowCount(); ++r) {
        auto *d = qobject_cast<QDateEdit *>(m_points->cellWidget(r, 0));
        auto *p = qobject_cast<QLineEdit *>(m_points->cellWidget(r, 1));
        if (!d || !p)
            continue;
        const int month =
            (d->date().year() - start.year()) * 12 + d->date().month() - start.month();
        double price = r < int(before.points.size()) ? before.points[std::size_t(r)].second : 0.0;
        if (p->isModified()) {
            p->setModified(false);
            if (!readTyped(p,
                           m_curve == Curve::Market ? tr("Market value of point %1").arg(r + 1)
                                                    : tr("Price of point %1").arg(r + 1),
                           valueRule(), valueUnit(), &price))
                return;
        }
        c.points.emplace_back(month, price);
    }
    // The format wants strictly increasing months: keep the analyst's order sorted.
    std::stable_sort(c.points.begin(), c.points.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    commit(c, false);
}

void PriceCurveEditor::fillPoints(const PriceCurve &curve)
{
    const Scenario &s = m_doc->scenario();
    const QDate start(s.startYear, s.startMonth, 1);
    m_points->setRowCount(int(curve.points.size()));
    for (int r = 0; r < int(curve.points.size()); ++r) {
        auto *d = qobject_cast<QDateEdit *>(m_points->cellWidget(r, 0));
        if (!d) {
            d = new QDateEdit(m_points);
            d->setDisplayFormat(QStringLiteral("MMM yyyy"));
            d->setFrame(false);
            connect(d, &QDateEdit::editingFinished, this, &PriceCurveEditor::commitPoints);
            m_points->setCellWidget(r, 0, d);
        }
        d->setMinimumDate(start);
        d->setMaximumDate(start.addMonths(1000));
        d->setDate(start.addMonths(curve.points[std::size_t(r)].first));
        auto *p = qobject_cast<QLineEdit *>(m_points->cellWidget(r, 1));
        if (!p) {
            p = new QLineEdit(m_points);
            p->setFrame(false);
            p->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            connect(p, &QLineEdit::editingFinished, this, &PriceCurveEditor::commitPoints);
            m_points->setCellWidget(r, 1, p);
        }
        p->setToolTip(m_curve == Curve::Market ? tr("%1 per GPU").arg(m_doc->currency())
                                               : tr("%1/GPU-h").arg(m_doc->currency()));
        // Items under the cell widgets carry what Copy puts on the clipboard.
        auto *monthItem = new QTableWidgetItem;
        monthItem->setData(CopyRole,
                           QString::fromStdString(monthLabel(s.startYear, s.startMonth,
                                                             curve.points[std::size_t(r)].first)));
        m_points->setItem(r, 0, monthItem);
        auto *priceItem = new QTableWidgetItem;
        priceItem->setData(CopyRole, curve.points[std::size_t(r)].second);
        m_points->setItem(r, 1, priceItem);
        setEditText(p, curve.points[std::size_t(r)].second);
    }
}

void PriceCurveEditor::refresh()
{
    if (!m_doc || m_doc->scenario().skus.empty())
        return;
    m_updating = true;
    const Scenario &s = m_doc->scenario();
    m_row = std::min(m_row, int(s.skus.size()) - 1);
    const Sku &sku = s.skus[std::size_t(m_row)];
    const PriceCurve c = current();
    const QString name = QString::fromStdString(sku.name);
    m_title->setText(
        m_curve == Curve::Lease ? tr("Lease price of %1: what tenants pay per GPU-hour").arg(name)
        : m_curve == Curve::Cloud
            ? tr("Cloud price of %1: what renting the same GPU would cost").arg(name)
            : tr("Market value of %1: what one used GPU, with its share of server and network, "
                 "sells for (at age 0)")
                  .arg(name));
    m_title->setWordWrap(true);
    const bool points = c.kind == PriceCurve::Kind::Points;
    m_mode->setCurrentIndex(points ? 1 : 0);
    m_stack->setCurrentIndex(points ? 1 : 0);
    m_start->setToolTip(m_curve == Curve::Market ? tr("%1 per GPU").arg(m_doc->currency())
                                                 : tr("%1/GPU-h").arg(m_doc->currency()));
    setEditText(m_start, c.start);
    setEditText(m_change, c.annualChange * 100.0);
    if (points)
        fillPoints(c);
    m_chart->setCurrency(m_doc->currency());
    m_chart->setPerGpu(m_curve == Curve::Market);
    m_chart->setCurve(c, std::max(1, s.horizonMonths), s.startYear, s.startMonth,
                      m_curve == Curve::Lease   ? tr("Lease price")
                      : m_curve == Curve::Cloud ? tr("Cloud price")
                                                : tr("Market value"));
    m_updating = false;
}

} // namespace fleetroi
