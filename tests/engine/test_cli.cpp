// SPDX-License-Identifier: GPL-3.0-or-later
// The headless command line, run as a user would: the built `fleetroi` binary in a child
// process without a display. Output shapes are compared with the worked examples' files.
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

Run fleetroi(const QStringList &args, const QString &lcAll = QStringLiteral("C.UTF-8"))
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("LC_ALL"), lcAll);
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
bool close(double got, double expected, double scale)
{
    return std::fabs(got - expected) <= std::max({1e-9 * std::fabs(expected), 1e-12 * scale, 1e-6});
}

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
        if (!close(got.toDouble(), expected.toDouble(),
                   std::max(scale, std::fabs(expected.toDouble()))))
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
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
