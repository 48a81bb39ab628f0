// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProvenanceTableModel.h"

#include "ItemRoles.h"
#include "ScenarioCommands.h"
#include "ScenarioFields.h"
#include "ScenarioPath.h"

#include <QBrush>
#include <QColor>

namespace fleetroi {

ProvenanceTableModel::ProvenanceTableModel(ScenarioDocument *doc, QObject *parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
{
    using T = ScenarioDocument::Table;
    connect(doc, &ScenarioDocument::rowsAboutToBeInserted, this, [this](T t, int row) {
        if (t == T::Provenance)
            beginInsertRows({}, row, row);
    });
    connect(doc, &ScenarioDocument::rowsInserted, this, [this](T t, int) {
        if (t == T::Provenance)
            endInsertRows();
        else
            refreshAll(); // field descriptions name SKUs
    });
    connect(doc, &ScenarioDocument::rowsAboutToBeRemoved, this, [this](T t, int row) {
        if (t == T::Provenance)
            beginRemoveRows({}, row, row);
    });
    connect(doc, &ScenarioDocument::rowsRemoved, this, [this](T t, int) {
        if (t == T::Provenance)
            endRemoveRows();
        else
            refreshAll();
    });
    connect(doc, &ScenarioDocument::valueChanged, this, &ProvenanceTableModel::refreshAll);
    connect(doc, &ScenarioDocument::validationChanged, this, &ProvenanceTableModel::refreshAll);
}

FieldId ProvenanceTableModel::columnField(int column)
{
    switch (column) {
    case FieldColumn:
        return FieldId::ProvenanceField;
    case SourceColumn:
        return FieldId::ProvenanceSource;
    case DateColumn:
        return FieldId::ProvenanceDate;
    default:
        return FieldId::ProvenanceNote;
    }
}

void ProvenanceTableModel::refreshAll()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ProvenanceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_doc->scenario().provenance.size());
}

int ProvenanceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProvenanceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const Provenance &p = m_doc->scenario().provenance[std::size_t(index.row())];
    const QString field = QString::fromStdString(p.field);
    const QString path = ScenarioPath::of(columnField(index.column()), index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FieldColumn:
            return ScenarioFields::describe(m_doc->scenario(), field);
        case SourceColumn:
            return QString::fromStdString(p.source);
        case DateColumn:
            return QString::fromStdString(p.date);
        default:
            return QString::fromStdString(p.note);
        }
    case Qt::EditRole:
        switch (index.column()) {
        case FieldColumn:
            return field;
        case SourceColumn:
            return QString::fromStdString(p.source);
        case DateColumn:
            return QString::fromStdString(p.date);
        default:
            return QString::fromStdString(p.note);
        }
    case Qt::ToolTipRole: {
        const QString error = m_doc->validationMessage(path);
        if (!error.isEmpty())
            return error;
        if (index.column() == FieldColumn)
            return field;
        if (index.column() == DateColumn)
            return tr("YYYY-MM-DD, or empty");
        return data(index, Qt::DisplayRole);
    }
    case Qt::BackgroundRole:
        if (!m_doc->validationMessage(path).isEmpty())
            return QBrush(QColor(255, 214, 214));
        return {};
    case FieldPathRole:
        return field;
    case ValidationRole:
        return m_doc->validationMessage(path);
    default:
        return {};
    }
}

QVariant ProvenanceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case FieldColumn:
        return tr("Assumption");
    case SourceColumn:
        return tr("Source");
    case DateColumn:
        return tr("Date");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

Qt::ItemFlags ProvenanceTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool ProvenanceTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= rowCount())
        return false;
    return m_doc->commands()
        .setProvenanceText(index.row(), columnField(index.column()), value.toString())
        .ok;
}

} // namespace fleetroi
