// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldDelegate.h"

#include "DisplayFormat.h"
#include "ItemRoles.h"
#include "ScenarioFields.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QDoubleValidator>
#include <QLineEdit>
#include <QSpinBox>

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
        if (f.optional) {
            // Empty means "not set" (the purchase uses its GPU type's price).
            auto *e = new QLineEdit(parent);
            auto *v = new QDoubleValidator(f.minimum, f.maximum, 2, e);
            v->setLocale(DisplayFormat::locale());
            e->setValidator(v);
            e->setPlaceholderText(tr("GPU type's price"));
            return e;
        } else {
            auto *e = new QDoubleSpinBox(parent);
            e->setDecimals(f.decimals);
            e->setRange(f.toDisplay(f.minimum), f.toDisplay(f.maximum));
            e->setSuffix(f.suffix(currency));
            e->setGroupSeparatorShown(true);
            e->setAccelerated(true);
            e->setFrame(false);
            return e;
        }
    case FieldKind::Integer: {
        auto *e = new QSpinBox(parent);
        e->setRange(int(f.minimum), int(std::min(f.maximum, 2.0e9)));
        e->setSuffix(f.suffix(currency));
        e->setGroupSeparatorShown(true);
        e->setAccelerated(true);
        e->setFrame(false);
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
        e->setMaximumDate(start.addMonths(int(f.maximum)));
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
    if (auto *d = qobject_cast<QDoubleSpinBox *>(editor)) {
        d->setValue(f.toDisplay(v.toDouble()));
    } else if (auto *i = qobject_cast<QSpinBox *>(editor)) {
        i->setValue(v.toInt());
    } else if (auto *c = qobject_cast<QComboBox *>(editor)) {
        c->setCurrentIndex(std::max(0, c->findData(v.toString())));
    } else if (auto *m = qobject_cast<QDateEdit *>(editor)) {
        m->setDate(index.data(StartMonthRole).toDate().addMonths(v.toInt()));
    } else if (auto *l = qobject_cast<QLineEdit *>(editor); l && f.optional) {
        l->setText(v.isValid() ? DisplayFormat::locale().toString(v.toDouble(), 'f', 0)
                               : QString());
        l->selectAll();
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void FieldDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                 const QModelIndex &index) const
{
    const FieldInfo f = infoOf(index);
    if (auto *d = qobject_cast<QDoubleSpinBox *>(editor)) {
        d->interpretText();
        model->setData(index, f.fromDisplay(d->value()));
    } else if (auto *i = qobject_cast<QSpinBox *>(editor)) {
        i->interpretText();
        model->setData(index, i->value());
    } else if (auto *c = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, c->currentData());
    } else if (auto *m = qobject_cast<QDateEdit *>(editor)) {
        const QDate start = index.data(StartMonthRole).toDate();
        const QDate d = m->date();
        model->setData(index, (d.year() - start.year()) * 12 + (d.month() - start.month()));
    } else if (auto *l = qobject_cast<QLineEdit *>(editor); l && f.optional) {
        const QString t = l->text().trimmed();
        if (t.isEmpty()) {
            model->setData(index, QVariant());
        } else {
            bool ok = false;
            const double v = DisplayFormat::locale().toDouble(t, &ok);
            if (ok)
                model->setData(index, v);
        }
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

} // namespace fleetroi
