// SPDX-License-Identifier: GPL-3.0-or-later
// The Monte Carlo set-up of a scenario (its `uncertainty` block, SCENARIO_FORMAT.md) as the
// analyst edits it: per driver of the sensitivity list a tick ("uncertain"), a distribution
// (triangular, uniform, normal) with its parameters as multipliers of the scenario's values
// and a small preview of its density; a symmetric correlation matrix of the uncertain drivers
// with a live consistency check (the core's checkCorrelations through ScenarioDocument, the
// offending pairs named and their cells marked); paths and seed; a one-click critics' case.
// Every change is one undoable command through ScenarioDocument::setUncertainty; the editor
// redraws itself from the document after every change (also after undo and redo).
#pragma once

#include "scenario/Scenario.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <string>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace fleetroi {

class ScenarioDocument;
class StrictDoubleSpinBox;
class StrictSpinBox;
namespace charts {
class DistributionPreviewChart;
} // namespace charts

class RiskSetupEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RiskSetupEditor(ScenarioDocument *doc, QWidget *parent = nullptr);

    // Redraws every control from the document's block.
    void refresh();

    // ---- for tests and screenshots ----
    // Row of a driver in MODEL.md's order ("lease_price" -> 1), -1 when unknown.
    static int driverRow(const std::string &driver);
    QCheckBox *uncertainBox(int row) const { return m_rows[row].uncertain; }
    QComboBox *kindBox(int row) const { return m_rows[row].kind; }
    // Parameter k (0..2) of a row: triangular min/mode/max, uniform min/max, normal mean/sd.
    StrictDoubleSpinBox *parameterBox(int row, int k) const { return m_rows[row].params[k]; }
    charts::DistributionPreviewChart *preview(int row) const { return m_rows[row].preview; }
    QTableWidget *correlationTable() const { return m_matrix; }
    // Sets rho of the pair shown at (row, column) of the matrix, as an edit of the cell does.
    bool setCorrelationCell(int row, int column, double rho);
    QLabel *correlationStatus() const { return m_check; }
    StrictSpinBox *pathsBox() const { return m_paths; }
    StrictDoubleSpinBox *seedBox() const { return m_seed; }
    // The last refused input ("Lease price, max must be a number from 0.000 to 100.000 ×, got
    // 1e9. The value was not changed."); hidden when the last input was taken.
    QLabel *inputError() const { return m_inputError; }
    QPushButton *criticsButton() const { return m_critics; }
    QPushButton *removeButton() const { return m_remove; }
    // The drivers shown in the matrix, in order.
    const std::vector<std::string> &matrixDrivers() const { return m_matrixDrivers; }

private:
    struct Row
    {
        std::string driver;
        QCheckBox *uncertain = nullptr;
        QComboBox *kind = nullptr;
        StrictDoubleSpinBox *params[3] = {nullptr, nullptr, nullptr};
        charts::DistributionPreviewChart *preview = nullptr;
    };

    Uncertainty current() const;
    void setUncertain(int row, bool on);
    void setKind(int row, int kindIndex);
    void setParameter(int row, int k, double value);
    void setPaths(int paths);
    void setSeed(double seed);
    void refreshMatrix(const Uncertainty &u);
    void refreshCheck(const Uncertainty &u);
    void showRefusal(const QString &message);

    QPointer<ScenarioDocument> m_doc;
    QList<Row> m_rows;
    QLabel *m_state = nullptr;
    StrictSpinBox *m_paths = nullptr;
    StrictDoubleSpinBox *m_seed = nullptr;
    QLabel *m_inputError = nullptr;
    QPushButton *m_critics = nullptr;
    QPushButton *m_remove = nullptr;
    QTableWidget *m_matrix = nullptr;
    QLabel *m_check = nullptr;
    std::vector<std::string> m_matrixDrivers;
    bool m_refreshing = false;
};

} // namespace fleetroi
