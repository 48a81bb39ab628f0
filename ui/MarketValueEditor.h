// SPDX-License-Identifier: GPL-3.0-or-later
// The model 1.1 inputs of one GPU type on the Fleet tab (MODEL.md "Version 1.1"): whether
// used GPUs of the type have a market value, its curve (per GPU, the same curve kinds as the
// lease price) with a preview, the age discount, and a small preview of the lease price
// beside it, so the analyst sees the two markets together. Every change is one undoable edit
// (BalanceSheetEdits); typed numbers are checked against the format's ranges (FieldRanges)
// and refused with a message, never changed.
#pragma once

#include "ScenarioDocument.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QHBoxLayout;

namespace fleetroi {

class FieldEditor;
class PriceCurveEditor;
namespace charts {
class PriceCurveChart;
}

class MarketValueEditor : public QWidget
{
    Q_OBJECT
public:
    explicit MarketValueEditor(ScenarioDocument *doc, QWidget *parent = nullptr);

    void setSkuRow(int row);
    int skuRow() const { return m_row; }
    QCheckBox *enabledBox() const { return m_enabled; }
    PriceCurveEditor *curveEditor() const { return m_curve; }
    FieldEditor *ageDiscountEditor() const { return m_discount; }
    charts::PriceCurveChart *leasePreview() const { return m_lease; }
    void refresh();

private:
    QPointer<ScenarioDocument> m_doc;
    int m_row = 0;
    QCheckBox *m_enabled = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_error = nullptr;
    PriceCurveEditor *m_curve = nullptr;
    QHBoxLayout *m_discountBox = nullptr;
    FieldEditor *m_discount = nullptr;
    charts::PriceCurveChart *m_lease = nullptr;
};

} // namespace fleetroi
