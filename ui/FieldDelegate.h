// SPDX-License-Identifier: GPL-3.0-or-later
// Edits cells of the scenario tables with the right widget for the field (ItemRoles.h):
// spin boxes with units, a GPU-type picker, a calendar-month picker for month indices.
#pragma once

#include <QStyledItemDelegate>

namespace fleetroi {

class FieldDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace fleetroi
