// SPDX-License-Identifier: GPL-3.0-or-later
// Edits one price curve of one GPU type (lease or cloud price per GPU-hour, or the model 1.1
// market value of one used GPU): a start price with an annual change, or dated points; a
// small chart previews the curve over the horizon.
#pragma once

#include "ScenarioDocument.h"

#include "scenario/FieldRanges.h"
#include "scenario/Scenario.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableWidget;

namespace fleetroi {

namespace charts {
class PriceCurveChart;
}

class PriceCurveEditor : public QWidget
{
    Q_OBJECT
public:
    enum class Curve
    {
        Lease,  // skus[].lease_price, per GPU-hour
        Cloud,  // skus[].cloud_price, per GPU-hour
        Market, // skus[].market_value, per GPU (model 1.1); edited only while the SKU has one
    };
    PriceCurveEditor(ScenarioDocument *doc, bool lease, QWidget *parent = nullptr);
    PriceCurveEditor(ScenarioDocument *doc, Curve curve, QWidget *parent = nullptr);
    Curve curveKind() const { return m_curve; }

    void setSkuRow(int row);
    int skuRow() const { return m_row; }
    charts::PriceCurveChart *preview() const { return m_chart; }
    void refresh();

private:
    PriceCurve current() const;
    void commit(const PriceCurve &curve, bool continuous);
    void commitPoints();
    void fillPoints(const PriceCurve &curve);
    // Reads a typed number against a rule of the format (FieldInput::parseWith); on refusal
    // shows why under the editor and returns false (the caller keeps the old value).
    bool readTyped(QLineEdit *edit, const QString &label, const scenario_detail::NumberRule &rule,
                   FieldUnit unit, double *out);
    void setEditText(QLineEdit *edit, double shown);
    // The curve's field in the schema: SkuLeasePrice, SkuCloudPrice or SkuMarketValue.
    FieldId curveField() const;
    const scenario_detail::NumberRule &valueRule() const;
    FieldUnit valueUnit() const;

    QPointer<ScenarioDocument> m_doc;
    Curve m_curve;
    int m_row = 0;
    bool m_updating = false;
    QLabel *m_title = nullptr;
    QComboBox *m_mode = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLineEdit *m_start = nullptr;
    QLineEdit *m_change = nullptr;
    QLabel *m_error = nullptr; // why a typed number was refused
    QTableWidget *m_points = nullptr;
    charts::PriceCurveChart *m_chart = nullptr;
};

} // namespace fleetroi
