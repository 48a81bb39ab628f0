// SPDX-License-Identifier: GPL-3.0-or-later
#include "LifeChangeDialog.h"

#include "DisplayFormat.h"
#include "ScenarioCommands.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace fleetroi {

LifeChangeDialog::LifeChangeDialog(ScenarioDocument *doc,
                                   const ScenarioDocument::LifePreset &preset, int skuRow,
                                   QWidget *parent)
    : QDialog(parent)
    , m_doc(doc)
    , m_preset(preset)
{
    setWindowTitle(tr("Book life from a month"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(
        tr("Apply <b>%1</b> as a change in accounting estimate: earlier months keep the old "
           "book life.")
            .arg(preset.name.toHtmlEscaped()),
        this);
    title->setWordWrap(true);
    layout->addWidget(title);
    auto *form = new QFormLayout;
    const Scenario &s = doc->scenario();
    m_month = new QComboBox(this);
    m_month->setObjectName(QStringLiteral("lifeChangeMonth"));
    for (int t = 0; t < std::max(1, s.horizonMonths); ++t)
        m_month->addItem(DisplayFormat::month(s.startYear, s.startMonth, t), t);
    m_month->setCurrentIndex(std::min(12, m_month->count() - 1));
    form->addRow(tr("From month:"), m_month);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("lifeChangeScope"));
    m_scope->addItem(tr("Every GPU type"), -1);
    for (int r = 0; r < int(s.skus.size()); ++r)
        m_scope->addItem(QString::fromStdString(s.skus[std::size_t(r)].name), r);
    m_scope->setCurrentIndex(skuRow < 0 ? 0 : std::min(skuRow + 1, m_scope->count() - 1));
    form->addRow(tr("Apply to:"), m_scope);
    layout->addLayout(form);
    m_explain = new QLabel(this);
    m_explain->setWordWrap(true);
    layout->addWidget(m_explain);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_month, &QComboBox::currentIndexChanged, this, &LifeChangeDialog::updateText);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &LifeChangeDialog::updateText);
    updateText();
    resize(460, sizeHint().height());
}

void LifeChangeDialog::updateText()
{
    m_explain->setText(
        tr("From %1, %2 is depreciated to a book life of %3 months: the book value left on "
           "tranches still being depreciated is spread straight-line over the rest of the new "
           "life, tranches entering service later use the new life. Cash flows, tax and NPV do "
           "not change; earnings and the book value do.")
            .arg(m_month->currentText(),
                 m_scope->currentIndex() == 0 ? tr("every GPU type") : m_scope->currentText())
            .arg(m_preset.months));
}

bool LifeChangeDialog::apply()
{
    if (!m_doc)
        return false;
    const int month = m_month->currentData().toInt();
    const int row = m_scope->currentData().toInt();
    if (const EditResult r = m_doc->commands().applyBookLifeFrom(m_preset, month, row); !r) {
        m_error->setText(r.message);
        m_error->show();
        return false;
    }
    m_summary = tr("%1 from %2 for %3 (a change in estimate; undo removes it in one step)")
                    .arg(m_preset.name, m_month->currentText(),
                         row < 0 ? tr("every GPU type") : m_scope->currentText());
    return true;
}

void LifeChangeDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace fleetroi
