// SPDX-License-Identifier: GPL-3.0-or-later
// A book-life preset ("Meta (5.5 years)") applied as a change in accounting estimate from a
// chosen month ("Meta moved to 5.5 years from January 2025"), to every GPU type or to one:
// the analyst picks the month and the scope, the document applies it as ONE undoable edit
// (ScenarioCommands::applyBookLifeFrom).
#pragma once

#include "ScenarioDocument.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;

namespace fleetroi {

class LifeChangeDialog : public QDialog
{
    Q_OBJECT
public:
    LifeChangeDialog(ScenarioDocument *doc, const ScenarioDocument::LifePreset &preset,
                     int skuRow = -1, QWidget *parent = nullptr);

    QComboBox *monthBox() const { return m_month; }
    // Scope: item 0 every GPU type, item i the SKU in row i - 1.
    QComboBox *scopeBox() const { return m_scope; }
    // Applies the preset with the chosen month and scope (what OK does); false with the
    // reason shown in the dialog when the document refuses it.
    bool apply();
    // The status-bar sentence of the last successful apply().
    QString summary() const { return m_summary; }

    void accept() override;

private:
    void updateText();

    QPointer<ScenarioDocument> m_doc;
    ScenarioDocument::LifePreset m_preset;
    QComboBox *m_month = nullptr;
    QComboBox *m_scope = nullptr;
    QLabel *m_explain = nullptr;
    QLabel *m_error = nullptr;
    QString m_summary;
};

} // namespace fleetroi
