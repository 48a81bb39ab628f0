// SPDX-License-Identifier: GPL-3.0-or-later
// The undo commands behind the command facade (ScenarioCommands.h). Internal to this library:
// only the facade creates them; widgets call the facade and never see these classes
// (Subsurface's habit).
#pragma once

#include "ScenarioCommands.h"
#include "ScenarioDocument.h"

#include <QElapsedTimer>
#include <QUndoCommand>
#include <QUndoStack>

#include <functional>

namespace fleetroi {

// One undo step made of several commands: a macro on the document's stack. A step abandoned
// part-way (a later part refused) is undone and dropped from the stack again, so a refusal
// leaves neither a change nor a step to redo.
class ScenarioCommands::Step
{
public:
    Step(ScenarioDocument *doc, const QString &text)
        : m_undo(doc->undoStack())
        , m_index(m_undo->index())
    {
        m_undo->beginMacro(text);
    }
    ~Step()
    {
        m_undo->endMacro();
        if (m_kept || m_undo->index() <= m_index)
            return;
        m_undo->undo();
        // Pushing an obsolete command deletes the commands above the index (the abandoned
        // macro) and adds nothing.
        auto *drop = new QUndoCommand;
        drop->setObsolete(true);
        m_undo->push(drop);
    }
    Step(const Step &) = delete;
    Step &operator=(const Step &) = delete;
    // The step is complete: keep it.
    void keep() { m_kept = true; }

private:
    QUndoStack *m_undo;
    int m_index;
    bool m_kept = false;
};

namespace detail {

enum CommandId
{
    ChangeValueId = 1, // merging continuous edits of one value (spin-box drags)
};

// Consecutive continuous edits of the same value merge when they follow each other within
// this many milliseconds, so one spin-box drag is one undo step but two separate drags are two.
constexpr qint64 kMergeWindowMs = 1500;

// Tiled's ChangeValue: one value of the scenario, set through a getter/setter pair and
// identified by `key` (a field path such as "skus[0].gpu_price", or "skus[0].lease_price"
// for a whole price curve). Continuous edits of the same key merge.
template <typename Value> class ChangeValue : public QUndoCommand
{
public:
    using Getter = std::function<Value(const Scenario &)>;
    using Setter = std::function<bool(Scenario &, const Value &)>;

    ChangeValue(ScenarioDocument *doc, QString key, Getter get, Setter set, Value newValue,
                bool continuous, const QString &text)
        : QUndoCommand(text)
        , m_doc(doc)
        , m_key(std::move(key))
        , m_get(std::move(get))
        , m_set(std::move(set))
        , m_old(m_get(doc->scenario()))
        , m_new(std::move(newValue))
        , m_continuous(continuous)
    {
        m_clock.start();
    }

    int id() const override { return m_continuous ? ChangeValueId : -1; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = dynamic_cast<const ChangeValue *>(other);
        if (!o || !o->m_continuous || o->m_key != m_key || o->m_doc != m_doc ||
            m_clock.elapsed() > kMergeWindowMs)
            return false;
        m_new = o->m_new;
        m_clock.restart();
        setObsolete(m_new == m_old);
        return true;
    }

    void redo() override { apply(m_new); }
    void undo() override { apply(m_old); }

    bool changesAnything() const { return !(m_old == m_new); }

private:
    void apply(const Value &v)
    {
        m_set(m_doc->mutableScenario(), v);
        m_doc->notifyValueChanged(m_key);
    }

    ScenarioDocument *m_doc;
    QString m_key;
    Getter m_get;
    Setter m_set;
    Value m_old;
    Value m_new;
    bool m_continuous;
    QElapsedTimer m_clock;
};

// Inserts or removes one row of a list of the scenario (SKUs, purchases, provenance).
template <typename Item> class InsertRemoveRow : public QUndoCommand
{
public:
    using List = std::function<std::vector<Item> &(Scenario &)>;

    InsertRemoveRow(ScenarioDocument *doc, ScenarioDocument::Table table, List list, int row,
                    Item item, bool insert, const QString &text)
        : QUndoCommand(text)
        , m_doc(doc)
        , m_table(table)
        , m_list(std::move(list))
        , m_row(row)
        , m_item(std::move(item))
        , m_insert(insert)
    {}

    void redo() override { m_insert ? insertRow() : removeRow(); }
    void undo() override { m_insert ? removeRow() : insertRow(); }

private:
    void insertRow()
    {
        m_doc->notifyRowsAboutToChange(m_table, m_row, true);
        auto &v = m_list(m_doc->mutableScenario());
        v.insert(v.begin() + m_row, m_item);
        m_doc->notifyRowsChanged(m_table, m_row, true);
    }
    void removeRow()
    {
        m_doc->notifyRowsAboutToChange(m_table, m_row, false);
        auto &v = m_list(m_doc->mutableScenario());
        m_item = v[std::size_t(m_row)];
        v.erase(v.begin() + m_row);
        m_doc->notifyRowsChanged(m_table, m_row, false);
    }

    ScenarioDocument *m_doc;
    ScenarioDocument::Table m_table;
    List m_list;
    int m_row;
    Item m_item;
    bool m_insert;
};

} // namespace detail

} // namespace fleetroi
