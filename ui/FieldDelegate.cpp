// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldDelegate.h"

#include "DisplayFormat.h"
#include "ItemRoles.h"
#include "ScenarioFields.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>

#include <cmath>

namespace fleetroi {

namespace {
FieldInfo infoOf(const QModelIndex &index)
{
    return ScenarioFields::info(index.data(FieldPathRole).toString());
}
} // namespace

QWidget *FieldDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const FieldInfo f = infoOf(index);
    const QString currency = index.data(CurrencyRole).toString();
    if (f.key.isEmpty())
        return QStyledItemDelegate::createEditor(parent, option, index);
    switch (f.kind) {
    case FieldKind::Number:
    case FieldKind::Integer: {
        // A plain line edit: no spin box that drops keystrokes it dislikes ("1e308" became
        // 1,308, "-500" 500, "9999" months 99). The model reads the text in the display
        // locale and refuses, with a message, what is out of range or unclear.
        auto *e = new QLineEdit(parent);
        e->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        e->setFrame(false);
        if (f.optional)
            e->setPlaceholderText(tr("GPU type's price"));
        const QString unit = f.suffix(currency).trimmed();
        e->setToolTip(unit.isEmpty() ? f.label : tr("%1 in %2").arg(f.label, unit));
        return e;
    }
    case FieldKind::Choice:
    case FieldKind::SkuRef: {
        auto *e = new QComboBox(parent);
        for (const QVariant &c : index.data(ChoicesRole).toList()) {
            const QStringList pair = c.toStringList();
            if (pair.size() == 2)
                e->addItem(pair[1], pair[0]);
        }
        return e;
    }
    case FieldKind::Month: {
        auto *e = new QDateEdit(parent);
        e->setDisplayFormat(QStringLiteral("MMM yyyy"));
        const QDate start = index.data(StartMonthRole).toDate();
        e->setMinimumDate(start);
        // Inside the horizon (0 .. H-1), the rule the file validation applies.
        const int horizon = index.data(HorizonRole).toInt();
        e->setMaximumDate(start.addMonths(horizon > 0 ? horizon - 1 : int(f.maximum)));
        e->setCalendarPopup(true);
        e->setFrame(false);
        return e;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void FieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const FieldInfo f = infoOf(index);
    const QVariant v = index.data(Qt::EditRole);
    if (auto *l = qobject_cast<QLineEdit *>(editor);
        l && (f.kind == FieldKind::Number || f.kind == FieldKind::Integer)) {
        // Display units, full precision, no group separators: read back, it is the same.
        QLocale plain = DisplayFormat::locale();
        plain.setNumberOptions(QLocale::OmitGroupSeparator);
        if (!v.isValid()) {
            l->setText(QString());
        } else {
            const double shown = f.toDisplay(v.toDouble());
            l->setText(shown == std::floor(shown) && std::fabs(shown) < 1e15
                           ? plain.toString(shown, 'f', 0)
                           : plain.toString(shown, 'g', 15));
        }
        l->selectAll();
    } else if (auto *c = qobject_cast<QComboBox *>(editor)) {
        c->setCurrentIndex(std::max(0, c->findData(v.toString())));
    } else if (auto *m = qobject_cast<QDateEdit *>(editor)) {
        m->setDate(index.data(StartMonthRole).toDate().addMonths(v.toInt()));
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void FieldDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                 const QModelIndex &index) const
{
    const FieldInfo f = infoOf(index);
    if (auto *l = qobject_cast<QLineEdit *>(editor);
        l && (f.kind == FieldKind::Number || f.kind == FieldKind::Integer)) {
        // The text as typed: the model reads it (ScenarioTableModel::setData) and, when it
        // refuses, keeps the old value and says why (inputRefused).
        model->setData(index, l->text());
    } else if (auto *c = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, c->currentData());
    } else if (auto *m = qobject_cast<QDateEdit *>(editor)) {
        const QDate start = index.data(StartMonthRole).toDate();
        const QDate d = m->date();
        model->setData(index, (d.year() - start.year()) * 12 + (d.month() - start.month()));
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

} // namespace fleetroi
