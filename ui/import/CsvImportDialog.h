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

class QComboBox;
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
    // File bytes as loaded: decoded with the encoding chosen in the dialog (Automatic: BOM,
    // else UTF-8; bytes that are not UTF-8 are refused, naming the likely encoding, until
    // the analyst chooses one). False when they cannot be decoded.
    bool setBytes(const QByteArray &bytes);
    // The delimiter and decimal separator choices (null QChar = detect) and the encoding.
    void setDelimiter(QChar c);
    void setDecimal(QChar c);
    void setEncoding(exporting::CsvEncoding e);
    // The format the preview was read with, e.g. delimiter ';' and decimal ',' (detected).
    exporting::CsvFormat format() const;
    QString summaryText() const;
    const exporting::PurchaseImport &purchases() const { return m_purchases; }
    const exporting::DemandImport &demand() const { return m_demand; }
    int rejectedCount() const;

private:
    void loadFile();
    void decodeBytes();
    void reparse();
    exporting::CsvOptions options() const;

    Kind m_kind;
    Scenario m_scenario;
    exporting::PurchaseImport m_purchases;
    exporting::DemandImport m_demand;
    QPlainTextEdit *m_text;
    QTableWidget *m_preview;
    QListWidget *m_rejected;
    QLabel *m_summary;
    QPushButton *m_ok;
    QComboBox *m_delimiter;
    QComboBox *m_decimal;
    QComboBox *m_encoding;
    QLabel *m_formatInfo;
    QByteArray m_bytes; // the loaded file, kept to decode again with another encoding
    bool m_fromFile = false;
    bool m_settingText = false;
};

} // namespace fleetroi
