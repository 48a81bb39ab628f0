// SPDX-License-Identifier: GPL-3.0-or-later
#include "KpiStrip.h"

#include "KeyFigureInfo.h"
#include "ScenarioDocument.h"

#include <QAction>
#include <QClipboard>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>

namespace fleetroi {

KpiStrip::KpiStrip(ScenarioDocument *doc, QWidget *parent)
    : QFrame(parent)
    , m_doc(doc)
{
    setObjectName(QStringLiteral("KpiStrip"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#KpiStrip { background: #f6f8fa; border: 1px solid #d0d7de; "
                                 "border-radius: 4px; }"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(10, 6, 10, 6);
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(0);
    const auto figures = KeyFigureInfo::stripFigures();
    for (int i = 0; i < figures.size(); ++i) {
        auto *name = new QLabel(KeyFigureInfo::name(figures[i]), this);
        name->setStyleSheet(QStringLiteral("color: #57606a; font-size: small;"));
        name->setToolTip(KeyFigureInfo::toolTip(figures[i]));
        auto *value = new QLabel(QStringLiteral("–"), this);
        QFont f = value->font();
        f.setPointSizeF(f.pointSizeF() * 1.35);
        f.setBold(true);
        value->setFont(f);
        value->setToolTip(KeyFigureInfo::toolTip(figures[i]));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(name, 0, i);
        grid->addWidget(value, 1, i);
        m_values << value;
    }
    m_state = new QLabel(this);
    m_state->setStyleSheet(QStringLiteral("color: #9a6700; font-size: small;"));
    m_state->setWordWrap(true);
    grid->addWidget(m_state, 2, 0, 1, int(figures.size()));
    m_state->hide();
    for (int i = 0; i < figures.size(); ++i)
        grid->setColumnStretch(i, 1);
    // Context menu everywhere on the strip: goal seek, and on a figure also a plain copy.
    auto *goalSeek = new QAction(tr("Goal seek..."), this);
    goalSeek->setToolTip(
        tr("Which value of a driver makes NPV zero, reaches an IRR or a payback month"));
    connect(goalSeek, &QAction::triggered, this, &KpiStrip::goalSeekRequested);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    addAction(goalSeek);
    for (QLabel *label : findChildren<QLabel *>()) {
        label->setContextMenuPolicy(Qt::ActionsContextMenu);
        if (m_values.contains(label)) {
            auto *copy = new QAction(tr("Copy"), label);
            connect(copy, &QAction::triggered, label,
                    [label] { QGuiApplication::clipboard()->setText(label->text()); });
            label->addAction(copy);
        }
        label->addAction(goalSeek);
    }
    connect(doc, &ScenarioDocument::resultsChanged, this, &KpiStrip::refresh);
    connect(doc, &ScenarioDocument::validationChanged, this, &KpiStrip::refresh);
    refresh();
}

QString KpiStrip::valueText(int i) const
{
    return m_values.value(i) ? m_values[i]->text() : QString();
}

void KpiStrip::refresh()
{
    if (!m_doc)
        return;
    const auto figures = KeyFigureInfo::stripFigures();
    if (!m_doc->hasResults()) {
        for (QLabel *l : m_values)
            l->setText(QStringLiteral("–"));
    } else {
        const KeyFigures &k = m_doc->lastResults().kpis; // never waits for a recompute
        const Scenario &s = m_doc->scenario();
        for (int i = 0; i < figures.size(); ++i) {
            m_values[i]->setText(
                KeyFigureInfo::text(figures[i], k, m_doc->currency(), s.startYear, s.startMonth));
            if (figures[i] == KeyFigureInfo::Npv)
                m_values[i]->setStyleSheet(k.npv < 0 ? QStringLiteral("color: #b00020;")
                                                     : QStringLiteral("color: #1a7f37;"));
            // The two leasing figures explain themselves in their tooltips (issue #16).
            if (figures[i] == KeyFigureInfo::BreakEvenLeasePrice)
                m_values[i]->setToolTip(
                    KeyFigureInfo::toolTip(figures[i]) + QStringLiteral("\n\n") +
                    KeyFigureInfo::breakEvenSentences(k, s).join(QLatin1Char('\n')));
            if (figures[i] == KeyFigureInfo::LeasingValueNpv)
                m_values[i]->setToolTip(KeyFigureInfo::toolTip(figures[i]) +
                                        QStringLiteral("\n\n") +
                                        KeyFigureInfo::leasingValueSentence(k, m_doc->currency()));
        }
    }
    const int errors = int(m_doc->validationMessages().size());
    if (errors > 0) {
        m_state->setText(tr("%n input problem(s): the figures show the last valid inputs. "
                            "Fix the fields marked in red.",
                            nullptr, errors));
        m_state->show();
    } else {
        m_state->hide();
    }
}

} // namespace fleetroi
