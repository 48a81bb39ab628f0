// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsefulLifeChangeEditor.h"

#include "DisplayFormat.h"
#include "LifeChangeDialog.h"
#include "ScenarioCommands.h"
#include "ScenarioPath.h"
#include "StrictSpinBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace fleetroi {

UsefulLifeChangeEditor::UsefulLifeChangeEditor(ScenarioDocument *doc, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_enabled = new QCheckBox(tr("Change the book life from a month (change in accounting "
                                 "estimate)"),
                              this);
    m_enabled->setObjectName(QStringLiteral("usefulLifeChangeEnabled"));
    layout->addWidget(m_enabled);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_month = new QComboBox(this);
    m_month->setObjectName(QStringLiteral("usefulLifeChangeMonth"));
    m_month->setToolTip(tr("The first month with the new book life; earlier months are not "
                           "restated (ASC 250)."));
    form->addRow(tr("From month:"), m_month);
    m_life = new StrictSpinBox(this);
    m_life->setObjectName(QStringLiteral("usefulLifeChangeMonths"));
    m_life->setFieldName(tr("New book life"));
    const scenario_detail::NumberRule &life = schemaField(FieldId::LifeChangeUsefulLifeMonths).rule;
    m_life->setRange(int(life.min), int(life.max));
    m_life->setSuffix(QLatin1Char(' ') + tr("months"));
    form->addRow(tr("New book life:"), m_life);
    layout->addLayout(form);
    // The company presets as a change from a month, for this GPU type or all (one step).
    auto *presets = new QToolButton(this);
    presets->setText(tr("Apply a company's book life from a month"));
    presets->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(presets);
    for (const ScenarioDocument::LifePreset &p : ScenarioDocument::usefulLifePresets())
        menu->addAction(p.name + tr("…"), this, [this, p] {
            LifeChangeDialog dialog(m_doc, p, m_row, this);
            if (dialog.exec() == QDialog::Accepted)
                emit statusMessage(dialog.summary());
        });
    presets->setMenu(menu);
    layout->addWidget(presets, 0, Qt::AlignLeft);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    m_explain = new QLabel(this);
    m_explain->setWordWrap(true);
    layout->addWidget(m_explain);
    layout->addStretch(1);

    connect(m_enabled, &QCheckBox::clicked, this, [this] { commit(); });
    connect(m_month, &QComboBox::activated, this, [this] { commit(); });
    connect(m_life, &QSpinBox::valueChanged, this, [this] { commit(); });
    connect(m_life, &StrictSpinBox::refused, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
        emit statusMessage(message);
    });
    connect(doc, &ScenarioDocument::valueChanged, this, [this](const QString &path) {
        if (ScenarioPath::within(path, FieldId::Skus, m_row) ||
            path == ScenarioPath::of(FieldId::Start) ||
            path == ScenarioPath::of(FieldId::HorizonMonths))
            refresh();
    });
    connect(doc, &ScenarioDocument::rowsRemoved, this, [this] { setSkuRow(m_row); });
    connect(doc, &ScenarioDocument::rowsInserted, this, &UsefulLifeChangeEditor::refresh);
    refresh();
}

void UsefulLifeChangeEditor::setSkuRow(int row)
{
    if (!m_doc)
        return;
    m_row = std::clamp(row, 0, std::max(0, int(m_doc->scenario().skus.size()) - 1));
    m_error->hide();
    refresh();
}

void UsefulLifeChangeEditor::commit()
{
    if (m_updating || !m_doc || m_row >= int(m_doc->scenario().skus.size()))
        return;
    std::optional<UsefulLifeChange> change;
    if (m_enabled->isChecked()) {
        // Turning it on starts from the current settings of the fields: the first month of
        // the second year (or month 0) and the SKU's book life.
        change = UsefulLifeChange{m_month->currentIndex() < 0 ? 0 : m_month->currentIndex(),
                                  m_life->value()};
    }
    if (const EditResult r = m_doc->commands().setUsefulLifeChange(m_row, change); !r) {
        m_error->setText(r.message);
        m_error->show();
        emit statusMessage(r.message);
    } else {
        m_error->hide();
    }
    refresh();
}

void UsefulLifeChangeEditor::refresh()
{
    if (!m_doc || m_doc->scenario().skus.empty())
        return;
    m_updating = true;
    const Scenario &s = m_doc->scenario();
    m_row = std::min(m_row, int(s.skus.size()) - 1);
    const Sku &sku = s.skus[std::size_t(m_row)];
    const QString name = QString::fromStdString(sku.name);
    m_title->setText(
        tr("Book life of %1: %2 months from entering service").arg(name).arg(sku.usefulLifeMonths));
    const int H = std::max(1, s.horizonMonths);
    if (m_month->count() != H ||
        m_month->itemData(0).toString() != DisplayFormat::month(s.startYear, s.startMonth, 0)) {
        m_month->clear();
        for (int t = 0; t < H; ++t) {
            const QString label = DisplayFormat::month(s.startYear, s.startMonth, t);
            m_month->addItem(label, label);
        }
    }
    const bool on = sku.usefulLifeChange.has_value();
    m_enabled->setChecked(on);
    m_month->setEnabled(on);
    m_life->setEnabled(on);
    if (on) {
        m_month->setCurrentIndex(std::clamp(sku.usefulLifeChange->month, 0, H - 1));
        m_life->setValue(sku.usefulLifeChange->usefulLifeMonths);
        const QString from =
            DisplayFormat::month(s.startYear, s.startMonth, sku.usefulLifeChange->month);
        m_explain->setText(
            tr("From %1 the book value left on tranches of %2 still being depreciated is "
               "spread straight-line so that their book life ends %3 months after they entered "
               "service; tranches entering service from %1 on use %3 months. Earlier months are "
               "not restated. The operating life, the tax schedule and the cash flows do not "
               "change.")
                .arg(from, name)
                .arg(sku.usefulLifeChange->usefulLifeMonths));
    } else {
        m_month->setCurrentIndex(std::min(12, H - 1));
        m_life->setValue(sku.usefulLifeMonths);
        m_explain->setText(tr("No change in estimate: %1 is depreciated over %2 months.")
                               .arg(name)
                               .arg(sku.usefulLifeMonths));
    }
    m_updating = false;
}

} // namespace fleetroi
