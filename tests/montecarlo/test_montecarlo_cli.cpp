// SPDX-License-Identifier: GPL-3.0-or-later
// `fleetroi montecarlo`: JSON keys, overrides, thread-count independence of the output,
// refusals with exit 2 and "FILE: path: message" lines, usage errors.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run fleetroi(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8")); // decimal comma locale
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(FLEETROI_APP_PATH), args);
    p.waitForFinished(120000);
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString data(const char *relative)
{
    return QStringLiteral(FLEETROI_TEST_DATA_DIR "/") + QLatin1String(relative);
}

} // namespace

class TestMonteCarloCli : public QObject
{
    Q_OBJECT

private slots:
    void jsonHasTheDocumentedKeys()
    {
        const Run r =
            fleetroi({QStringLiteral("montecarlo"), data("montecarlo/correlated.fleetroi.json"),
                      QStringLiteral("--paths"), QStringLiteral("3000"), QStringLiteral("--seed=5"),
                      QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--format"),
                      QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty()); // no progress when stderr is not a terminal
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(doc.isObject(), qPrintable(error.errorString()));
        const QJsonObject o = doc.object();
        for (const char *key : {"paths", "mean", "sd", "p5", "p10", "p50", "p90", "p95",
                                "prob_negative", "histogram", "fan", "drivers"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QLatin1String("paths")).toInt(), 3000);
        const QJsonObject h = o.value(QLatin1String("histogram")).toObject();
        QCOMPARE(h.value(QLatin1String("edges")).toArray().size(), 51);
        QCOMPARE(h.value(QLatin1String("counts")).toArray().size(), 50);
        const QJsonObject fan = o.value(QLatin1String("fan")).toObject();
        for (const char *key : {"p10", "p50", "p90"})
            QCOMPARE(fan.value(QLatin1String(key)).toArray().size(), 72);
        const QJsonArray drivers = o.value(QLatin1String("drivers")).toArray();
        QCOMPARE(drivers.size(), 10);
        QVERIFY(drivers[0].toObject().contains(QLatin1String("driver")));
        QVERIFY(drivers[0].toObject().contains(QLatin1String("rank_correlation")));

        // The same bytes with two threads.
        const Run two =
            fleetroi({QStringLiteral("montecarlo"), data("montecarlo/correlated.fleetroi.json"),
                      QStringLiteral("--paths=3000"), QStringLiteral("--seed=5"),
                      QStringLiteral("--threads=2"), QStringLiteral("--format=json")});
        QCOMPARE(two.exitCode, 0);
        QCOMPARE(two.out, r.out);
    }

    void tableIsTheDefault()
    {
        const Run r =
            fleetroi({QStringLiteral("montecarlo"), data("montecarlo/degenerate.fleetroi.json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("2000 paths"));
        QVERIFY(r.out.contains("Probability NPV < 0"));
        QVERIFY(r.out.contains("1,204,922,767")); // the deterministic NPV, in the C locale
    }

    void refusals()
    {
        const QString plain = data("examples/neocloud-h100-lessor.fleetroi.json");
        Run r = fleetroi({QStringLiteral("montecarlo"), plain});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QByteArray(plain.toUtf8() + ": uncertainty: ")),
                 r.err.constData());

        const QString bad = data("montecarlo/not-positive-definite.fleetroi.json");
        r = fleetroi({QStringLiteral("montecarlo"), bad});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QByteArray(bad.toUtf8() + ": uncertainty.correlations: ")),
                 r.err.constData());
        QVERIFY(r.err.contains("lease_price / cloud_price"));

        const QString invalid = data("examples/invalid/negative-gpus.fleetroi.json");
        r = fleetroi({QStringLiteral("montecarlo"), invalid});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith(QByteArray(invalid.toUtf8() + ": ")));

        r = fleetroi({QStringLiteral("montecarlo"), data("montecarlo/correlated.fleetroi.json"),
                      QStringLiteral("--paths"), QStringLiteral("0")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--paths"));
        r = fleetroi({QStringLiteral("montecarlo"), data("montecarlo/correlated.fleetroi.json"),
                      QStringLiteral("--threads"), QStringLiteral("many")});
        QCOMPARE(r.exitCode, 2);
        r = fleetroi({QStringLiteral("montecarlo"), data("montecarlo/correlated.fleetroi.json"),
                      QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(r.exitCode, 1);
        r = fleetroi({QStringLiteral("montecarlo")});
        QCOMPARE(r.exitCode, 1);
        r = fleetroi({QStringLiteral("montecarlo"), data("montecarlo/correlated.fleetroi.json"),
                      QStringLiteral("--bogus")});
        QCOMPARE(r.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestMonteCarloCli)
#include "test_montecarlo_cli.moc"
