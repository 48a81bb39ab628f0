// SPDX-License-Identifier: GPL-3.0-or-later
// Numbers typed and imported through the window (issue #14): form fields and table cells are
// plain line edits read in the user's locale and refused with a message (old value kept)
// when out of range, malformed or unclear; the CSV import dialog shows the delimiter and
// decimal separator it reads with and lets the analyst change them and the encoding (never
// guessed).
#include "DisplayFormat.h"
#include "FieldDelegate.h"
#include "FieldEditor.h"
#include "PriceCurveEditor.h"
#include "ScenarioDocument.h"
#include "ScenarioTableModel.h"
#include "StrictSpinBox.h"
#include "import/CsvImportDialog.h"
#include "scenario/ScenarioReader.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyleOptionViewItem>
#include <QTest>
#include <QUndoStack>

#include <memory>

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

    std::unique_ptr<ScenarioDocument> openGerman()
    {
        DisplayFormat::setLocale(QLocale(QStringLiteral("de_DE")));
        QStringList errors;
        return std::unique_ptr<ScenarioDocument>(ScenarioDocument::openFile(
            QStringLiteral(FLEETROI_TEST_DATA_DIR
                           "/examples/hyperscaler-surplus-leasing.fleetroi.json"),
            &errors));
    }

    static void type(QLineEdit *l, const QString &text)
    {
        l->setFocus();
        l->setText(text);
        l->setModified(true);
        emit l->editingFinished();
    }

private slots:
    void cleanup() { DisplayFormat::setLocale(QLocale::c()); }

    // A form field: "38.000" typed by a German analyst is 38000; "-500" and "1e308" are
    // refused with the field, range and unit under the editor, and the old value stays.
    void formFieldReadsTheLocaleAndRefuses()
    {
        auto doc = openGerman();
        QVERIFY(doc);
        FieldEditor e(doc.get(), QStringLiteral("operations.staff_cost_per_month"));
        auto *line = qobject_cast<QLineEdit *>(e.editor());
        QVERIFY2(line, "a line edit, not a spin box");
        type(line, QStringLiteral("38.000"));
        QCOMPARE(doc->scenario().operations.staffCostPerMonth, 38000.0);
        QVERIFY(e.refusal().isEmpty());
        const int steps = doc->undoStack()->count();
        for (const char *bad : {"-500", "1e308", "38.5"}) {
            type(line, QString::fromLatin1(bad));
            QCOMPARE(doc->scenario().operations.staffCostPerMonth, 38000.0);
            QVERIFY2(e.refusal().contains(QLatin1String("Staff cost")), qPrintable(e.refusal()));
            QCOMPARE(e.errorLabel()->text(), e.refusal());
            QCOMPARE(line->text(), QStringLiteral("38000")); // the old value shown again
        }
        QVERIFY(e.refusal().contains(QLatin1String("1.000.000.000.000")));
        QCOMPARE(doc->undoStack()->count(), steps);
        // Months: 9999 is refused, not cut to 99.
        FieldEditor h(doc.get(), QStringLiteral("horizon_months"));
        auto *hl = qobject_cast<QLineEdit *>(h.editor());
        QVERIFY(hl);
        const int horizon = doc->scenario().horizonMonths;
        type(hl, QStringLiteral("9999"));
        QCOMPARE(doc->scenario().horizonMonths, horizon);
        QVERIFY(h.refusal().contains(QLatin1String("1 bis 240")) ||
                h.refusal().contains(QLatin1String("1 to 240")));
    }

    // A table cell: the delegate's editor is a line edit, the model reads what is typed.
    void tableCellReadsTheLocaleAndRefuses()
    {
        auto doc = openGerman();
        QVERIFY(doc);
        SkuTableModel model(doc.get());
        FieldDelegate delegate;
        QWidget parent;
        const QModelIndex price = model.index(0, model.columnOfKey(QStringLiteral("gpu_price")));
        const QModelIndex life =
            model.index(0, model.columnOfKey(QStringLiteral("useful_life_months")));
        for (const QModelIndex &i : {price, life}) {
            QWidget *editor = delegate.createEditor(&parent, QStyleOptionViewItem(), i);
            QVERIFY(qobject_cast<QLineEdit *>(editor));
            QVERIFY(!qobject_cast<QAbstractSpinBox *>(editor));
        }
        auto *e = qobject_cast<QLineEdit *>(
            delegate.createEditor(&parent, QStyleOptionViewItem(), price));
        delegate.setEditorData(e, price);
        QCOMPARE(e->text(), QLocale(QStringLiteral("de_DE"))
                                .toString(doc->scenario().skus[0].gpuPrice, 'f', 0)
                                .remove(QLatin1Char('.')));
        const double old = doc->scenario().skus[0].gpuPrice;
        for (const char *bad : {"1e308", "-500"}) {
            e->setText(QString::fromLatin1(bad));
            delegate.setModelData(e, &model, price);
            QCOMPARE(doc->scenario().skus[0].gpuPrice, old);
            QVERIFY(model.lastRefusal().contains(QLatin1String("GPU")));
        }
        e->setText(QStringLiteral("24.999,5"));
        delegate.setModelData(e, &model, price);
        QCOMPARE(doc->scenario().skus[0].gpuPrice, 24999.5);
        auto *m =
            qobject_cast<QLineEdit *>(delegate.createEditor(&parent, QStyleOptionViewItem(), life));
        const int oldLife = doc->scenario().skus[0].usefulLifeMonths;
        m->setText(QStringLiteral("9999"));
        delegate.setModelData(m, &model, life);
        QCOMPARE(doc->scenario().skus[0].usefulLifeMonths, oldLife);
        m->setText(QStringLiteral("120"));
        delegate.setModelData(m, &model, life);
        QCOMPARE(doc->scenario().skus[0].usefulLifeMonths, 120);
    }

    // The remaining spin boxes (Monte Carlo paths, seed, threads; sensitivity swing) keep
    // what is typed: 20000000 paths is refused with a message, not cut to 2,000,000.
    void spinBoxesKeepTypedNumbers()
    {
        StrictSpinBox paths;
        paths.setRange(1, 10'000'000);
        paths.setValue(10000);
        paths.setFieldName(QStringLiteral("Paths"));
        paths.show();
        QSignalSpy refused(&paths, &StrictSpinBox::refused);
        auto *line = paths.findChild<QLineEdit *>();
        QVERIFY(line);
        line->selectAll();
        QTest::keyClicks(&paths, QStringLiteral("20000000"));
        QCOMPARE(line->text(), QStringLiteral("20000000"));
        QTest::keyClick(&paths, Qt::Key_Return);
        QCOMPARE(paths.value(), 10000);
        QCOMPARE(refused.count(), 1);
        QVERIFY2(paths.refusal().contains(QLatin1String("Paths")) &&
                     paths.refusal().contains(QLatin1String("from 1 to 10")),
                 qPrintable(paths.refusal()));
        line->selectAll();
        QTest::keyClicks(&paths, QStringLiteral("20000"));
        QTest::keyClick(&paths, Qt::Key_Return);
        QCOMPARE(paths.value(), 20000);

        StrictDoubleSpinBox swing;
        swing.setRange(1, 90);
        swing.setDecimals(0);
        swing.setValue(20);
        swing.setSuffix(QStringLiteral(" %"));
        swing.show();
        auto *sl = swing.findChild<QLineEdit *>();
        for (const char *typed : {"95", "1e308", "-5"}) {
            sl->selectAll();
            QTest::keyClicks(&swing, QString::fromLatin1(typed));
            QTest::keyClick(&swing, Qt::Key_Return);
            QCOMPARE(swing.value(), 20.0);
            QVERIFY2(swing.refusal().contains(QString::fromLatin1(typed)),
                     qPrintable(swing.refusal()));
        }
    }

    // Price curve numbers: a negative start price is refused, with the rule, old value kept.
    void priceCurveRefuses()
    {
        auto doc = openGerman();
        QVERIFY(doc);
        PriceCurveEditor editor(doc.get(), true);
        editor.setSkuRow(1); // 4.50 per GPU-hour, -20 % a year
        const PriceCurve before = doc->scenario().skus[1].leasePrice;
        QCOMPARE(int(before.kind), int(PriceCurve::Kind::Growth));
        QList<QLineEdit *> edits;
        for (QLineEdit *l : editor.findChildren<QLineEdit *>())
            if (l->text() == QLatin1String("4,5"))
                edits << l;
        QCOMPARE(edits.size(), 1);
        type(edits[0], QStringLiteral("-1"));
        QVERIFY(doc->scenario().skus[1].leasePrice == before);
        bool shown = false;
        for (const QLabel *l : editor.findChildren<QLabel *>())
            shown = shown || l->text().contains(QLatin1String("1.000.000"));
        QVERIFY(shown);
        type(edits[0], QStringLiteral("2,75"));
        QCOMPARE(doc->scenario().skus[1].leasePrice.start, 2.75);
    }

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
