// SPDX-License-Identifier: GPL-3.0-or-later
// Goal seek (issue #16): "which value of <driver> makes NPV = 0 / IRR = x / payback = month
// m?" The answer comes from engine/GoalSeek (a multiplier on the driver, applied as the
// tornado applies it); "Apply" makes it one undoable edit of the scenario.
#pragma once

#include "ScenarioDocument.h"
#include "engine/GoalSeek.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace fleetroi {

class GoalSeekDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GoalSeekDialog(ScenarioDocument *doc, QWidget *parent = nullptr);

    // For tests and scripted use: choose, seek, read back.
    void setDriver(const std::string &driver);
    void setTarget(GoalSeekTarget::Kind kind, double value); // IRR as a decimal (0.15)
    void seek();
    const std::optional<GoalSeekResult> &result() const { return m_result; }
    QString resultText() const;
    // Applies the last answer as one undoable edit; false when there is none or it failed.
    bool apply();

private:
    void updateTargetEditor();

    QPointer<ScenarioDocument> m_doc;
    QComboBox *m_driver = nullptr;
    QComboBox *m_kind = nullptr;
    QDoubleSpinBox *m_value = nullptr;
    QLabel *m_answer = nullptr;
    QPushButton *m_apply = nullptr;
    std::optional<GoalSeekResult> m_result;
    std::string m_resultDriver;
};

} // namespace fleetroi
