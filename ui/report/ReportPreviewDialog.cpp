// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportPreviewDialog.h"

#include "AtomicFileWriter.h"
#include "FileDialogs.h"
#include "report/ReportBuilder.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace fleetroi {
namespace report {

ReportPreviewDialog::ReportPreviewDialog(const ReportScenario &scenario,
                                         const ReportOptions &options, QWidget *parent)
    : QDialog(parent)
    , m_scenario(scenario)
    , m_options(options)
    , m_printer(new QPrinter(QPrinter::HighResolution))
{
    setWindowTitle(
        tr("Export report: %1").arg(QString::fromStdString(scenario.data.scenario.name)));
    setUpPage(m_printer, m_options.paper);
    m_preview = new QPrintPreviewWidget(m_printer, this);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this,
            &ReportPreviewDialog::paintPreview);

    m_paper = new QComboBox(this);
    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->addItem(tr("US Letter"), int(QPageSize::Letter));
    m_paper->setCurrentIndex(m_options.paper == QPageSize::Letter ? 1 : 0);
    connect(m_paper, &QComboBox::currentIndexChanged, this, [this] {
        m_options.paper = QPageSize::PageSizeId(m_paper->currentData().toInt());
        setUpPage(m_printer, m_options.paper);
        m_preview->updatePreview();
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = buttons->addButton(tr("Save PDF\u2026"), QDialogButtonBox::AcceptRole);
    QPushButton *printButton = buttons->addButton(tr("Print\u2026"), QDialogButtonBox::ActionRole);
    save->setDefault(true);
    connect(save, &QPushButton::clicked, this, &ReportPreviewDialog::saveAs);
    connect(printButton, &QPushButton::clicked, this, &ReportPreviewDialog::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Paper:"), this));
    top->addWidget(m_paper);
    top->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    resize(900, 1000);
}

ReportPreviewDialog::~ReportPreviewDialog()
{
    delete m_printer;
}

void ReportPreviewDialog::paintPreview(QPrinter *printer)
{
    ReportBuilder builder(m_scenario, m_options);
    if (!builder.paint(printer))
        QMessageBox::warning(this, windowTitle(), builder.errorString());
}

bool ReportPreviewDialog::savePdf(const QString &path, QString *error)
{
    ReportBuilder builder(m_scenario, m_options);
    const QByteArray pdf = builder.renderPdf();
    if (pdf.isEmpty()) {
        if (error)
            *error = builder.errorString();
        return false;
    }
    const StorageStatus st = AtomicFileWriter::writeFile(path, pdf);
    if (!st.ok() && error)
        *error = st.message;
    return st.ok();
}

void ReportPreviewDialog::saveAs()
{
    QString name = QString::fromStdString(m_scenario.data.scenario.name);
    // A file name from the scenario name: no path separators or other awkward characters.
    name.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]+")), QStringLiteral("_"));
    const QString path = fileDialogs::saveFileName(
        this, tr("Save report"), name.left(80) + QStringLiteral(".pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!savePdf(path, &error)) {
        QMessageBox::warning(this, tr("Save report"), error);
        return;
    }
    accept();
}

void ReportPreviewDialog::print()
{
    QPrintDialog dialog(m_printer, this);
    if (dialog.exec() == QDialog::Accepted)
        paintPreview(m_printer);
}

} // namespace report
} // namespace fleetroi
