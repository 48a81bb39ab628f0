// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarketValueEditor.h"

#include "FieldEditor.h"
#include "PriceCurveEditor.h"
#include "ScenarioCommands.h"
#include "ScenarioPath.h"
#include "charts/PriceCurveChart.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace fleetroi {

MarketValueEditor::MarketValueEditor(ScenarioDocument *doc, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *left = new QVBoxLayout;
    layout->addLayout(left, 5);
    m_enabled = new QCheckBox(tr("Used GPUs of this type have a market value"), this);
    m_enabled->setObjectName(QStringLiteral("marketValueEnabled"));
    m_enabled->setToolTip(
        tr("Model 1.1: the fleet's market value is shown beside its book value, GPUs are sold "
           "at market value when their operating life ends, and the impairment test and a "
           "terminal value at market value can use it."));
    left->addWidget(m_enabled);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: palette(mid);"));
    left->addWidget(m_note);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    left->addWidget(m_error);
    m_curve = new PriceCurveEditor(doc, PriceCurveEditor::Curve::Market, this);
    left->addWidget(m_curve, 1);
    m_discountBox = new QHBoxLayout;
    m_discountBox->addWidget(new QLabel(tr("Age discount per year of age:"), this));
    left->addLayout(m_discountBox);

    // The lease price beside the market value: the two markets a used GPU earns in.
    auto *right = new QVBoxLayout;
    layout->addLayout(right, 2);
    auto *leaseTitle = new QLabel(tr("Lease price per GPU-hour (for comparison)"), this);
    leaseTitle->setWordWrap(true);
    right->addWidget(leaseTitle);
    m_lease = new charts::PriceCurveChart(this);
    m_lease->setCompact(true);
    m_lease->setMinimumSize(200, 140);
    right->addWidget(m_lease, 1);

    connect(m_enabled, &QCheckBox::clicked, this, [this](bool on) {
        if (!m_doc || m_row >= int(m_doc->scenario().skus.size()))
            return;
        const Sku &sku = m_doc->scenario().skus[std::size_t(m_row)];
        const EditResult r = m_doc->commands().setMarketValue(
            m_row, on ? std::optional<PriceCurve>(defaultMarketValueCurve(sku)) : std::nullopt);
        m_error->setText(r.message);
        m_error->setVisible(!r);
        refresh();
    });
    connect(doc, &ScenarioDocument::valueChanged, this, [this](const QString &path) {
        if (ScenarioPath::within(path, FieldId::Skus, m_row) ||
            path == ScenarioPath::of(FieldId::Start) ||
            path == ScenarioPath::of(FieldId::HorizonMonths) ||
            path == ScenarioPath::of(FieldId::Currency))
            refresh();
    });
    connect(doc, &ScenarioDocument::rowsRemoved, this, [this] { setSkuRow(m_row); });
    connect(doc, &ScenarioDocument::rowsInserted, this, &MarketValueEditor::refresh);
    setSkuRow(0);
}

void MarketValueEditor::setSkuRow(int row)
{
    if (!m_doc)
        return;
    m_row = std::clamp(row, 0, std::max(0, int(m_doc->scenario().skus.size()) - 1));
    m_curve->setSkuRow(m_row);
    // The age discount's editor is bound to one path: a new one for the new row.
    delete m_discount;
    m_discount =
        new FieldEditor(m_doc, ScenarioPath::of(FieldId::SkuMarketAgeDiscountPerYear, m_row), this);
    m_discountBox->addWidget(m_discount, 1);
    refresh();
}

void MarketValueEditor::refresh()
{
    if (!m_doc || m_doc->scenario().skus.empty())
        return;
    const Scenario &s = m_doc->scenario();
    m_row = std::min(m_row, int(s.skus.size()) - 1);
    const Sku &sku = s.skus[std::size_t(m_row)];
    const bool on = sku.marketValue.has_value();
    m_enabled->setChecked(on);
    m_curve->setEnabled(on);
    if (m_discount)
        m_discount->setEnabled(on);
    m_note->setText(on ? tr("Disposals of %1 sell at this value less the age discount; its "
                            "resale share is not used.")
                             .arg(QString::fromStdString(sku.name))
                       : tr("Off: %1 is sold at its resale share of cost and has no market "
                            "value (model 1.0).")
                             .arg(QString::fromStdString(sku.name)));
    m_lease->setCurrency(m_doc->currency());
    m_lease->setCurve(sku.leasePrice, std::max(1, s.horizonMonths), s.startYear, s.startMonth,
                      tr("Lease price"));
}

} // namespace fleetroi
