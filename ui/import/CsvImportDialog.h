// SPDX-License-Identifier: GPL-3.0-or-later
// Import purchases or a demand series from CSV: paste cells from a spreadsheet or load a
// file, see the accepted rows in a preview and every rejected row with its line and reason,
// then accept. The dialog only reads; the caller applies the result as one undoable edit.
//
// Hook-up in the scenario editor (main window engineer):
//     if (auto rows = CsvImportDialog::importPurchases(this, document->scenario()))
//         document->push(new AppendPurchasesCommand(*rows));       // or the editor's facade
//     if (auto series = CsvImportDialog::importDemand(this, document->scenario()))
//         document->push(new SetDemandSeriesCommand(*series));
#pragma once

#include "export/CsvImport.h"

#include <QDialog>

#include <optional>
#include <vector>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;
class QPushButton;

namespace fleetroi {

class CsvImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind
    {
        Purchases,
        Demand
    };

    CsvImportDialog(Kind kind, const Scenario &scenario, QWidget *parent = nullptr);

    // Modal helpers: the accepted rows, or nothing when cancelled.
    static std::optional<std::vector<PurchaseTranche>> importPurchases(QWidget *parent,
                                                                       const Scenario &scenario);
    static std::optional<std::vector<double>> importDemand(QWidget *parent,
                                                           const Scenario &scenario);

    void setText(const QString &text);
    const exporting::PurchaseImport &purchases() const { return m_purchases; }
    const exporting::DemandImport &demand() const { return m_demand; }
    int rejectedCount() const;

private:
    void loadFile();
    void reparse();

    Kind m_kind;
    Scenario m_scenario;
    exporting::PurchaseImport m_purchases;
    exporting::DemandImport m_demand;
    QPlainTextEdit *m_text;
    QTableWidget *m_preview;
    QListWidget *m_rejected;
    QLabel *m_summary;
    QPushButton *m_ok;
};

} // namespace fleetroi
