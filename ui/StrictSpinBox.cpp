// SPDX-License-Identifier: GPL-3.0-or-later
#include "StrictSpinBox.h"

#include <QRegularExpression>
#include <QToolTip>

namespace fleetroi {

namespace {

// The text without prefix and suffix, trimmed.
QString core(const QAbstractSpinBox *box, const QString &prefix, const QString &suffix,
             QString text)
{
    Q_UNUSED(box);
    if (!prefix.isEmpty() && text.startsWith(prefix))
        text.remove(0, prefix.size());
    if (!suffix.isEmpty() && text.endsWith(suffix))
        text.chop(suffix.size());
    return text.trimmed();
}

// Anything a number could become while being typed: kept, not dropped.
bool couldBeNumber(const QString &t, const QLocale &locale)
{
    QString allowed = QStringLiteral("0-9eE+\\-");
    allowed += QRegularExpression::escape(locale.decimalPoint());
    allowed += QRegularExpression::escape(locale.groupSeparator());
    allowed += QStringLiteral(".,");
    const QRegularExpression re(QStringLiteral("^[%1 ]*$").arg(allowed));
    return re.match(t).hasMatch();
}

QString refusalText(const QString &name, const QString &range, const QString &got)
{
    return name.isEmpty()
               ? QSpinBox::tr("Must be %1, got %2. The value was not changed.").arg(range, got)
               : QSpinBox::tr("%1 must be %2, got %3. The value was not changed.")
                     .arg(name, range, got);
}

void announce(QAbstractSpinBox *box, const QString &message)
{
    if (box->isVisible())
        QToolTip::showText(box->mapToGlobal(QPoint(0, box->height())), message, box);
}

} // namespace

QValidator::State StrictSpinBox::validate(QString &text, int &pos) const
{
    const QValidator::State s = QSpinBox::validate(text, pos);
    if (s == QValidator::Invalid && couldBeNumber(core(this, prefix(), suffix(), text), locale()))
        return QValidator::Intermediate;
    return s;
}

void StrictSpinBox::fixup(QString &input) const
{
    // Called when editing ends on text that is no acceptable value: QAbstractSpinBox then
    // keeps the previous value. Say so.
    const QString typed = core(this, prefix(), suffix(), input);
    if (typed.isEmpty())
        return;
    const QString unit = suffix().trimmed();
    const QString range = QSpinBox::tr("a whole number from %1 to %2%3")
                              .arg(locale().toString(minimum()), locale().toString(maximum()),
                                   unit.isEmpty() ? QString() : u' ' + unit);
    m_refusal = refusalText(m_name, range, typed);
    auto *self = const_cast<StrictSpinBox *>(this);
    emit self->refused(m_refusal);
    announce(self, m_refusal);
}

QValidator::State StrictDoubleSpinBox::validate(QString &text, int &pos) const
{
    const QValidator::State s = QDoubleSpinBox::validate(text, pos);
    if (s == QValidator::Invalid && couldBeNumber(core(this, prefix(), suffix(), text), locale()))
        return QValidator::Intermediate;
    return s;
}

void StrictDoubleSpinBox::fixup(QString &input) const
{
    const QString typed = core(this, prefix(), suffix(), input);
    if (typed.isEmpty())
        return;
    const QString unit = suffix().trimmed();
    const QString range = QSpinBox::tr("a number from %1 to %2%3")
                              .arg(locale().toString(minimum(), 'f', decimals()),
                                   locale().toString(maximum(), 'f', decimals()),
                                   unit.isEmpty() ? QString() : u' ' + unit);
    m_refusal = refusalText(m_name, range, typed);
    auto *self = const_cast<StrictDoubleSpinBox *>(this);
    emit self->refused(m_refusal);
    announce(self, m_refusal);
}

} // namespace fleetroi
