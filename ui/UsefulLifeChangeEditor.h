// SPDX-License-Identifier: GPL-3.0-or-later
// The change in accounting estimate of one GPU type's book life (MODEL.md 1.1, ASC 250): from
// a chosen month the book life becomes a new number of months, prospectively. The month is
// picked from the horizon's months (nothing to mistype); the new life is a StrictSpinBox
// with the format's range (FieldRanges), refused with a message when out of range. Every
// change is one undoable edit (BalanceSheetEdits::setUsefulLifeChange).
#pragma once

#include "ScenarioDocument.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;

namespace fleetroi {

class StrictSpinBox;

class UsefulLifeChangeEditor : public QWidget
{
    Q_OBJECT
public:
    explicit UsefulLifeChangeEditor(ScenarioDocument *doc, QWidget *parent = nullptr);

    void setSkuRow(int row);
    int skuRow() const { return m_row; }
    QCheckBox *enabledBox() const { return m_enabled; }
    QComboBox *monthBox() const { return m_month; }
    StrictSpinBox *lifeBox() const { return m_life; }
    QLabel *errorLabel() const { return m_error; }
    void refresh();

signals:
    void statusMessage(const QString &text);

private:
    void commit();

    QPointer<ScenarioDocument> m_doc;
    int m_row = 0;
    bool m_updating = false;
    QLabel *m_title = nullptr;
    QCheckBox *m_enabled = nullptr;
    QComboBox *m_month = nullptr;
    StrictSpinBox *m_life = nullptr;
    QLabel *m_explain = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace fleetroi
