// SPDX-License-Identifier: GPL-3.0-or-later
// Base of the editable tables over one list of the scenario (SKUs, purchases): one row per
// list entry, one column per field (ScenarioFields keys), plus read-only computed columns.
// Edits go through ScenarioDocument::setValue, so every cell edit is one undo step.
#pragma once

#include "ScenarioDocument.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace fleetroi {

class ScenarioTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    ScenarioTableModel(ScenarioDocument *doc, ScenarioDocument::Table table, QString listName,
                       QStringList keys, QObject *parent);

    ScenarioDocument *document() const { return m_doc; }
    // Field path of a cell, empty for computed columns.
    QString pathAt(const QModelIndex &index) const;
    QStringList keys() const { return m_keys; }
    int columnOfKey(const QString &key) const { return int(m_keys.indexOf(key)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Number cells: a QString is text as typed, read in the display locale
    // (DisplayFormat::locale(), FieldInput::parse); a number is a value in stored units
    // (FieldInput::check). Out of range, malformed or ambiguous: refused (false, nothing
    // changes) and inputRefused says why, naming the field, the range and the unit.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    // Why the last setData was refused, empty after one that was accepted.
    QString lastRefusal() const { return m_lastRefusal; }

signals:
    void inputRefused(const QString &path, const QString &message);

protected:
    virtual int listSize() const = 0;
    // Read-only columns after the fields.
    virtual QStringList extraHeaders() const { return {}; }
    virtual QVariant extraData(int row, int extraColumn, int role) const;
    // Display text of a field value (choices and references shown by name).
    virtual QString displayText(int row, const QString &key, const QVariant &value) const;

    ScenarioDocument *m_doc;

private:
    void onValueChanged(const QString &path);
    void refreshAll();

    ScenarioDocument::Table m_table;
    QString m_listName;
    QString m_lastRefusal;
    QStringList m_keys;
};

class SkuTableModel : public ScenarioTableModel
{
    Q_OBJECT
public:
    explicit SkuTableModel(ScenarioDocument *doc, QObject *parent = nullptr);

protected:
    int listSize() const override;
    QStringList extraHeaders() const override;
    QVariant extraData(int row, int extraColumn, int role) const override;
};

class PurchaseTableModel : public ScenarioTableModel
{
    Q_OBJECT
public:
    explicit PurchaseTableModel(ScenarioDocument *doc, QObject *parent = nullptr);
    // capex_k of MODEL.md "Fleet", in the scenario's currency.
    static double trancheCapex(const Scenario &s, const PurchaseTranche &t);

protected:
    int listSize() const override;
    QStringList extraHeaders() const override;
    QVariant extraData(int row, int extraColumn, int role) const override;
    QString displayText(int row, const QString &key, const QVariant &value) const override;
};

} // namespace fleetroi
