// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/CsvImportDialog.h"

#include "FileDialogs.h"
#include "WorkspaceFileGuard.h"
#include "export/ExportData.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fleetroi {

namespace {
constexpr qint64 kMaxImportBytes = 16 * 1024 * 1024; // as for scenario files
}

CsvImportDialog::CsvImportDialog(Kind kind, const Scenario &scenario, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_scenario(scenario)
{
    setWindowTitle(kind == Kind::Purchases ? tr("Import purchases from CSV")
                                           : tr("Import internal demand from CSV"));
    auto *hint = new QLabel(
        kind == Kind::Purchases
            ? tr("Paste cells from a spreadsheet or load a CSV file. Columns: month (0..%1 or "
                 "YYYY-MM), sku (id or name), gpus, and optionally install_lag_months, "
                 "gpu_price, label. Numbers without thousands separators; the delimiter and "
                 "decimal separator are shown below and can be changed.")
                  .arg(scenario.horizonMonths - 1)
            : tr("Paste cells from a spreadsheet or load a CSV file: one value of compute hours "
                 "per month, or two columns (month, compute hours); %n month(s) are needed.",
                 nullptr, scenario.horizonMonths),
        this);
    hint->setWordWrap(true);
    m_text = new QPlainTextEdit(this);
    m_text->setPlaceholderText(tr("Paste here"));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *load = new QPushButton(tr("Load file\u2026"), this);
    connect(load, &QPushButton::clicked, this, &CsvImportDialog::loadFile);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingText) {
            // Typed or pasted text is not the loaded file any more.
            m_fromFile = false;
            m_bytes.clear();
        }
        reparse();
    });

    // How the text is read: each choice "Automatic" shows what was detected.
    m_delimiter = new QComboBox(this);
    m_delimiter->addItem(tr("Automatic"), QString());
    m_delimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_decimal = new QComboBox(this);
    m_decimal->addItem(tr("Automatic"), QString());
    m_decimal->addItem(tr("Point ( 1234.5 )"), QStringLiteral("."));
    m_decimal->addItem(tr("Comma ( 1234,5 )"), QStringLiteral(","));
    m_encoding = new QComboBox(this);
    m_encoding->addItem(tr("Automatic (UTF-8 or a byte-order mark)"),
                        int(exporting::CsvEncoding::Auto));
    for (auto e : {exporting::CsvEncoding::Utf8, exporting::CsvEncoding::Utf16LE,
                   exporting::CsvEncoding::Utf16BE, exporting::CsvEncoding::Windows1252,
                   exporting::CsvEncoding::Latin1})
        m_encoding->addItem(exporting::csvEncodingName(e), int(e));
    m_encoding->setToolTip(tr("For a loaded file. Excel on Windows saves CSV as Windows-1252."));
    m_formatInfo = new QLabel(this);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &CsvImportDialog::reparse);
    connect(m_decimal, &QComboBox::currentIndexChanged, this, &CsvImportDialog::reparse);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] {
        if (m_fromFile)
            decodeBytes();
    });
    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(new QLabel(tr("Delimiter:"), this));
    formatRow->addWidget(m_delimiter);
    formatRow->addWidget(new QLabel(tr("Decimal separator:"), this));
    formatRow->addWidget(m_decimal);
    formatRow->addWidget(new QLabel(tr("Encoding:"), this));
    formatRow->addWidget(m_encoding);
    formatRow->addStretch();

    m_preview = new QTableWidget(this);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setVisible(false);
    m_rejected = new QListWidget(this);
    m_summary = new QLabel(this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_text);
    splitter->addWidget(m_preview);
    splitter->addWidget(m_rejected);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(load, 0, Qt::AlignLeft);
    layout->addLayout(formatRow);
    layout->addWidget(m_formatInfo);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(760, 640);
    reparse();
}

void CsvImportDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
}

bool CsvImportDialog::setBytes(const QByteArray &bytes)
{
    m_bytes = bytes;
    m_fromFile = true;
    decodeBytes();
    return !m_text->toPlainText().isEmpty() || bytes.isEmpty();
}

void CsvImportDialog::decodeBytes()
{
    const auto encoding = exporting::CsvEncoding(m_encoding->currentData().toInt());
    const exporting::CsvDecoded d = exporting::decodeCsvBytes(m_bytes, encoding);
    m_settingText = true;
    m_text->setPlainText(d.ok ? d.text : QString());
    m_settingText = false;
    if (!d.ok) {
        // Never guessed: the analyst chooses, with the likely encoding named.
        m_formatInfo->setText(tr("The file could not be read: %1").arg(d.problem));
        m_formatInfo->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_ok->setEnabled(false);
        m_encoding->setFocus();
    }
}

void CsvImportDialog::setDelimiter(QChar c)
{
    m_delimiter->setCurrentIndex(
        std::max(0, m_delimiter->findData(c.isNull() ? QString() : QString(c))));
}

void CsvImportDialog::setDecimal(QChar c)
{
    m_decimal->setCurrentIndex(
        std::max(0, m_decimal->findData(c.isNull() ? QString() : QString(c))));
}

void CsvImportDialog::setEncoding(exporting::CsvEncoding e)
{
    m_encoding->setCurrentIndex(std::max(0, m_encoding->findData(int(e))));
}

exporting::CsvOptions CsvImportDialog::options() const
{
    exporting::CsvOptions o;
    const QString d = m_delimiter->currentData().toString();
    const QString p = m_decimal->currentData().toString();
    if (!d.isEmpty())
        o.delimiter = d[0];
    if (!p.isEmpty())
        o.decimal = p[0];
    return o;
}

exporting::CsvFormat CsvImportDialog::format() const
{
    return m_kind == Kind::Purchases ? m_purchases.format : m_demand.format;
}

QString CsvImportDialog::summaryText() const
{
    return m_summary->text();
}

int CsvImportDialog::rejectedCount() const
{
    return int(m_kind == Kind::Purchases ? m_purchases.rejected.size() : m_demand.rejected.size());
}

void CsvImportDialog::loadFile()
{
    const QString path = fileDialogs::openFileName(
        this, windowTitle(), QString(), tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    // Never the open workspace's files (WorkspaceFileGuard): reading them drops SQLite's locks.
    if (const StorageStatus guard = WorkspaceFileGuard::checkUserFile(path); !guard.ok()) {
        QMessageBox::warning(this, windowTitle(), guard.message);
        return;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, windowTitle(),
                             tr("Could not read %1: %2").arg(path, f.errorString()));
        return;
    }
    if (f.size() > kMaxImportBytes) {
        QMessageBox::warning(this, windowTitle(), tr("%1 is larger than 16 MiB.").arg(path));
        return;
    }
    setBytes(f.readAll());
}

void CsvImportDialog::reparse()
{
    const QString text = m_text->toPlainText();
    std::vector<exporting::CsvRejectedRow> rejected;
    int accepted = 0;
    m_preview->clear();
    if (m_kind == Kind::Purchases) {
        m_purchases = exporting::parsePurchaseCsv(text, m_scenario, options());
        rejected = m_purchases.rejected;
        accepted = int(m_purchases.purchases.size());
        m_preview->setColumnCount(7);
        m_preview->setHorizontalHeaderLabels({tr("Line"), tr("Month"), tr("SKU"), tr("GPUs"),
                                              tr("Install lag"), tr("GPU price"), tr("Label")});
        m_preview->setRowCount(accepted);
        for (int r = 0; r < accepted; ++r) {
            const PurchaseTranche &p = m_purchases.purchases[std::size_t(r)];
            const QStringList cells{QString::number(m_purchases.lines[std::size_t(r)]),
                                    exporting::monthText(m_scenario, p.month),
                                    QString::fromStdString(p.sku),
                                    QString::number(p.gpus),
                                    QString::number(p.installLagMonths),
                                    p.gpuPrice ? QString::number(*p.gpuPrice, 'f', 2) : QString(),
                                    QString::fromStdString(p.label)};
            for (int c = 0; c < cells.size(); ++c)
                m_preview->setItem(r, c, new QTableWidgetItem(cells[c])); // plain text items
        }
        m_ok->setEnabled(accepted > 0);
        m_summary->setText(tr("%n row(s) to import", nullptr, accepted) + QStringLiteral("; ") +
                           tr("%n row(s) rejected", nullptr, int(rejected.size())));
    } else {
        m_demand = exporting::parseDemandCsv(text, m_scenario, options());
        rejected = m_demand.rejected;
        accepted = int(m_demand.lines.size());
        m_preview->setColumnCount(2);
        m_preview->setHorizontalHeaderLabels({tr("Month"), tr("Compute hours")});
        const int rows = m_demand.complete() ? int(m_demand.series.size()) : 0;
        m_preview->setRowCount(rows);
        for (int t = 0; t < rows; ++t) {
            m_preview->setItem(t, 0, new QTableWidgetItem(exporting::monthText(m_scenario, t)));
            m_preview->setItem(
                t, 1,
                new QTableWidgetItem(QString::number(m_demand.series[std::size_t(t)], 'f', 0)));
        }
        m_ok->setEnabled(m_demand.complete() && !text.trimmed().isEmpty());
        QString summary = tr("%n value(s) read", nullptr, accepted) + QStringLiteral("; ") +
                          tr("%n row(s) rejected", nullptr, int(rejected.size()));
        if (!m_demand.complete() && !text.trimmed().isEmpty())
            summary += QStringLiteral("; ") + m_demand.problem;
        m_summary->setText(summary);
    }
    // What the text is read with, so a decimal comma read as a delimiter cannot pass unseen.
    const exporting::CsvFormat f = format();
    const QString problem = m_kind == Kind::Purchases ? m_purchases.problem : QString();
    if (!f.delimiter.isNull()) {
        m_formatInfo->setStyleSheet(QString());
        m_formatInfo->setText(tr("Read with delimiter: %1%2; decimal separator: %3%4")
                                  .arg(exporting::csvSeparatorName(f.delimiter),
                                       f.delimiterDetected ? tr(" (detected)") : QString(),
                                       exporting::csvSeparatorName(f.decimal),
                                       f.decimalAmbiguous
                                           ? tr(" (detected, but every such number could also "
                                                "have a separator between thousands: choose "
                                                "one)")
                                       : f.decimalDetected ? tr(" (detected)")
                                                           : QString()));
    }
    QString pr = m_kind == Kind::Demand && f.delimiter == f.decimal ? m_demand.problem : problem;
    if (!pr.isEmpty()) {
        m_formatInfo->setText(pr);
        m_formatInfo->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_ok->setEnabled(false);
    }
    if (!rejected.empty() && m_ok->isEnabled())
        m_ok->setText(tr("Import, skipping %1 rejected row(s)").arg(rejected.size()));
    else
        m_ok->setText(tr("Import"));
    m_preview->resizeColumnsToContents();
    m_rejected->clear();
    for (const auto &r : rejected)
        m_rejected->addItem(tr("Line %1: %2  (%3)").arg(r.line).arg(r.reason, r.text.left(120)));
}

std::optional<std::vector<PurchaseTranche>>
CsvImportDialog::importPurchases(QWidget *parent, const Scenario &scenario)
{
    CsvImportDialog dialog(Kind::Purchases, scenario, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.purchases().purchases.empty())
        return std::nullopt;
    return dialog.purchases().purchases;
}

std::optional<std::vector<double>> CsvImportDialog::importDemand(QWidget *parent,
                                                                 const Scenario &scenario)
{
    CsvImportDialog dialog(Kind::Demand, scenario, parent);
    if (dialog.exec() != QDialog::Accepted || !dialog.demand().complete())
        return std::nullopt;
    return dialog.demand().series;
}

} // namespace fleetroi
