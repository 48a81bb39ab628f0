// SPDX-License-Identifier: GPL-3.0-or-later
// Numbers typed and imported through the window (issue #14): the CSV import dialog shows the
// delimiter and decimal separator it reads with and lets the analyst change them and the
// encoding (never guessed).
#include "import/CsvImportDialog.h"
#include "scenario/ScenarioReader.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace fleetroi;

namespace {
Scenario example()
{
    const auto r = readScenarioFile(FLEETROI_TEST_DATA_DIR
                                    "/examples/hyperscaler-surplus-leasing.fleetroi.json");
    if (!r.ok())
        qFatal("cannot read example");
    return *r.scenario;
}

QString formatLine(const CsvImportDialog &d)
{
    QString all;
    for (const QLabel *l : d.findChildren<QLabel *>())
        all += l->text() + u'\n';
    return all;
}
} // namespace

class TestNumberInput : public QObject
{
    Q_OBJECT

private slots:
    void csvDialogRefusesUndeclaredEncodingThenReadsTheChosenOne()
    {
        CsvImportDialog d(CsvImportDialog::Kind::Purchases, example());
        // "Zürich" as Excel on Windows writes it (0xFC).
        QVERIFY(!d.setBytes(QByteArray("month;sku;gpus;label\n3;h100;8;Z\xFCrich\n")));
        QVERIFY2(formatLine(d).contains(QLatin1String("Windows-1252")), qPrintable(formatLine(d)));
        QVERIFY(d.purchases().purchases.empty());
        d.setEncoding(exporting::CsvEncoding::Windows1252);
        QCOMPARE(d.purchases().purchases.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(d.purchases().purchases[0].label),
                 QStringLiteral("Z\u00fcrich"));
    }

    void csvDialogShowsAndChangesSeparators()
    {
        CsvImportDialog d(CsvImportDialog::Kind::Purchases, example());
        d.setText(QStringLiteral("month;sku;gpus;gpu_price\n0;h100;8;24999,50\n"));
        QCOMPARE(d.format().delimiter, QLatin1Char(';'));
        QCOMPARE(d.format().decimal, QLatin1Char(','));
        QVERIFY(d.format().decimalDetected);
        QVERIFY2(formatLine(d).contains(QLatin1String("decimal separator: comma (detected)")),
                 qPrintable(formatLine(d)));
        QCOMPARE(*d.purchases().purchases.at(0).gpuPrice, 24999.5);
        // The analyst says the decimal separator is a point: the price is rejected, not
        // read as 2499950 or 24999.
        d.setDecimal(QLatin1Char('.'));
        QVERIFY(d.purchases().purchases.empty());
        QCOMPARE(d.rejectedCount(), 1);
        // A comma file with a decimal comma price: one field too many, rejected with its line.
        d.setDecimal(QChar());
        d.setText(QStringLiteral("month,sku,gpus,gpu_price\n0,h100,8,24999,50\n"));
        QCOMPARE(d.format().delimiter, QLatin1Char(','));
        QCOMPARE(d.rejectedCount(), 1);
        QCOMPARE(d.purchases().rejected.at(0).line, 2);
        // Same delimiter and decimal separator: nothing can be read, and Import is disabled.
        d.setDelimiter(QLatin1Char(','));
        d.setDecimal(QLatin1Char(','));
        QVERIFY(formatLine(d).contains(QLatin1String("cannot also be the delimiter")));
        bool importEnabled = true;
        for (QPushButton *b : d.findChildren<QPushButton *>())
            if (b->text().startsWith(QLatin1String("Import")))
                importEnabled = b->isEnabled();
        QVERIFY(!importEnabled);
    }
};

QTEST_MAIN(TestNumberInput)
#include "test_number_input.moc"
