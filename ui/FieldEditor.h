// SPDX-License-Identifier: GPL-3.0-or-later
// An editor for one scalar assumption bound to a ScenarioDocument by its field path, with
// the validator's message right under it and a marker for its source (provenance).
#pragma once

#include "ScenarioDocument.h"

#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QToolButton;

namespace fleetroi {

class FieldEditor : public QWidget
{
    Q_OBJECT
public:
    FieldEditor(ScenarioDocument *doc, const QString &path, QWidget *parent = nullptr);

    QString path() const { return m_path; }
    QWidget *editor() const { return m_editor; }
    QLabel *errorLabel() const { return m_error; }
    // Why the last typed value was refused (empty when it was accepted).
    QString refusal() const { return m_refusal; }
    // Shows the document's current value, message and source.
    void refresh();

signals:
    // The analyst wants to see or enter the source of this assumption.
    void provenanceRequested(const QString &path);

private:
    void commit(const QVariant &value, bool continuous);

    QPointer<ScenarioDocument> m_doc;
    QString m_path;
    QWidget *m_editor = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_unit = nullptr; // unit after a number editor
    QString m_refusal;
    QToolButton *m_source = nullptr;
    bool m_updating = false;
};

// A form of FieldEditors (label: editor), kept in sync with the document.
class FieldForm : public QWidget
{
    Q_OBJECT
public:
    FieldForm(ScenarioDocument *doc, const QStringList &paths, QWidget *parent = nullptr);
    FieldEditor *editorFor(const QString &path) const;
    QList<FieldEditor *> editors() const { return m_editors; }

signals:
    void provenanceRequested(const QString &path);

private:
    QList<FieldEditor *> m_editors;
};

} // namespace fleetroi
