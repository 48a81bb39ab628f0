// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoalSeekDialog.h"

#include "DisplayFormat.h"
#include "DriverText.h"
#include "ResultTableModels.h"
#include "ScenarioEdits.h"
#include "engine/Sensitivity.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace fleetroi {

GoalSeekDialog::GoalSeekDialog(ScenarioDocument *doc, QWidget *parent)
    : QDialog(parent)
    , m_doc(doc)
{
    setWindowTitle(tr("Goal seek"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Which value of one driver reaches a target? The driver is "
                                "scaled as in the tornado; the answer nearest to today's value "
                                "is shown."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_driver = new QComboBox(this);
    for (const DriverInfo &d : driverCatalog())
        m_driver->addItem(driverLabel(d.id),
                          QString::fromUtf8(d.key.data(), qsizetype(d.key.size())));
    // Lease prices: the question the analyst asks most.
    m_driver->setCurrentIndex(int(DriverId::LeasePrice));
    form->addRow(tr("Driver:"), m_driver);
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("NPV ="), int(GoalSeekTarget::Kind::Npv));
    m_kind->addItem(tr("IRR ="), int(GoalSeekTarget::Kind::Irr));
    m_kind->addItem(tr("Payback in month"), int(GoalSeekTarget::Kind::Payback));
    m_value = new QDoubleSpinBox(this);
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_kind);
    targetRow->addWidget(m_value, 1);
    form->addRow(tr("Target:"), targetRow);
    layout->addLayout(form);
    m_answer = new QLabel(this);
    m_answer->setWordWrap(true);
    m_answer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_answer->setMinimumHeight(m_answer->fontMetrics().height() * 4);
    layout->addWidget(m_answer);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *seekButton = buttons->addButton(tr("Find"), QDialogButtonBox::ActionRole);
    m_apply = buttons->addButton(tr("Apply to the scenario"), QDialogButtonBox::ApplyRole);
    m_apply->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(seekButton, &QPushButton::clicked, this, &GoalSeekDialog::seek);
    connect(m_apply, &QPushButton::clicked, this, [this] { apply(); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { updateTargetEditor(); });
    connect(m_driver, &QComboBox::currentIndexChanged, this, [this] {
        m_result.reset();
        m_apply->setEnabled(false);
        m_answer->clear();
    });
    updateTargetEditor();
    resize(520, sizeHint().height());
}

void GoalSeekDialog::updateTargetEditor()
{
    const auto kind = GoalSeekTarget::Kind(m_kind->currentData().toInt());
    const QString currency = m_doc ? m_doc->currency() : QStringLiteral("USD");
    switch (kind) {
    case GoalSeekTarget::Kind::Npv:
        m_value->setRange(-1e13, 1e13);
        m_value->setDecimals(0);
        m_value->setSuffix(QLatin1Char(' ') + currency);
        m_value->setValue(0);
        break;
    case GoalSeekTarget::Kind::Irr:
        m_value->setRange(-98.9, 1000);
        m_value->setDecimals(2);
        m_value->setSuffix(QStringLiteral(" %"));
        m_value->setValue(15);
        break;
    case GoalSeekTarget::Kind::Payback:
        m_value->setRange(0, 239);
        m_value->setDecimals(0);
        m_value->setSuffix(QString());
        m_value->setValue(m_doc && m_doc->hasResults() && m_doc->results().kpis.paybackMonth
                              ? *m_doc->results().kpis.paybackMonth
                              : 24);
        break;
    }
}

void GoalSeekDialog::setDriver(const std::string &driver)
{
    m_driver->setCurrentIndex(m_driver->findData(QString::fromStdString(driver)));
}

void GoalSeekDialog::setTarget(GoalSeekTarget::Kind kind, double value)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    m_value->setValue(kind == GoalSeekTarget::Kind::Irr ? value * 100.0 : value);
}

void GoalSeekDialog::seek()
{
    if (!m_doc || !m_doc->isValid()) {
        m_answer->setText(tr("Fix the input problems first."));
        return;
    }
    GoalSeekTarget target;
    target.kind = GoalSeekTarget::Kind(m_kind->currentData().toInt());
    target.value =
        target.kind == GoalSeekTarget::Kind::Irr ? m_value->value() / 100.0 : m_value->value();
    m_resultDriver = m_driver->currentData().toString().toStdString();
    m_result = goalSeek(m_doc->scenario(), m_resultDriver, target);
    m_answer->setText(resultText());
    m_apply->setEnabled(m_result->reached && m_result->multiplier != 1.0);
}

QString GoalSeekDialog::resultText() const
{
    if (!m_result || !m_doc)
        return QString();
    const GoalSeekResult &r = *m_result;
    const QString driver = driverLabel(m_resultDriver);
    if (!r.reached)
        return tr("Not reachable: %1").arg(QString::fromStdString(r.message));
    const Scenario &s = m_doc->scenario();
    const QString currency = m_doc->currency();
    QString text = tr("%1 × %2 (%3 against today's).")
                       .arg(driver, DisplayFormat::number(r.multiplier, 4),
                            (r.multiplier >= 1.0 ? QStringLiteral("+") : QString()) +
                                DisplayFormat::percent(r.multiplier - 1.0));
    text += QLatin1Char('\n') +
            tr("At that value: NPV %1, IRR %2, payback %3.")
                .arg(DisplayFormat::money(r.npv, currency),
                     r.irr ? DisplayFormat::percent(*r.irr) : tr("none"),
                     DisplayFormat::monthOptional(r.paybackMonth, s.startYear, s.startMonth));
    if (r.bandLow && r.bandHigh)
        text += QLatin1Char('\n') + tr("Every multiplier from %1 to %2 gives that payback month.")
                                        .arg(DisplayFormat::number(*r.bandLow, 4),
                                             DisplayFormat::number(*r.bandHigh, 4));
    if (!r.exact)
        text +=
            QLatin1Char('\n') +
            tr("This driver moves in whole months: the target is crossed here, not met exactly.");
    return text;
}

bool GoalSeekDialog::apply()
{
    if (!m_doc || !m_result || !m_result->reached)
        return false;
    QString why;
    if (!applyDriverMultiplierEdit(m_doc, m_resultDriver, m_result->multiplier, &why)) {
        m_answer->setText(why);
        return false;
    }
    m_apply->setEnabled(false);
    m_answer->setText(m_answer->text() + QLatin1Char('\n') +
                      tr("Applied (Edit > Undo takes it back)."));
    return true;
}

} // namespace fleetroi
