// SPDX-License-Identifier: GPL-3.0-or-later
// `fleetroi report` and `fleetroi export` end to end: the PDF's text (pdftotext) holds the
// scenario name, the KPIs as `fleetroi compute --format table` prints them and every
// section; fonts are embedded (pdffonts); a hostile name prints as plain text; the
// comparison report; invalid input; the time of the full hyperscaler report.
#include "ReportCli.h"

#include "engine/FleetModel.h"
#include "engine/ResultsFormat.h"
#include "scenario/ScenarioReader.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace fleetroi;

namespace {

const QString kExamples = QStringLiteral(FLEETROI_TEST_DATA_DIR "/examples/");
const QString kData = QStringLiteral(FLEETROI_REPORT_TEST_DATA "/");

QString ex(const char *file)
{
    return kExamples + QLatin1String(file);
}

QString dat(const char *file)
{
    return kData + QLatin1String(file);
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfText(const QString &pdf)
{
    // Reading order (not -layout): a wrapped table cell stays together.
    return run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
}

QString squeeze(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s+")));
    return s;
}

int pageCount(const QString &pdf)
{
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// Font lines of pdffonts (after the two header lines); each must say "yes" under "emb".
QStringList fontLines(const QString &pdf)
{
    QStringList lines =
        run(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.mid(2);
}

bool allEmbedded(const QStringList &fonts)
{
    for (const QString &line : fonts) {
        // name type encoding emb sub uni object ID: "emb" is the 3rd column from the right
        // before "sub uni"; check with a regex on the "yes/no yes/no yes/no  N  0" tail.
        const auto m = QRegularExpression(
                           QStringLiteral("(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"))
                           .match(line);
        if (!m.hasMatch() || m.captured(1) != QLatin1String("yes"))
            return false;
    }
    return !fonts.isEmpty();
}

// The NPV as `fleetroi compute --format table` prints it ("1,150,123,456 USD").
QString tableNpv(const Scenario &s)
{
    const QString table = QString::fromStdString(resultsToTable(s, computeModel(s)));
    const auto m =
        QRegularExpression(QStringLiteral("NPV at [^\\n]*?%\\s+(\\S+ \\S+)\\n")).match(table);
    return m.captured(1);
}

Scenario load(const QString &path)
{
    const auto r = readScenarioFile(path.toStdString());
    if (!r.ok())
        qFatal("cannot read %s", qPrintable(path));
    return *r.scenario;
}

// With FLEETROI_REPORT_OUTPUT_DIR set, every PDF made is also copied there (to look at).
int report(const QStringList &args)
{
    const int rc = cli::runReport(QStringList{QStringLiteral("report")} + args);
    const QString keep = qEnvironmentVariable("FLEETROI_REPORT_OUTPUT_DIR");
    const qsizetype o = args.indexOf(QStringLiteral("-o"));
    if (rc == 0 && !keep.isEmpty() && o >= 0 && o + 1 < args.size()) {
        static int n = 0;
        QFile::copy(
            args[o + 1],
            QDir(keep).filePath(
                QStringLiteral("report-%1-%2").arg(++n).arg(QFileInfo(args[o + 1]).fileName())));
    }
    return rc;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!run(QStringLiteral("pdftotext"), {QStringLiteral("-v")}).isNull() ||
                     QProcess::execute(QStringLiteral("pdftotext"), {QStringLiteral("-v")}) == 0,
                 "poppler-utils (pdftotext) is needed");
        qputenv("SOURCE_DATE_EPOCH", "1767225600"); // 2026-01-01, a fixed report date
    }

    void reportOnExamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("paper");
        QTest::newRow("hyperscaler a4") << ex("hyperscaler-surplus-leasing.fleetroi.json") << "a4";
        QTest::newRow("neocloud letter") << ex("neocloud-h100-lessor.fleetroi.json") << "letter";
    }
    void reportOnExamples()
    {
        QFETCH(QString, file);
        QFETCH(QString, paper);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("r.pdf"));
        QCOMPARE(report({file, QStringLiteral("-o"), out, QStringLiteral("--paper"), paper}), 0);
        const Scenario s = load(file);
        const QString text = pdfText(out);
        QVERIFY(!text.isEmpty());
        QVERIFY(squeeze(text).contains(squeeze(QString::fromStdString(s.name))));
        const QString npv = tableNpv(s);
        QVERIFY(!npv.isEmpty());
        QVERIFY2(text.contains(npv), qPrintable(npv));
        // Other KPIs as the table prints them.
        const QString table = QString::fromStdString(resultsToTable(s, computeModel(s)));
        for (const char *kpi : {"Total capex", "Total lease revenue", "Total net cash flow"}) {
            const auto m =
                QRegularExpression(QLatin1String(kpi) + QStringLiteral("\\s+(\\S+ \\S+)\\n"))
                    .match(table);
            QVERIFY(m.hasMatch());
            QVERIFY2(text.contains(m.captured(1)), kpi);
        }
        for (const char *section : {"Key figures",
                                    "Contents",
                                    "Executive summary",
                                    "Assumptions",
                                    "Finance",
                                    "Operations",
                                    "GPU types (SKUs)",
                                    "Purchases",
                                    "Internal demand",
                                    "Leasing",
                                    "Cash flow",
                                    "By fiscal year",
                                    "Monthly capacity and use",
                                    "Monthly revenue and costs",
                                    "Monthly profit and cash",
                                    "Depreciation by tranche",
                                    "Sensitivity",
                                    "NPV tornado",
                                    "Monte Carlo",
                                    "Appendix: provenance of assumptions",
                                    "leasing brings"})
            QVERIFY2(text.contains(QLatin1String(section)), section);
        QVERIFY(text.contains(QLatin1String("payback in month")) ||
                text.contains(QLatin1String("no payback within")));
        // The last month of the horizon is in the monthly table; header repeated per page.
        QVERIFY(text.contains(
            QString::fromStdString(monthLabel(s.startYear, s.startMonth, s.horizonMonths - 1))));
        QVERIFY(text.count(QStringLiteral("Month")) >= 6);
        const int pages = pageCount(out);
        QVERIFY2(pages >= 10, qPrintable(QString::number(pages)));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
        QVERIFY(allEmbedded(fontLines(out)));
        const QString info = run(QStringLiteral("pdfinfo"), {out});
        QVERIFY2(info.contains(paper == QLatin1String("a4")
                                   ? QStringLiteral("(A4)")
                                   : QStringLiteral("612 x 792 pts (letter)")),
                 qPrintable(info));
    }

    void germanAndChinese()
    {
        QTemporaryDir dir;
        const QString file = dat("cjk-name.fleetroi.json");
        const Scenario s = load(file);
        const QString de = dir.filePath(QStringLiteral("de.pdf"));
        QCOMPARE(report({file, QStringLiteral("-o"), de, QStringLiteral("--lang"),
                         QStringLiteral("de")}),
                 0);
        const QString deText = pdfText(de);
        // German number format of the NPV ("1.234.567 USD").
        QString npv = tableNpv(s);
        npv.replace(QLatin1Char(','), QLatin1Char('.'));
        QVERIFY2(deText.contains(npv), qPrintable(npv));
        QVERIFY(allEmbedded(fontLines(de)));

        const QString zh = dir.filePath(QStringLiteral("zh.pdf"));
        QCOMPARE(report({file, QStringLiteral("-o"), zh, QStringLiteral("--lang"),
                         QStringLiteral("zh_CN")}),
                 0);
        const QString zhText = pdfText(zh);
        QVERIFY(squeeze(zhText).contains(squeeze(QString::fromStdString(s.name))));
        const QStringList fonts = fontLines(zh);
        QVERIFY2(allEmbedded(fonts), qPrintable(fonts.join(QLatin1Char('\n'))));
        QVERIFY2(fonts.join(QLatin1Char('\n')).contains(QLatin1String("CJK")),
                 qPrintable(fonts.join(QLatin1Char('\n'))));
    }

    void hostileNamePrintsAsText()
    {
        QTemporaryDir dir;
        const QString file = dat("hostile-name.fleetroi.json");
        const Scenario s = load(file);
        const QString out = dir.filePath(QStringLiteral("h.pdf"));
        QCOMPARE(report({file, QStringLiteral("-o"), out}), 0);
        const QString text = pdfText(out);
        QVERIFY2(squeeze(text).contains(squeeze(QString::fromStdString(s.name))),
                 qPrintable(text.left(2000)));
        QVERIFY(text.contains(QLatin1String("<script>alert(1)</script>")));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pdf = f.readAll();
        for (const char *forbidden : {"/URI", "/Link", "/EmbeddedFile", "/Launch", "/JavaScript",
                                      "/Subtype /Image", "/Widget"})
            QVERIFY2(!pdf.contains(forbidden), forbidden);
        // Qt writes an /Annots array for every page: each must be empty.
        const QRegularExpression annots(QStringLiteral("/Annots (\\d+) 0 R"));
        for (auto it = annots.globalMatch(QString::fromLatin1(pdf)); it.hasNext();) {
            const QByteArray object =
                QByteArray("\n") + it.next().captured(1).toLatin1() + " 0 obj\n[ ]";
            QVERIFY2(pdf.contains(object), object.constData());
        }
    }

    void monteCarloSection()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("mc.pdf"));
        QCOMPARE(report({dat("neocloud-uncertain.fleetroi.json"), QStringLiteral("-o"), out}), 0);
        const QString text = pdfText(out);
#ifdef FLEETROI_REPORT_HAS_MONTECARLO
        QVERIFY(text.contains(QLatin1String("NPV distribution")));
        QVERIFY(text.contains(QLatin1String("Probability of NPV < 0")));
#endif
        QVERIFY(text.contains(QLatin1String("Monte Carlo")));
    }

    void comparison()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("c.pdf"));
        const QString a = ex("hyperscaler-surplus-leasing.fleetroi.json");
        const QString b = ex("neocloud-h100-lessor.fleetroi.json");
        QCOMPARE(report({QStringLiteral("--compare"), a, b, dat("hostile-name.fleetroi.json"),
                         QStringLiteral("-o"), out}),
                 0);
        const QString text = squeeze(pdfText(out));
        for (const QString &f : QStringList{a, b, dat("hostile-name.fleetroi.json")}) {
            const Scenario s = load(f);
            QVERIFY(text.contains(squeeze(QString::fromStdString(s.name))));
            QVERIFY(text.contains(squeeze(tableNpv(s))));
        }
        QVERIFY(allEmbedded(fontLines(out)));
        QCOMPARE(report({QStringLiteral("--compare"), a, QStringLiteral("-o"), out}), 1);
    }

    void invalidInput()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("x.pdf"));
        const QDir invalid(ex("invalid"));
        const QStringList files = invalid.entryList({QStringLiteral("*.json")}, QDir::Files);
        QVERIFY(!files.isEmpty());
        QCOMPARE(report({invalid.filePath(files.front()), QStringLiteral("-o"), out}), 2);
        QVERIFY(!QFile::exists(out));
        QCOMPARE(report({ex("neocloud-h100-lessor.fleetroi.json")}), 1); // no -o
        QCOMPARE(report({ex("neocloud-h100-lessor.fleetroi.json"), QStringLiteral("-o"), out,
                         QStringLiteral("--paper"), QStringLiteral("a3")}),
                 1);
        QCOMPARE(cli::runExport({QStringLiteral("export"), invalid.filePath(files.front()),
                                 QStringLiteral("--csv"), dir.filePath(QStringLiteral("x.csv"))}),
                 2);
    }

    void exportCommand()
    {
        QTemporaryDir dir;
        const QString file = ex("neocloud-h100-lessor.fleetroi.json");
        const QString xlsx = dir.filePath(QStringLiteral("o.xlsx"));
        const QString csv = dir.filePath(QStringLiteral("o.csv"));
        QCOMPARE(cli::runExport({QStringLiteral("export"), file, QStringLiteral("--xlsx"), xlsx,
                                 QStringLiteral("--csv"), csv}),
                 0);
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        QCOMPARE(c.readAll(),
                 QByteArray::fromStdString(monthlyToCsv(computeModel(load(file)).monthly)));
        QVERIFY(QFileInfo(xlsx).size() > 1000);
    }

    void speedOfTheHyperscalerReport()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("speed.pdf"));
        const QString file = ex("hyperscaler-surplus-leasing.fleetroi.json");
        QCOMPARE(report({file, QStringLiteral("-o"), out}), 0); // warm up fonts and caches
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(report({file, QStringLiteral("-o"), out}), 0);
        const qint64 ms = timer.elapsed();
        qInfo("full hyperscaler report (read, model, tornado, %d pages): %lld ms", pageCount(out),
              ms);
        QVERIFY2(ms < 2000, qPrintable(QString::number(ms)));
    }
};

QTEST_MAIN(TestReport)
#include "test_report.moc"
