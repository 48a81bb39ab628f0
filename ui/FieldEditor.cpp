// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldEditor.h"

#include "DisplayFormat.h"
#include "FieldInput.h"
#include "ScenarioCommands.h"
#include "ScenarioDocument.h"
#include "ScenarioFields.h"
#include "ScenarioPath.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace fleetroi {

FieldEditor::FieldEditor(ScenarioDocument *doc, const QString &path, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_path(path)
{
    const FieldInfo f = ScenarioFields::info(path);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(1);
    auto *row = new QHBoxLayout;
    row->setSpacing(4);
    outer->addLayout(row);

    const bool start = path == ScenarioPath::of(FieldId::Start);
    if (start) {
        auto *e = new QDateEdit(this);
        e->setDisplayFormat(QStringLiteral("MMM yyyy"));
        e->setMinimumDate(QDate(1990, 1, 1));
        e->setMaximumDate(QDate(2100, 12, 1));
        connect(e, &QDateEdit::dateChanged, this, [this](QDate d) {
            if (m_updating || !m_doc)
                return;
            if (const EditResult r = m_doc->commands().setStart(d.year(), d.month(),
                                                                ScenarioDocument::Edit::Continuous);
                !r) {
                m_refusal = r.message;
                refresh();
            }
        });
        m_editor = e;
    } else if (f.kind == FieldKind::Number || f.kind == FieldKind::Integer) {
        // A line edit, not a spin box: a spin box drops the keystrokes it dislikes and clamps
        // to its range ("1e308" became 1,308, "-500" 500, "9999" months 99). The text is read
        // in the display locale when the analyst is done (FieldInput::parse); a value that is
        // out of range, malformed or unclear is refused with a message under the editor and
        // the old value stays.
        auto *e = new QLineEdit(this);
        e->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        connect(e, &QLineEdit::editingFinished, this, [this, e] {
            if (m_updating || !m_doc || !e->isModified())
                return;
            e->setModified(false);
            const FieldInputResult r =
                FieldInput::parse(m_doc->scenario(), m_path, e->text(), DisplayFormat::locale());
            if (!r.ok) {
                m_refusal = r.error;
                refresh(); // the old value again, with the message
                return;
            }
            m_refusal.clear();
            commit(r.value, false);
            refresh();
        });
        m_unit = new QLabel(this);
        m_editor = e;
    } else if (f.kind == FieldKind::Choice) {
        auto *e = new QComboBox(this);
        for (const ChoiceOption &c : f.choices)
            e->addItem(c.label, c.value);
        connect(e, &QComboBox::activated, this,
                [this, e](int i) { commit(e->itemData(i), false); });
        m_editor = e;
    } else if (f.kind == FieldKind::Boolean) {
        auto *e = new QCheckBox(this);
        connect(e, &QCheckBox::toggled, this, [this](bool on) { commit(on, false); });
        m_editor = e;
    } else {
        auto *e = new QLineEdit(this);
        if (f.maximum > 0)
            e->setMaxLength(int(f.maximum));
        connect(e, &QLineEdit::editingFinished, this, [this, e] { commit(e->text(), false); });
        m_editor = e;
    }
    m_editor->setToolTip(f.toolTip);
    m_editor->setObjectName(path);
    row->addWidget(m_editor, 1);
    if (m_unit)
        row->addWidget(m_unit);

    m_source = new QToolButton(this);
    m_source->setAutoRaise(true);
    m_source->setText(QStringLiteral("§"));
    m_source->setAccessibleName(tr("Source"));
    connect(m_source, &QToolButton::clicked, this, [this] { emit provenanceRequested(m_path); });
    row->addWidget(m_source);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020; font-size: small;"));
    m_error->hide();
    outer->addWidget(m_error);

    connect(doc, &ScenarioDocument::valueChanged, this, [this, start](const QString &p) {
        if (p == m_path || (start && p.isEmpty())) {
            m_refusal.clear(); // a new value (an edit, undo, redo) replaces the refusal
            refresh();
        }
    });
    connect(doc, &ScenarioDocument::validationChanged, this, &FieldEditor::refresh);
    connect(doc, &ScenarioDocument::rowsInserted, this, &FieldEditor::refresh);
    connect(doc, &ScenarioDocument::rowsRemoved, this, &FieldEditor::refresh);
    refresh();
}

void FieldEditor::commit(const QVariant &value, bool continuous)
{
    if (m_updating || !m_doc)
        return;
    const EditResult r = m_doc->commands().setValue(m_path, value,
                                                    continuous ? ScenarioDocument::Edit::Continuous
                                                               : ScenarioDocument::Edit::Single);
    if (!r) {
        // Refused (an id in use, out of range): the document's value again, with the reason.
        m_refusal = r.message;
        refresh();
    }
}

void FieldEditor::refresh()
{
    if (!m_doc)
        return;
    m_updating = true;
    const QVariant v = ScenarioFields::value(m_doc->scenario(), m_path);
    const FieldInfo f = ScenarioFields::info(m_path);
    if (auto *e = qobject_cast<QDateEdit *>(m_editor)) {
        e->setDate(QDate(m_doc->scenario().startYear, m_doc->scenario().startMonth, 1));
    } else if (f.kind == FieldKind::Number || f.kind == FieldKind::Integer) {
        auto *l = static_cast<QLineEdit *>(m_editor);
        const QString text =
            FieldInput::editText(m_doc->scenario(), m_path, DisplayFormat::locale());
        // Not over what the analyst is typing right now.
        if (!l->hasFocus() || !l->isModified()) {
            l->setText(text);
            l->setModified(false);
        }
        m_unit->setText(f.suffix(m_doc->currency()).trimmed());
    } else if (auto *c = qobject_cast<QComboBox *>(m_editor)) {
        c->setCurrentIndex(c->findData(v.toString()));
    } else if (auto *b = qobject_cast<QCheckBox *>(m_editor)) {
        b->setChecked(v.toBool());
    } else if (auto *l = qobject_cast<QLineEdit *>(m_editor)) {
        if (l->text() != v.toString())
            l->setText(v.toString());
    }
    // A refused typed value is said first; the validator's message otherwise.
    const QString message = !m_refusal.isEmpty() ? m_refusal : m_doc->validationMessage(m_path);
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    const int pi = m_doc->provenanceIndex(m_path);
    if (pi >= 0) {
        const Provenance &p = m_doc->scenario().provenance[std::size_t(pi)];
        QString tip = tr("Source: %1").arg(QString::fromStdString(p.source));
        if (!p.date.empty())
            tip += u'\n' + tr("Date: %1").arg(QString::fromStdString(p.date));
        if (!p.note.empty())
            tip += u'\n' + tr("Note: %1").arg(QString::fromStdString(p.note));
        m_source->setToolTip(tip);
        m_source->setStyleSheet(QStringLiteral("color: #1a5fb4; font-weight: bold;"));
    } else {
        m_source->setToolTip(tr("No source recorded: click to add one"));
        m_source->setStyleSheet(QStringLiteral("color: #9a9996;"));
    }
    m_updating = false;
}

FieldForm::FieldForm(ScenarioDocument *doc, const QStringList &paths, QWidget *parent)
    : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    for (const QString &path : paths) {
        auto *e = new FieldEditor(doc, path, this);
        connect(e, &FieldEditor::provenanceRequested, this, &FieldForm::provenanceRequested);
        auto *label = new QLabel(ScenarioFields::info(path).label + u':', this);
        label->setBuddy(e->editor());
        label->setToolTip(ScenarioFields::info(path).toolTip);
        form->addRow(label, e);
        m_editors << e;
    }
}

FieldEditor *FieldForm::editorFor(const QString &path) const
{
    for (FieldEditor *e : m_editors)
        if (e->path() == path)
            return e;
    return nullptr;
}

} // namespace fleetroi
