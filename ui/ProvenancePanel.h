// SPDX-License-Identifier: GPL-3.0-or-later
// Where the assumptions came from: a table of (assumption, source, date, note), editable,
// every change undoable.
#pragma once

#include "ScenarioDocument.h"

#include <QPointer>
#include <QWidget>

class QTableView;

namespace fleetroi {

class ProvenanceTableModel;

class ProvenancePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProvenancePanel(ScenarioDocument *doc, QWidget *parent = nullptr);
    // Selects the entry for this field path, creating an empty one when there is none.
    void showSourceFor(const QString &path);
    ProvenanceTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    QPointer<ScenarioDocument> m_doc;
    ProvenanceTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace fleetroi
