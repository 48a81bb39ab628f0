// SPDX-License-Identifier: GPL-3.0-or-later
// Where each assumption came from: field, source, date, note. Editable; every edit is undoable.
#pragma once

#include "ScenarioDocument.h"
#include "scenario/ScenarioSchema.h"

#include <QAbstractTableModel>

namespace fleetroi {

class ProvenanceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        FieldColumn,
        SourceColumn,
        DateColumn,
        NoteColumn,
        ColumnCount
    };

    explicit ProvenanceTableModel(ScenarioDocument *doc, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // The schema field of a column (ProvenanceField ... ProvenanceNote).
    static FieldId columnField(int column);

private:
    void refreshAll();
    ScenarioDocument *m_doc;
};

} // namespace fleetroi
