// SPDX-License-Identifier: GPL-3.0-or-later
// ScenarioDocument's additions for issue #16: the Monte Carlo set-up (`uncertainty` block)
// edited through undoable commands and saved (file writer/reader and workspace round trips),
// the correlation check wired to the core's checkCorrelations, the critics' case preset, and
// purchases pasted from a spreadsheet as one undo step with refused rows named by line.
#include "ExampleDocuments.h"
#include "ScenarioDocument.h"
#include "UncertaintyPresets.h"
#include "Workspace.h"
#include "export/CsvImport.h"
#include "montecarlo/MonteCarloSampler.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace fleetroi;

namespace {
std::unique_ptr<ScenarioDocument> openExample()
{
    return fleetroi_test::openExampleDocument();
}

DriverDistribution tri(const char *driver, double a, double b, double c)
{
    DriverDistribution d;
    d.driver = driver;
    d.kind = DriverDistribution::Kind::Triangular;
    d.a = a;
    d.b = b;
    d.c = c;
    return d;
}
} // namespace

class TestUncertaintyAndPaste : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void uncertaintyEditsUndoAndRedo()
    {
        auto doc = openExample();
        QVERIFY(doc);
        QVERIFY(!doc->scenario().uncertainty); // the example has no set-up
        Uncertainty u;
        u.paths = 2000;
        u.seed = 42;
        u.drivers = {tri("lease_price", 0.7, 0.9, 1.1)};
        QVERIFY(doc->setUncertainty(u, QStringLiteral("Make lease price uncertain")));
        QCOMPARE(doc->undoStack()->count(), 1);
        QVERIFY(doc->scenario().uncertainty == u);
        QVERIFY(doc->isValid());

        // Continuous edits of one key merge into one step; a different key is its own step.
        Uncertainty v = u;
        v.drivers[0].c = 1.2;
        const QString key = QStringLiteral("uncertainty.drivers.lease_price");
        doc->setUncertainty(v, QStringLiteral("c 1.2"), ScenarioDocument::Edit::Continuous, key);
        v.drivers[0].c = 1.3;
        doc->setUncertainty(v, QStringLiteral("c 1.3"), ScenarioDocument::Edit::Continuous, key);
        QCOMPARE(doc->undoStack()->count(), 2);
        Uncertainty w = v;
        w.paths = 5000;
        doc->setUncertainty(w, QStringLiteral("paths"), ScenarioDocument::Edit::Continuous,
                            QStringLiteral("uncertainty.paths"));
        QCOMPARE(doc->undoStack()->count(), 3);
        // Setting the same value makes no command.
        QVERIFY(doc->setUncertainty(w, QStringLiteral("same")));
        QCOMPARE(doc->undoStack()->count(), 3);

        doc->undoStack()->undo();
        QVERIFY(doc->scenario().uncertainty == v);
        doc->undoStack()->undo();
        QVERIFY(doc->scenario().uncertainty == u); // both merged steps undone at once
        doc->undoStack()->undo();
        QVERIFY(!doc->scenario().uncertainty);
        QVERIFY(!doc->isModified());
        doc->undoStack()->redo();
        doc->undoStack()->redo();
        doc->undoStack()->redo();
        QVERIFY(doc->scenario().uncertainty == w);

        // Removing the block is one step too.
        QVERIFY(doc->setUncertainty(std::nullopt, QStringLiteral("remove")));
        QVERIFY(!doc->scenario().uncertainty);
        doc->undoStack()->undo();
        QVERIFY(doc->scenario().uncertainty == w);
    }

    void criticsCaseIsOneStepAndKeepsPathsAndSeed()
    {
        auto doc = openExample();
        Uncertainty u;
        u.paths = 1234;
        u.seed = 99;
        u.drivers = {tri("gpu_price", 0.9, 1.0, 1.1)};
        doc->setUncertainty(u, QStringLiteral("set-up"));
        const int before = doc->undoStack()->count();
        QVERIFY(doc->applyCriticsCase());
        QCOMPARE(doc->undoStack()->count(), before + 1);
        const Uncertainty &c = *doc->scenario().uncertainty;
        QCOMPARE(c.paths, std::int64_t(1234));
        QCOMPARE(c.seed, std::uint64_t(99));
        // Every driver skewed against the plan: the scenario as entered (1.0) is at or above
        // the mode and never below the minimum.
        QCOMPARE(int(c.drivers.size()), 4);
        for (const DriverDistribution &d : c.drivers) {
            QCOMPARE(d.kind, DriverDistribution::Kind::Triangular);
            QVERIFY2(d.b < 1.0 && d.a < d.b && d.c >= 1.0 && d.c <= 1.05, d.driver.c_str());
        }
        const auto find = [&](const char *name) {
            for (const DriverDistribution &d : c.drivers)
                if (d.driver == name)
                    return d;
            return DriverDistribution{};
        };
        // Shorter life: 0.55 x the example's 66 months is about 36 months (3 years).
        QVERIFY(find("useful_life").a * 66 <= 36.0);
        QVERIFY(find("lease_price").b <= 0.75);   // steeper lease-price decline
        QVERIFY(find("internal_demand").b < 1.0); // lower utilization
        QVERIFY(find("sellable_fraction").b < 1.0);
        QVERIFY(doc->isValid());
        QVERIFY(doc->correlationProblems().isEmpty());
        doc->undoStack()->undo();
        QVERIFY(doc->scenario().uncertainty == u);
        // Without a block the preset starts from the format's defaults.
        auto fresh = openExample();
        QVERIFY(fresh->applyCriticsCase());
        QCOMPARE(fresh->scenario().uncertainty->paths, std::int64_t(10000));
        QCOMPARE(fresh->scenario().uncertainty->seed, std::uint64_t(1));
    }

    void uncertaintyRoundTripsThroughFileAndWorkspace()
    {
        auto doc = openExample();
        Uncertainty u = UncertaintyPresets::criticsCase(std::nullopt);
        u.paths = 777;
        u.seed = 9007199254740992ULL; // 2^53, the largest seed the format allows
        DriverDistribution n;
        n.driver = "electricity_price";
        n.kind = DriverDistribution::Kind::Normal;
        n.a = 1.05;
        n.b = 0.123456789012345;
        u.drivers.push_back(n);
        DriverDistribution un;
        un.driver = "gpu_price";
        un.kind = DriverDistribution::Kind::Uniform;
        un.a = 0.85;
        un.b = 1.1;
        u.drivers.push_back(un);
        u.correlations.push_back({"electricity_price", "internal_demand", -0.25});
        QVERIFY(doc->setUncertainty(u, QStringLiteral("set-up")));
        QVERIFY(doc->isValid());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("risk.fleetroi.json"));
        QString error;
        QVERIFY2(doc->saveFile(path, &error), qPrintable(error));
        QStringList errors;
        std::unique_ptr<ScenarioDocument> back(ScenarioDocument::openFile(path, &errors));
        QVERIFY2(back, qPrintable(errors.join(u'\n')));
        QVERIFY(back->scenario().uncertainty.has_value());
        // The uniform's unused third parameter is not in the file: compare what is.
        Uncertainty read = *back->scenario().uncertainty;
        QCOMPARE(read.paths, u.paths);
        QCOMPARE(read.seed, u.seed);
        QCOMPARE(read.drivers.size(), u.drivers.size());
        for (std::size_t i = 0; i < u.drivers.size(); ++i) {
            QCOMPARE(read.drivers[i].driver, u.drivers[i].driver);
            QCOMPARE(read.drivers[i].kind, u.drivers[i].kind);
            QCOMPARE(read.drivers[i].a, u.drivers[i].a); // bit-identical doubles
            QCOMPARE(read.drivers[i].b, u.drivers[i].b);
            if (u.drivers[i].kind == DriverDistribution::Kind::Triangular)
                QCOMPARE(read.drivers[i].c, u.drivers[i].c);
        }
        QVERIFY(read.correlations == u.correlations);

        Workspace ws;
        QVERIFY(ws.open(dir.filePath(QStringLiteral("ws.sqlite"))).ok());
        const SaveResult saved =
            ws.createScenario(QStringLiteral("risk"), doc->scenario(), QStringLiteral("set-up"));
        QVERIFY2(saved.ok(), qPrintable(saved.status.message));
        const auto rev = ws.openRevision(saved.scenarioId);
        QVERIFY(rev.ok());
        QVERIFY(rev.value->scenario.uncertainty.has_value());
        QCOMPARE(rev.value->scenario.uncertainty->seed, u.seed);
        QVERIFY(rev.value->scenario.uncertainty->correlations == u.correlations);
        QCOMPARE(rev.value->scenario.uncertainty->drivers.size(), u.drivers.size());
        QCOMPARE(rev.value->scenario.uncertainty->drivers[4].b, n.b);
    }

    void correlationCheckIsTheCoresCheck()
    {
        auto doc = openExample();
        Uncertainty u;
        u.drivers = {tri("lease_price", 0.8, 1, 1.2), tri("cloud_price", 0.8, 1, 1.2),
                     tri("internal_demand", 0.8, 1, 1.2), tri("gpu_price", 0.8, 1, 1.2)};
        // Consistent: a 2 x 2 block with |rho| < 1.
        u.correlations = {{"lease_price", "cloud_price", 0.6}};
        QVERIFY(ScenarioDocument::correlationProblems(u).isEmpty());
        // Impossible (SCENARIO_FORMAT.md's example): 0.9, 0.9 and -0.9 around a triangle.
        // By hand: v = (1, -1, -1) gives v'Mv = 3 + 2 (-0.9 - 0.9 - 0.9) = -2.4 < 0 for
        // M = [[1, .9, .9], [.9, 1, -.9], [.9, -.9, 1]], so M is not positive semidefinite.
        u.correlations = {{"lease_price", "cloud_price", 0.9},
                          {"lease_price", "internal_demand", 0.9},
                          {"cloud_price", "internal_demand", -0.9}};
        const QStringList problems = ScenarioDocument::correlationProblems(u);
        QCOMPARE(problems.size(), 1);
        // The same words as the core's check, naming every pair of the group and no other.
        const auto core = checkCorrelations(u);
        QCOMPARE(std::size_t(problems.size()), core.size());
        QCOMPARE(problems.front(), QString::fromStdString(core.front().message));
        for (const char *name : {"lease_price", "cloud_price", "internal_demand"})
            QVERIFY2(problems.front().contains(QLatin1String(name)), name);
        QVERIFY(!problems.front().contains(QStringLiteral("gpu_price")));
        // Through the document: the scenario's block.
        QVERIFY(doc->correlationProblems().isEmpty());
        QVERIFY(doc->setUncertainty(u, QStringLiteral("inconsistent")));
        QCOMPARE(doc->correlationProblems(), problems);
        doc->undoStack()->undo();
        QVERIFY(doc->correlationProblems().isEmpty());
    }

    void pastedPurchasesAreOneUndoStep()
    {
        auto doc = openExample();
        const Scenario &s = doc->scenario();
        const std::size_t before = s.purchases.size();
        const int steps = doc->undoStack()->count();
        // As Excel puts cells on the clipboard: tabs, CRLF, a header row. Line 3 has a bad GPU
        // count, line 5 an unknown SKU; lines 2 and 4 are good (one by id and a YYYY-MM
        // month, one by SKU name with a price override).
        const QString sku0 = QString::fromStdString(s.skus[0].id);
        const QString name1 = QString::fromStdString(s.skus[1].name);
        const QString start =
            QStringLiteral("%1-%2").arg(s.startYear).arg(s.startMonth, 2, 10, QLatin1Char('0'));
        const QString text = QStringLiteral("month\tsku\tgpus\tgpu_price\tlabel\r\n"
                                            "%1\t%2\t512\t\tfirst\r\n"
                                            "3\t%2\t-5\t\tbad count\r\n"
                                            "4\t%3\t256\t31000.5\tsecond\r\n"
                                            "5\tnope\t8\t\tbad sku\r\n")
                                 .arg(start, sku0, name1);
        const exporting::PurchaseImport r = doc->pastePurchases(text);
        QCOMPARE(int(r.purchases.size()), 2);
        QCOMPARE(int(r.rejected.size()), 2);
        QCOMPARE(r.rejected[0].line, 3);
        QVERIFY(r.rejected[0].reason.startsWith(QStringLiteral("gpus")));
        QCOMPARE(r.rejected[1].line, 5);
        QVERIFY(r.rejected[1].reason.startsWith(QStringLiteral("sku")));
        QCOMPARE(doc->scenario().purchases.size(), before + 2);
        QCOMPARE(doc->undoStack()->count(), steps + 1); // ONE step for the paste
        const PurchaseTranche &a = doc->scenario().purchases[before];
        QCOMPARE(a.month, 0);
        QCOMPARE(a.sku, s.skus[0].id);
        QCOMPARE(a.gpus, std::int64_t(512));
        QCOMPARE(a.label, std::string("first"));
        QVERIFY(!a.gpuPrice);
        const PurchaseTranche &b = doc->scenario().purchases[before + 1];
        QCOMPARE(b.month, 4);
        QCOMPARE(b.sku, s.skus[1].id);
        QCOMPARE(*b.gpuPrice, 31000.5);
        doc->undoStack()->undo();
        QCOMPARE(doc->scenario().purchases.size(), before);
        doc->undoStack()->redo();
        QCOMPARE(doc->scenario().purchases.size(), before + 2);

        // Nothing acceptable: no command at all, every row refused with its line.
        const int now = doc->undoStack()->count();
        const exporting::PurchaseImport none =
            doc->pastePurchases(QStringLiteral("month\tsku\tgpus\n99999\tx\t1\n"));
        QVERIFY(none.purchases.empty());
        QCOMPARE(int(none.rejected.size()), 1);
        QCOMPARE(none.rejected[0].line, 2);
        QCOMPARE(doc->undoStack()->count(), now);
    }
};

QTEST_MAIN(TestUncertaintyAndPaste)
#include "test_uncertainty_and_paste.moc"
