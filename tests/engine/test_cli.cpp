// SPDX-License-Identifier: GPL-3.0-or-later
// The headless command line, run as a user would: the built `fleetroi` binary in a child
// process without a display. Output shapes are compared with the worked examples' files.
#include "Tolerance.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

namespace {

const QString kExamples = QStringLiteral(FLEETROI_TEST_DATA_DIR "/examples/");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run fleetroi(const QStringList &args, const QString &lcAll = QStringLiteral("C.UTF-8"),
             const QString &platform = QString())
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    if (!platform.isEmpty())
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    env.insert(QStringLiteral("LC_ALL"), lcAll);
    // A throwaway home: a start of the window must not touch the user's workspace.
    static QTemporaryDir home;
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(FLEETROI_APP_PATH), args);
    p.waitForFinished(60000);
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QJsonDocument readJson(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()) : QJsonDocument();
}

// As in test_worked_examples: relative 1e-9, floors 1e-12 x the series' scale and 1e-6.
fleetroi_test::Tolerance exampleTolerance(double scale)
{
    return {1e-9, std::max(1e-12 * scale, 1e-6)};
}
using fleetroi_test::withinTolerance;

// Same keys at every level, numbers within relative 1e-9 (of the array's scale near zero).
QString compareJson(const QJsonValue &got, const QJsonValue &expected, const QString &path,
                    double scale = 0.0)
{
    if (expected.isObject()) {
        if (!got.isObject())
            return path + QStringLiteral(": not an object");
        const QJsonObject g = got.toObject(), e = expected.toObject();
        if (g.keys() != e.keys())
            return path + QStringLiteral(": keys differ: ") + g.keys().join(QLatin1Char(',')) +
                   QStringLiteral(" vs ") + e.keys().join(QLatin1Char(','));
        for (const QString &k : e.keys())
            if (QString d = compareJson(g.value(k), e.value(k), path + QLatin1Char('.') + k);
                !d.isEmpty())
                return d;
        return {};
    }
    if (expected.isArray()) {
        const QJsonArray g = got.toArray(), e = expected.toArray();
        if (!got.isArray() || g.size() != e.size())
            return path + QStringLiteral(": array size differs");
        double s = 0.0;
        for (const QJsonValue &v : e)
            s = std::max(s, std::fabs(v.toDouble()));
        for (qsizetype i = 0; i < e.size(); ++i)
            if (QString d = compareJson(g[i], e[i], path + QStringLiteral("[%1]").arg(i), s);
                !d.isEmpty())
                return d;
        return {};
    }
    if (expected.isDouble()) {
        if (!got.isDouble())
            return path + QStringLiteral(": not a number");
        if (!withinTolerance(got.toDouble(), expected.toDouble(),
                             exampleTolerance(std::max(scale, std::fabs(expected.toDouble())))))
            return path + QStringLiteral(": %1 vs %2")
                              .arg(got.toDouble(), 0, 'g', 17)
                              .arg(expected.toDouble(), 0, 'g', 17);
        return {};
    }
    return got == expected ? QString() : path + QStringLiteral(": differs");
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void versionWithoutDisplay()
    {
        const Run r = fleetroi({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("FleetROI "));
        const Run h = fleetroi({QStringLiteral("--help")});
        QCOMPARE(h.exitCode, 0);
        QVERIFY(h.out.contains("compute FILE"));
    }

    void computeJson_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("hyperscaler") << QStringLiteral("hyperscaler-surplus-leasing");
        QTest::newRow("neocloud") << QStringLiteral("neocloud-h100-lessor");
        QTest::newRow("h100 peak impairment (model 1.1)")
            << QStringLiteral("hyperscaler-h100-peak-impairment");
    }

    void computeJson()
    {
        QFETCH(QString, name);
        const Run r = fleetroi({QStringLiteral("compute"),
                                kExamples + name + QStringLiteral(".fleetroi.json"),
                                QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError pe;
        const QJsonDocument got = QJsonDocument::fromJson(r.out, &pe);
        QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
        const QJsonDocument expected =
            readJson(kExamples + name + QStringLiteral(".expected.json"));
        const QString diff = compareJson(got.object(), expected.object(), QStringLiteral("$"));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void sensitivityJson_data() { computeJson_data(); }

    void sensitivityJson()
    {
        QFETCH(QString, name);
        const Run r = fleetroi({QStringLiteral("sensitivity"),
                                kExamples + name + QStringLiteral(".fleetroi.json"),
                                QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray got = QJsonDocument::fromJson(r.out).array();
        const QJsonArray expected =
            readJson(kExamples + name + QStringLiteral(".sensitivity.json")).array();
        QCOMPARE(got.size(), expected.size());
        // Drivers with equal swings (e.g. both zero) may be listed in either order.
        for (const QJsonValue &e : expected) {
            const QString driver = e.toObject().value(QStringLiteral("driver")).toString();
            bool found = false;
            for (const QJsonValue &g : got) {
                if (g.toObject().value(QStringLiteral("driver")).toString() == driver) {
                    found = true;
                    const QString diff = compareJson(g, e, driver);
                    QVERIFY2(diff.isEmpty(), qPrintable(diff));
                }
            }
            QVERIFY2(found, qPrintable(driver));
        }
    }

    // Model 1.1 on the command line. `sensitivity --of impairment`: the base equals the third
    // example's expected total impairment, and each low/high total equals `compute` on a copy
    // of the file whose curve this test scaled itself (x0.7, x1.3; relative 1e-9). The hand
    // calculation and the reference implementation check the core (test_balance_sheet).
    // `compute --format csv --table impairments` lists the expected impairments (purchase,
    // month, amount to relative 1e-9) and quotes labels with commas.
    void impairmentOutputs()
    {
        const QString name = QStringLiteral("hyperscaler-h100-peak-impairment");
        const QString file = kExamples + name + QStringLiteral(".fleetroi.json");
        const QJsonObject expected =
            readJson(kExamples + name + QStringLiteral(".expected.json")).object();
        const QJsonObject scenario = readJson(file).object();

        const Run sens =
            fleetroi({QStringLiteral("sensitivity"), file, QStringLiteral("--of"),
                      QStringLiteral("impairment"), QStringLiteral("--swing"),
                      QStringLiteral("0.3"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(sens.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(sens.out)
                                  .object()
                                  .value(QStringLiteral("impairment_sensitivity"))
                                  .toObject();
        QVERIFY(o.value(QStringLiteral("impairment_test")).toBool());
        FLEETROI_VERIFY_NEAR(o.value(QStringLiteral("base_total_impairment")).toDouble(),
                             expected.value(QStringLiteral("kpis"))
                                 .toObject()
                                 .value(QStringLiteral("total_impairment"))
                                 .toDouble(),
                             exampleTolerance(0.0));
        QTemporaryDir dir;
        auto totalWithScaled = [&](const QString &curve, double m) {
            QJsonObject sc = scenario;
            QJsonArray skus = sc.value(QStringLiteral("skus")).toArray();
            for (qsizetype k = 0; k < skus.size(); ++k) {
                QJsonObject sku = skus[k].toObject();
                QJsonObject c = sku.value(curve).toObject();
                QJsonArray pts = c.value(QStringLiteral("points")).toArray();
                for (qsizetype i = 0; i < pts.size(); ++i) {
                    QJsonArray pt = pts[i].toArray();
                    pt[1] = pt[1].toDouble() * m;
                    pts[i] = pt;
                }
                c[QStringLiteral("points")] = pts;
                sku[curve] = c;
                skus[k] = sku;
            }
            sc[QStringLiteral("skus")] = skus;
            const QString path = dir.filePath(QStringLiteral("scaled.fleetroi.json"));
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return -1.0;
            f.write(QJsonDocument(sc).toJson());
            f.close();
            const Run r = fleetroi({QStringLiteral("compute"), path, QStringLiteral("--format"),
                                    QStringLiteral("json")});
            return QJsonDocument::fromJson(r.out)
                .object()
                .value(QStringLiteral("kpis"))
                .toObject()
                .value(QStringLiteral("total_impairment"))
                .toDouble(-1.0);
        };
        const QJsonArray curves = o.value(QStringLiteral("curves")).toArray();
        QCOMPARE(curves.size(), qsizetype(2));
        const QString names[2] = {QStringLiteral("lease_price"), QStringLiteral("market_value")};
        for (qsizetype i = 0; i < 2; ++i) {
            const QJsonObject c = curves[i].toObject();
            QCOMPARE(c.value(QStringLiteral("curve")).toString(), names[i]);
            QCOMPARE(c.value(QStringLiteral("multiplier_low")).toDouble(), 0.7);
            QCOMPARE(c.value(QStringLiteral("multiplier_high")).toDouble(), 1.3);
            const double low = c.value(QStringLiteral("total_impairment_low")).toDouble();
            const double high = c.value(QStringLiteral("total_impairment_high")).toDouble();
            const double lowRef = totalWithScaled(names[i], 0.7);
            const double highRef = totalWithScaled(names[i], 1.3);
            FLEETROI_VERIFY_NEAR2(low, lowRef, exampleTolerance(0.0),
                                  names[i] + QStringLiteral(" low"));
            FLEETROI_VERIFY_NEAR2(high, highRef, exampleTolerance(0.0),
                                  names[i] + QStringLiteral(" high"));
        }
        const Run table = fleetroi({QStringLiteral("sensitivity"), file, QStringLiteral("--of"),
                                    QStringLiteral("impairment")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("market_value"));

        const Run csv = fleetroi({QStringLiteral("compute"), file, QStringLiteral("--format"),
                                  QStringLiteral("csv"), QStringLiteral("--table"),
                                  QStringLiteral("impairments")});
        QCOMPARE(csv.exitCode, 0);
        const QList<QByteArray> lines = csv.out.trimmed().split('\n');
        QCOMPARE(lines.first(), QByteArray("purchase,label,sku,gpus,purchase_month,month,amount"));
        const QJsonArray imps = expected.value(QStringLiteral("impairments")).toArray();
        QCOMPARE(lines.size() - 1, imps.size());
        const QJsonArray purchases = scenario.value(QStringLiteral("purchases")).toArray();
        for (qsizetype i = 0; i < imps.size(); ++i) {
            const QJsonObject e = imps[i].toObject();
            const int k = e.value(QStringLiteral("purchase_index")).toInt();
            const int month = e.value(QStringLiteral("month")).toInt();
            const QByteArray &line = lines[i + 1];
            QVERIFY2(line.startsWith(QByteArray(QByteArray::number(k) + ',')), line.constData());
            // The labels hold commas: quoted as one field.
            const QByteArray label =
                purchases[k].toObject().value(QStringLiteral("label")).toString().toUtf8();
            QVERIFY(label.contains(','));
            QVERIFY2(line.contains(QByteArray('"' + label + '"')), line.constData());
            const QList<QByteArray> tail = line.mid(line.lastIndexOf('"') + 1).split(',');
            // tail: "", sku, gpus, purchase_month, month, amount; the file starts in 2024-01
            QCOMPARE(tail.size(), qsizetype(6));
            QCOMPARE(tail[4], QByteArray::number(2024 + month / 12) + '-' +
                                  QByteArray::number(month % 12 + 1).rightJustified(2, '0'));
            QVERIFY(!tail[5].contains('e') && !tail[5].contains('E'));
            FLEETROI_VERIFY_NEAR(tail[5].toDouble(), e.value(QStringLiteral("amount")).toDouble(),
                                 exampleTolerance(0.0));
        }
        // A v1 scenario: the header alone; bad --table / --of values are usage errors.
        const Run none = fleetroi({QStringLiteral("compute"),
                                   kExamples + QStringLiteral("neocloud-h100-lessor.fleetroi.json"),
                                   QStringLiteral("--format"), QStringLiteral("csv"),
                                   QStringLiteral("--table"), QStringLiteral("impairments")});
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(none.out, QByteArray("purchase,label,sku,gpus,purchase_month,month,amount\n"));
        QCOMPARE(fleetroi({QStringLiteral("compute"), file, QStringLiteral("--table"),
                           QStringLiteral("impairments")})
                     .exitCode,
                 1);
        QCOMPARE(fleetroi({QStringLiteral("sensitivity"), file, QStringLiteral("--of"),
                           QStringLiteral("irr")})
                     .exitCode,
                 1);
    }

    void swingOption()
    {
        const QString file = kExamples + QStringLiteral("neocloud-h100-lessor.fleetroi.json");
        const Run wide =
            fleetroi({QStringLiteral("sensitivity"), file, QStringLiteral("--swing"),
                      QStringLiteral("0.5"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(wide.exitCode, 0);
        const Run narrow =
            fleetroi({QStringLiteral("sensitivity"), file, QStringLiteral("--swing"),
                      QStringLiteral("0.2"), QStringLiteral("--format"), QStringLiteral("json")});
        auto spread = [](const QByteArray &out) {
            const QJsonObject first = QJsonDocument::fromJson(out).array().first().toObject();
            return std::fabs(first.value(QStringLiteral("npv_high")).toDouble() -
                             first.value(QStringLiteral("npv_low")).toDouble());
        };
        QVERIFY(spread(wide.out) > spread(narrow.out) * 2.0);
        const Run bad = fleetroi({QStringLiteral("sensitivity"), file, QStringLiteral("--swing"),
                                  QStringLiteral("abc")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("--swing"));
    }

    void csvAndTable()
    {
        const QString file =
            kExamples + QStringLiteral("hyperscaler-surplus-leasing.fleetroi.json");
        const Run csv = fleetroi(
            {QStringLiteral("compute"), file, QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        const QList<QByteArray> lines = csv.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 73); // header + 72 months
        QVERIFY(lines[0].startsWith("month,capacity_hours,"));
        QCOMPARE(lines[0].split(',').size(), 30);
        QVERIFY(lines[1].startsWith("2026-01,0,"));
        QVERIFY(lines[72].startsWith("2031-12,"));
        const Run table = fleetroi({QStringLiteral("compute"), file});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("NPV at 9.00 %"));
        QVERIFY(table.out.contains("1,204,922,767 USD"));
        QVERIFY(table.out.contains("By fiscal year"));
        QVERIFY(table.out.contains("2031"));
    }

    // Files and the command line stay in the C locale whatever the user's locale.
    void cLocaleWhateverTheUserLocale()
    {
        const QString file = kExamples + QStringLiteral("neocloud-h100-lessor.fleetroi.json");
        const Run c = fleetroi(
            {QStringLiteral("compute"), file, QStringLiteral("--format"), QStringLiteral("csv")});
        const Run de = fleetroi(
            {QStringLiteral("compute"), file, QStringLiteral("--format"), QStringLiteral("csv")},
            QStringLiteral("de_DE.UTF-8"));
        QCOMPARE(de.exitCode, 0);
        QCOMPARE(de.out, c.out);
        const Run deTable =
            fleetroi({QStringLiteral("compute"), file}, QStringLiteral("de_DE.UTF-8"));
        QVERIFY(deTable.out.contains("NPV at 12.00 %"));
    }

    void validate_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("path");
        QFile tsv(kExamples + QStringLiteral("invalid/expect.tsv"));
        QVERIFY(tsv.open(QIODevice::ReadOnly));
        while (!tsv.atEnd()) {
            const QString line = QString::fromUtf8(tsv.readLine()).trimmed();
            if (line.isEmpty())
                continue;
            const QStringList parts = line.split(QLatin1Char('\t'));
            QTest::newRow(qPrintable(parts[0]))
                << parts[0] << (parts.size() > 1 ? parts[1] : QString());
        }
    }

    void validate()
    {
        QFETCH(QString, file);
        QFETCH(QString, path);
        const QString full =
            kExamples + QStringLiteral("invalid/") + file + QStringLiteral(".fleetroi.json");
        for (const QString &command : {QStringLiteral("validate"), QStringLiteral("compute")}) {
            const Run r = fleetroi({command, full});
            QCOMPARE(r.exitCode, 2);
            const QString err = QString::fromUtf8(r.err);
            // Every line is "FILE: path: message" (or "FILE: message" for the whole file).
            QVERIFY2(err.startsWith(full + QStringLiteral(": ")), qPrintable(err));
            if (!path.isEmpty())
                QVERIFY2(err.contains(full + QStringLiteral(": ") + path + QStringLiteral(": ")),
                         qPrintable(err));
        }
    }

    void validateManyAndMissing()
    {
        const Run ok =
            fleetroi({QStringLiteral("validate"),
                      kExamples + QStringLiteral("neocloud-h100-lessor.fleetroi.json"),
                      kExamples + QStringLiteral("hyperscaler-surplus-leasing.fleetroi.json")});
        QCOMPARE(ok.exitCode, 0);
        QCOMPARE(ok.out.count("valid"), 2);
        const Run mixed =
            fleetroi({QStringLiteral("validate"),
                      kExamples + QStringLiteral("neocloud-h100-lessor.fleetroi.json"),
                      QStringLiteral("/nonexistent/x.fleetroi.json")});
        QCOMPARE(mixed.exitCode, 2);
        QVERIFY(mixed.err.contains("/nonexistent/x.fleetroi.json: "));
        const Run usage = fleetroi({QStringLiteral("compute")});
        QCOMPARE(usage.exitCode, 1);
        const Run unknown =
            fleetroi({QStringLiteral("compute"),
                      kExamples + QStringLiteral("neocloud-h100-lessor.fleetroi.json"),
                      QStringLiteral("--format"), QStringLiteral("xml")});
        QCOMPARE(unknown.exitCode, 1);
    }

    // Issue #14: an unknown command or option, or the window without a display, never aborts
    // with a core dump: it says what was not understood (and the usage) or that the desktop
    // app needs a display, exit 1.
    void notUnderstoodWithoutDisplay_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("usage");
        QTest::newRow("frobnicate") << QStringList{QStringLiteral("frobnicate")} << QString()
                                    << "unknown command 'frobnicate'" << true;
        QTest::newRow("frobnicate with a file")
            << QStringList{QStringLiteral("frobnicate"), kExamples + QStringLiteral("x.json")}
            << QString() << "unknown command 'frobnicate'" << true;
        QTest::newRow("after --workspace")
            << QStringList{QStringLiteral("--workspace"), QStringLiteral("/tmp/w.sqlite"),
                           QStringLiteral("frobnicate")}
            << QString() << "unknown command 'frobnicate'" << true;
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << QString()
                                        << "unknown option '--frobnicate'" << true;
        QTest::newRow("file then unknown option")
            << QStringList{kExamples + QStringLiteral("neocloud-h100-lessor.fleetroi.json"),
                           QStringLiteral("--bogus")}
            << QString() << "unknown option '--bogus'" << true;
        QTest::newRow("window, no display")
            << QStringList{} << QString() << "the desktop app needs a display" << false;
        QTest::newRow("window with a file, no display")
            << QStringList{kExamples + QStringLiteral("neocloud-h100-lessor.fleetroi.json")}
            << QString() << "the desktop app needs a display" << false;
        QTest::newRow("xcb without DISPLAY")
            << QStringList{} << QStringLiteral("xcb") << "the desktop app needs a display" << false;
        QTest::newRow("wayland without WAYLAND_DISPLAY")
            << QStringList{} << QStringLiteral("wayland") << "the desktop app needs a display"
            << false;
    }

    void notUnderstoodWithoutDisplay()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, platform);
        QFETCH(QString, message);
        QFETCH(bool, usage);
        const Run r = fleetroi(args, QStringLiteral("C.UTF-8"), platform);
        QVERIFY2(r.exitCode == 1,
                 qPrintable(QString::number(r.exitCode) + u' ' + QString::fromUtf8(r.err)));
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QCOMPARE(r.err.contains("Usage: fleetroi"), usage);
        QVERIFY(!r.err.contains("core dumped") && !r.err.contains("could not connect"));
    }

    // `fleetroi import-csv`: rejected rows as FILE:LINE: reason with exit 2 and nothing
    // written; --skip-bad-rows imports the good rows; the encoding is never guessed.
    void importCsv()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString scenario = kExamples + QStringLiteral("neocloud-h100-lessor.fleetroi.json");
        auto write = [&dir](const char *name, const QByteArray &bytes) {
            const QString path = dir.filePath(QLatin1String(name));
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
                qFatal("cannot write %s", name);
            return path;
        };
        const QString out = dir.filePath(QStringLiteral("out.fleetroi.json"));
        const QString good = write("good.csv", "month,sku,gpus,gpu_price,label\n"
                                               "3,h100,512,23500.5,Extra\n"
                                               "2027-01,H100 SXM,256,,Q1\n");
        Run r = fleetroi({QStringLiteral("import-csv"), scenario, QStringLiteral("--purchases"),
                          good, QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonObject doc = readJson(out).object();
        QJsonArray purchases = doc.value(QLatin1String("purchases")).toArray();
        QCOMPARE(purchases.size(), 3); // the example's one plus two
        QCOMPARE(purchases[1].toObject().value(QLatin1String("gpus")).toInt(), 512);
        QCOMPARE(purchases[1].toObject().value(QLatin1String("gpu_price")).toDouble(), 23500.5);
        QCOMPARE(purchases[2].toObject().value(QLatin1String("month")).toInt(), 10); // from 2026-03
        QVERIFY(!purchases[2].toObject().contains(QLatin1String("gpu_price")));

        // Bad rows: each named, exit 2, the existing OUT untouched.
        const QByteArray before = [&out] {
            QFile f(out);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        const QString bad = write("bad.csv", "month,sku,gpus,gpu_price\n"
                                             "0,h100,8,24999,50\n"
                                             "1,h100,-500\n"
                                             "2,h100,8,1e308\n"
                                             "3,h100,16,\n");
        r = fleetroi({QStringLiteral("import-csv"), scenario, QStringLiteral("--purchases"), bad,
                      QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 2);
        for (const char *line : {":2: ", ":3: ", ":4: "})
            QVERIFY2(r.err.contains(QByteArray(bad.toUtf8() + line)), r.err.constData());
        QVERIFY(!r.err.contains(QByteArray(bad.toUtf8() + ":5: ")));
        QVERIFY(r.err.contains("gpu_price: must be a number from 0 to 1000000000"));
        QFile again(out);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), before);

        // --skip-bad-rows: the one good row only.
        const QString out2 = dir.filePath(QStringLiteral("skip.fleetroi.json"));
        r = fleetroi({QStringLiteral("import-csv"), scenario, QStringLiteral("--purchases"), bad,
                      QStringLiteral("-o"), out2, QStringLiteral("--skip-bad-rows")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.err.contains(QByteArray(bad.toUtf8() + ":2: "))); // still listed
        purchases = readJson(out2).object().value(QLatin1String("purchases")).toArray();
        QCOMPARE(purchases.size(), 2);
        QCOMPARE(purchases[1].toObject().value(QLatin1String("gpus")).toInt(), 16);

        // Windows-1252 is refused unless named; then "Zürich" arrives intact.
        const QString cp = write("cp1252.csv", "month;sku;gpus;label\n4;h100;8;Z\xFCrich\n");
        const QString out3 = dir.filePath(QStringLiteral("cp.fleetroi.json"));
        r = fleetroi({QStringLiteral("import-csv"), scenario, QStringLiteral("--purchases"), cp,
                      QStringLiteral("-o"), out3});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("Windows-1252"), r.err.constData());
        QVERIFY(!QFile::exists(out3));
        r = fleetroi({QStringLiteral("import-csv"), scenario, QStringLiteral("--purchases"), cp,
                      QStringLiteral("-o"), out3, QStringLiteral("--encoding"),
                      QStringLiteral("windows-1252")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        purchases = readJson(out3).object().value(QLatin1String("purchases")).toArray();
        QCOMPARE(purchases[1].toObject().value(QLatin1String("label")).toString(),
                 QStringLiteral("Z\u00fcrich"));

        // Demand with a chosen delimiter and decimal comma: 60 months.
        QByteArray series = "month;compute_hours\n";
        for (int t = 0; t < 60; ++t)
            series += QByteArray::number(t) + ";" + QByteArray::number(1000 + t) + ",5\n";
        const QString demand = write("demand.csv", series);
        const QString out4 = dir.filePath(QStringLiteral("demand.fleetroi.json"));
        r = fleetroi({QStringLiteral("import-csv"), scenario, QStringLiteral("--demand"), demand,
                      QStringLiteral("-o"), out4, QStringLiteral("--delimiter"),
                      QStringLiteral(";"), QStringLiteral("--decimal"), QStringLiteral(",")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray got = readJson(out4)
                                   .object()
                                   .value(QLatin1String("internal_demand"))
                                   .toObject()
                                   .value(QLatin1String("series"))
                                   .toArray();
        QCOMPARE(got.size(), 60);
        QCOMPARE(got[59].toDouble(), 1059.5);
        // The same file read with a decimal point: every row rejected, nothing written.
        const QString out5 = dir.filePath(QStringLiteral("demand5.fleetroi.json"));
        r = fleetroi({QStringLiteral("import-csv"), scenario, QStringLiteral("--demand"), demand,
                      QStringLiteral("-o"), out5, QStringLiteral("--decimal"),
                      QStringLiteral(".")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFile::exists(out5));

        // Usage errors: exit 1.
        r = fleetroi({QStringLiteral("import-csv"), scenario, QStringLiteral("-o"), out5});
        QCOMPARE(r.exitCode, 1);
        r = fleetroi({QStringLiteral("import-csv"), scenario, QStringLiteral("--purchases"), good,
                      QStringLiteral("-o"), out5, QStringLiteral("--delimiter"),
                      QStringLiteral("|")});
        QCOMPARE(r.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
