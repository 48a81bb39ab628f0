// SPDX-License-Identifier: GPL-3.0-or-later
// Spin boxes that never change a typed number silently (issue #14). A plain QSpinBox drops
// the keystroke that would leave its range ("20000000" paths became 2,000,000, "95" % became
// 9) and QDoubleSpinBox drops letters ("1e308" became 1,308). These keep what is typed
// (digits, sign, the locale's separators, an exponent) and, when editing finishes with a
// value outside the range or unreadable, keep the old value and say why: refused() with a
// message naming the field (setFieldName), the range and the unit (the suffix), shown as a
// tool tip at the box. Arrow keys and the mouse wheel stay inside the range.
#pragma once

#include <QDoubleSpinBox>
#include <QSpinBox>

namespace fleetroi {

class StrictSpinBox : public QSpinBox
{
    Q_OBJECT
public:
    // Keyboard tracking off: a value is taken when editing finishes, so the digits typed on
    // the way ("2000000" on the way to "20000000") never become the value.
    explicit StrictSpinBox(QWidget *parent = nullptr)
        : QSpinBox(parent)
    {
        setKeyboardTracking(false);
    }
    void setFieldName(const QString &name) { m_name = name; }
    QString refusal() const { return m_refusal; }

signals:
    void refused(const QString &message);

protected:
    QValidator::State validate(QString &text, int &pos) const override;
    void fixup(QString &input) const override;

private:
    QString m_name;
    mutable QString m_refusal;
};

class StrictDoubleSpinBox : public QDoubleSpinBox
{
    Q_OBJECT
public:
    explicit StrictDoubleSpinBox(QWidget *parent = nullptr)
        : QDoubleSpinBox(parent)
    {
        setKeyboardTracking(false);
    }
    void setFieldName(const QString &name) { m_name = name; }
    QString refusal() const { return m_refusal; }

signals:
    void refused(const QString &message);

protected:
    QValidator::State validate(QString &text, int &pos) const override;
    void fixup(QString &input) const override;

private:
    QString m_name;
    mutable QString m_refusal;
};

} // namespace fleetroi
