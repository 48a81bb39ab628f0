// SPDX-License-Identifier: GPL-3.0-or-later
// `fleetroi compute` (issue #16 keys), `fleetroi bridge` and `fleetroi goalseek`, run as a
// user would: the built binary in a child process without a display.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

const QString kExamples = QStringLiteral(FLEETROI_TEST_DATA_DIR "/examples/");
const QString kNeocloud = kExamples + QStringLiteral("neocloud-h100-lessor.fleetroi.json");
const QString kHyperscaler =
    kExamples + QStringLiteral("hyperscaler-surplus-leasing.fleetroi.json");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run fleetroi(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8")); // C locale regardless
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(FLEETROI_APP_PATH), args);
    p.waitForFinished(120000);
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// A copy of a scenario file with one edit made on its JSON text.
QString editedCopy(const QTemporaryDir &dir, const QString &file, const QString &name,
                   const std::function<void(QJsonObject &)> &edit)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QJsonObject o = QJsonDocument::fromJson(in.readAll()).object();
    edit(o);
    const QString path = dir.filePath(name);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(QJsonDocument(o).toJson());
    return path;
}

} // namespace

class TestAnalysisCli : public QObject
{
    Q_OBJECT
private slots:
    // leasing_value_npv against an independent run of the file with leasing disabled.
    void leasingValueKey_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("neocloud") << kNeocloud;
        QTest::newRow("hyperscaler") << kHyperscaler;
    }
    void leasingValueKey()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        const Run on = fleetroi(
            {QStringLiteral("compute"), file, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(on.exitCode, 0);
        const QJsonObject k = on.json().value(QStringLiteral("kpis")).toObject();
        for (const char *key :
             {"leasing_value_npv", "leasing_value_irr", "irr_without_leasing",
              "lease_revenue_net_of_sales", "break_even_lease_price", "break_even_lease_factor"})
            QVERIFY2(k.contains(QLatin1String(key)), key);
        const QString offFile =
            editedCopy(dir, file, QStringLiteral("off.fleetroi.json"), [](QJsonObject &o) {
                QJsonObject l = o.value(QStringLiteral("leasing")).toObject();
                l.insert(QStringLiteral("enabled"), false);
                o.insert(QStringLiteral("leasing"), l);
            });
        const Run off = fleetroi({QStringLiteral("compute"), offFile, QStringLiteral("--format"),
                                  QStringLiteral("json")});
        QCOMPARE(off.exitCode, 0);
        const double npvOn = k.value(QStringLiteral("npv")).toDouble();
        const double npvOff = off.json()
                                  .value(QStringLiteral("kpis"))
                                  .toObject()
                                  .value(QStringLiteral("npv"))
                                  .toDouble();
        const double value = k.value(QStringLiteral("leasing_value_npv")).toDouble();
        QVERIFY(std::fabs(value - (npvOn - npvOff)) <= 1e-9 * std::fabs(npvOn - npvOff));
        // One break-even price per SKU id.
        const QJsonObject prices = k.value(QStringLiteral("break_even_lease_price")).toObject();
        QVERIFY(!prices.isEmpty());
        QVERIFY(prices.contains(QStringLiteral("h100")));
    }

    void bridgeJson()
    {
        const Run r = fleetroi({QStringLiteral("bridge"), kNeocloud, kHyperscaler,
                                QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        const Run a =
            fleetroi({QStringLiteral("compute"), kNeocloud, QStringLiteral("--format=json")});
        const Run b =
            fleetroi({QStringLiteral("compute"), kHyperscaler, QStringLiteral("--format=json")});
        const double npvA = a.json()[QStringLiteral("kpis")][QStringLiteral("npv")].toDouble();
        const double npvB = b.json()[QStringLiteral("kpis")][QStringLiteral("npv")].toDouble();
        QCOMPARE(o.value(QStringLiteral("npv_a")).toDouble(), npvA);
        double sum = 0.0;
        const QJsonArray steps = o.value(QStringLiteral("steps")).toArray();
        QVERIFY(steps.size() >= 4);
        for (const QJsonValue &s : steps) {
            sum += s[QStringLiteral("npv_change")].toDouble();
            const QString label = s[QStringLiteral("step")].toString();
            QVERIFY2(!label.contains(QLatin1Char('[')) && !label.contains(QLatin1Char('_')),
                     qPrintable(label));
        }
        QVERIFY(std::fabs(sum - (npvB - npvA)) <=
                1e-6 * std::max(std::fabs(npvA), std::fabs(npvB)));
        QCOMPARE(steps.first()[QStringLiteral("step")].toString(),
                 QStringLiteral("Fleet and prices"));

        const Run table = fleetroi({QStringLiteral("bridge"), kNeocloud, kHyperscaler});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("Fleet and prices"));
        QVERIFY(table.out.contains("discount rate: 12 %/year -> 9 %/year"));
        QVERIFY(!table.out.contains("finance.discount_rate"));
    }

    void bridgeErrors()
    {
        QCOMPARE(fleetroi({QStringLiteral("bridge"), kNeocloud}).exitCode, 1);
        QCOMPARE(fleetroi({QStringLiteral("bridge"), kNeocloud, QStringLiteral("/no/such.json")})
                     .exitCode,
                 2);
    }

    // The JSON of goal seek, re-checked by computing the file with the driver scaled by hand.
    void goalSeekJson()
    {
        const Run r =
            fleetroi({QStringLiteral("goalseek"), kNeocloud, QStringLiteral("--driver"),
                      QStringLiteral("gpu_price"), QStringLiteral("--target"),
                      QStringLiteral("npv=0"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        for (const char *key : {"driver", "multiplier", "npv", "irr", "payback_month"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("driver")).toString(), QStringLiteral("gpu_price"));
        const double m = o.value(QStringLiteral("multiplier")).toDouble();
        QVERIFY(m > 0.0 && m < 1.0); // the neocloud loses money: cheaper GPUs are needed
        QTemporaryDir dir;
        const QString scaled =
            editedCopy(dir, kNeocloud, QStringLiteral("scaled.fleetroi.json"), [m](QJsonObject &o) {
                QJsonArray skus = o.value(QStringLiteral("skus")).toArray();
                QJsonObject sku = skus[0].toObject();
                sku.insert(QStringLiteral("gpu_price"),
                           sku.value(QStringLiteral("gpu_price")).toDouble() * m);
                skus[0] = sku;
                o.insert(QStringLiteral("skus"), skus);
            });
        const Run check =
            fleetroi({QStringLiteral("compute"), scaled, QStringLiteral("--format=json")});
        QCOMPARE(check.exitCode, 0);
        const QJsonObject k = check.json().value(QStringLiteral("kpis")).toObject();
        QVERIFY(std::fabs(k.value(QStringLiteral("npv")).toDouble()) <=
                1e-6 * k.value(QStringLiteral("total_capex")).toDouble());
    }

    void goalSeekUnreachableAndErrors()
    {
        const Run r = fleetroi({QStringLiteral("goalseek"), kNeocloud, QStringLiteral("--driver"),
                                QStringLiteral("discount_rate"), QStringLiteral("--target"),
                                QStringLiteral("irr=0.2"), QStringLiteral("--format=json")});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.json().value(QStringLiteral("reached")).toBool(), false);
        QVERIFY(r.err.contains("does not depend"));
        QCOMPARE(
            fleetroi({QStringLiteral("goalseek"), kNeocloud, QStringLiteral("--driver"),
                      QStringLiteral("magic"), QStringLiteral("--target"), QStringLiteral("npv=0")})
                .exitCode,
            2);
        QCOMPARE(fleetroi({QStringLiteral("goalseek"), kNeocloud, QStringLiteral("--driver"),
                           QStringLiteral("gpu_price"), QStringLiteral("--target"),
                           QStringLiteral("payback=x")})
                     .exitCode,
                 2);
        QCOMPARE(fleetroi({QStringLiteral("goalseek"), kNeocloud}).exitCode, 1);
    }

    // `workspace diff` speaks the analyst's words with units, grouped as the bridge applies
    // them (it printed JSON paths: "skus[h100].lease_price.points[2][1]: 1.8 -> 1.2"); the
    // JSON form keeps the file path of each change for scripts. Expected lines by hand from
    // the example: H100 SXM's point at month 24 (2028-01) is 1.80, the third purchase is
    // 18,432 GB200 NVL72 in month 14 (2027-03), the discount rate 9 %.
    void workspaceDiffInWords()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("w.fleetroi"));
        const QString b =
            editedCopy(dir, kHyperscaler, QStringLiteral("b.json"), [](QJsonObject &o) {
                QJsonObject fin = o[QStringLiteral("finance")].toObject();
                fin[QStringLiteral("discount_rate")] = 0.1;
                o[QStringLiteral("finance")] = fin;
                QJsonArray skus = o[QStringLiteral("skus")].toArray();
                QJsonObject h100 = skus[0].toObject();
                QJsonObject lease = h100[QStringLiteral("lease_price")].toObject();
                QJsonArray points = lease[QStringLiteral("points")].toArray();
                points[2] = QJsonArray{24, 1.2};
                lease[QStringLiteral("points")] = points;
                h100[QStringLiteral("lease_price")] = lease;
                skus[0] = h100;
                QJsonObject spare = h100;
                spare[QStringLiteral("id")] = QStringLiteral("h100b");
                spare[QStringLiteral("name")] = QStringLiteral("H100 spare");
                skus.append(spare);
                o[QStringLiteral("skus")] = skus;
                QJsonArray purchases = o[QStringLiteral("purchases")].toArray();
                purchases.removeLast();
                o[QStringLiteral("purchases")] = purchases;
            });
        QVERIFY(!b.isEmpty());
        Run r = fleetroi({QStringLiteral("--workspace"), ws, QStringLiteral("workspace"),
                          QStringLiteral("import"), kHyperscaler});
        QCOMPARE(r.exitCode, 0);
        r = fleetroi({QStringLiteral("--workspace"), ws, QStringLiteral("workspace"),
                      QStringLiteral("import"), b, QStringLiteral("--on-clash"),
                      QStringLiteral("new-revision")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString name = QStringLiteral("Hyperscaler fleet leasing its surplus");
        r = fleetroi({QStringLiteral("--workspace"), ws, QStringLiteral("workspace"),
                      QStringLiteral("diff"), name, QStringLiteral("1"), QStringLiteral("2")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString text = QString::fromUtf8(r.out);
        const QStringList expected = {
            QStringLiteral("From revision 1 to revision 2 of '%1':").arg(name),
            QStringLiteral("Fleet and prices"),
            QStringLiteral("  H100 SXM: lease price in 2028-01: 1.8 USD/GPU-h -> 1.2 USD/GPU-h"),
            QStringLiteral("  H100 spare: GPU type: added 25,000 USD per GPU"),
            QStringLiteral("  Purchase 3: purchase: removed (was 18,432 x GB200 NVL72, bought "
                           "2027-03)"),
            QStringLiteral("Finance"),
            QStringLiteral("  discount rate: 9 %/year -> 10 %/year"),
        };
        QCOMPARE(text.split(QLatin1Char('\n'), Qt::SkipEmptyParts), expected);
        QVERIFY(!text.contains(QStringLiteral("points[")));

        r = fleetroi({QStringLiteral("--workspace"), ws, QStringLiteral("workspace"),
                      QStringLiteral("diff"), name, QStringLiteral("1"), QStringLiteral("2"),
                      QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray changes = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(changes.size(), 4);
        const QJsonObject point = changes[0].toObject();
        QCOMPARE(point[QStringLiteral("path")].toString(),
                 QStringLiteral("skus[h100].lease_price.points[2]"));
        QCOMPARE(point[QStringLiteral("group")].toString(), QStringLiteral("fleet_and_prices"));
        QCOMPARE(point[QStringLiteral("from")].toString(), QStringLiteral("1.8 USD/GPU-h"));
        QCOMPARE(point[QStringLiteral("to")].toString(), QStringLiteral("1.2 USD/GPU-h"));
        QVERIFY(changes[1].toObject()[QStringLiteral("from")].isNull()); // added
        QCOMPARE(changes[3].toObject()[QStringLiteral("path")].toString(),
                 QStringLiteral("finance.discount_rate"));
    }
};

QTEST_GUILESS_MAIN(TestAnalysisCli)
#include "test_analysis_cli.moc"
