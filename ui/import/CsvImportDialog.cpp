// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/CsvImportDialog.h"

#include "export/ExportData.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
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
                 "gpu_price, label. Numbers with a decimal point, no thousands separators.")
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
    connect(m_text, &QPlainTextEdit::textChanged, this, &CsvImportDialog::reparse);

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

int CsvImportDialog::rejectedCount() const
{
    return int(m_kind == Kind::Purchases ? m_purchases.rejected.size() : m_demand.rejected.size());
}

void CsvImportDialog::loadFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, windowTitle(), QString(), tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
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
    setText(QString::fromUtf8(f.readAll()));
}

void CsvImportDialog::reparse()
{
    const QString text = m_text->toPlainText();
    std::vector<exporting::CsvRejectedRow> rejected;
    int accepted = 0;
    m_preview->clear();
    if (m_kind == Kind::Purchases) {
        m_purchases = exporting::parsePurchaseCsv(text, m_scenario);
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
        m_demand = exporting::parseDemandCsv(text, m_scenario);
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
