// SPDX-License-Identifier: GPL-3.0-or-later
// The always-visible strip of headline figures (NPV, IRR, payback, discounted payback, cost
// per compute hour, break-even lease factor, average utilization), updated live. Its context
// menu copies a figure and opens the goal seek ("which value of a driver makes NPV zero").
#pragma once

#include "ScenarioDocument.h"

#include <QFrame>
#include <QPointer>

class QLabel;

namespace fleetroi {

class KpiStrip : public QFrame
{
    Q_OBJECT
public:
    explicit KpiStrip(ScenarioDocument *doc, QWidget *parent = nullptr);
    // Reads the document's results now.
    void refresh();
    // Text shown for figure i of KeyFigureInfo::stripFigures() (tests).
    QString valueText(int i) const;

signals:
    // The context menu's "Goal seek..." (right-click anywhere on the strip).
    void goalSeekRequested();

private:
    QPointer<ScenarioDocument> m_doc;
    QList<QLabel *> m_values;
    QLabel *m_state = nullptr;
};

} // namespace fleetroi
