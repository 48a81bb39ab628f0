// SPDX-License-Identifier: GPL-3.0-or-later
// The worked examples of shared/examples (copied to tests/data/examples): every KPI and
// every monthly value within relative 1e-9, and the tornado. The expected files were
// computed by an independent implementation of MODEL.md.
#include "engine/FleetModel.h"
#include "engine/Sensitivity.h"
#include "scenario/ScenarioReader.h"

#include "Tolerance.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace fleetroi;

namespace {

const QString kExamples = QStringLiteral(FLEETROI_TEST_DATA_DIR "/examples/");

QJsonDocument readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll());
}

// Relative 1e-9, with absolute floors for values that are mathematically near zero: 1e-12 x
// the series' largest value (cumulative cash flow crossing zero) and 1e-6 (a millionth of a
// currency unit: a book gain of exactly zero comes out as rounding noise of ~5e-7 on
// billions, in the reference as here).
fleetroi_test::Tolerance exampleTolerance(double scale)
{
    return {1e-9, std::max(1e-12 * scale, 1e-6)};
}
using fleetroi_test::withinTolerance;

Scenario load(const QString &name)
{
    const QByteArray path = (kExamples + name + QStringLiteral(".fleetroi.json")).toUtf8();
    ScenarioReadResult r = readScenarioFile(path.toStdString());
    if (!r.ok())
        qFatal("cannot read %s: %s", path.constData(),
               r.errors.empty() ? "?" : formatError(r.errors.front()).c_str());
    return *r.scenario;
}

} // namespace

class TestWorkedExamples : public QObject
{
    Q_OBJECT
private slots:
    void kpisAndMonthly_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("hyperscaler") << QStringLiteral("hyperscaler-surplus-leasing");
        QTest::newRow("neocloud") << QStringLiteral("neocloud-h100-lessor");
        // Model 1.1: its expected file was computed by this engine and its key figures and
        // series are checked independently by test_balance_sheet (ReferenceModel11).
        QTest::newRow("h100 peak impairment") << QStringLiteral("hyperscaler-h100-peak-impairment");
    }

    void kpisAndMonthly()
    {
        QFETCH(QString, name);
        const Scenario scenario = load(name);
        const ModelResults r = computeModel(scenario);
        const QJsonObject expected =
            readJson(kExamples + name + QStringLiteral(".expected.json")).object();
        QVERIFY(!expected.isEmpty());

        const QJsonObject kpis = expected.value(QStringLiteral("kpis")).toObject();
        const KeyFigures &k = r.kpis;
        auto checkKpi = [&](const char *key, std::optional<double> got) {
            const QJsonValue e = kpis.value(QLatin1String(key));
            QVERIFY2(!e.isUndefined(), key);
            if (e.isNull()) {
                QVERIFY2(!got.has_value(), key);
                return;
            }
            QVERIFY2(got.has_value(), key);
            FLEETROI_VERIFY_NEAR2(*got, e.toDouble(), exampleTolerance(std::fabs(e.toDouble())),
                                  QLatin1String(key));
        };
        auto opt = [](const std::optional<int> &v) {
            return v ? std::optional<double>(*v) : std::nullopt;
        };
        checkKpi("npv", k.npv);
        checkKpi("irr", k.irr);
        checkKpi("irr_roots", double(k.irrRoots));
        checkKpi("payback_month", opt(k.paybackMonth));
        checkKpi("discounted_payback_month", opt(k.discountedPaybackMonth));
        checkKpi("average_utilization", k.averageUtilization);
        checkKpi("cost_per_compute_hour", k.costPerComputeHour);
        checkKpi("break_even_lease_factor", k.breakEvenLeaseFactor);
        checkKpi("total_capex", k.totalCapex);
        checkKpi("total_opex", k.totalOpex);
        checkKpi("total_lease_revenue", k.totalLeaseRevenue);
        checkKpi("total_internal_value", k.totalInternalValue);
        checkKpi("total_tax", k.totalTax);
        checkKpi("total_book_depreciation", k.totalBookDepreciation);
        checkKpi("total_net_cash_flow", k.totalNetCashFlow);
        // Issue #16: derived from the scenario and the expected series by hand
        // (tools/derive_leasing_kpis.py), not by the engine.
        checkKpi("leasing_value_npv", k.leasingValueNpv);
        checkKpi("leasing_value_irr", k.leasingValueIrr);
        checkKpi("irr_without_leasing", k.irrWithoutLeasing);
        checkKpi("lease_revenue_net_of_sales", k.leaseRevenueNetOfSales);
        const QJsonObject prices = kpis.value(QStringLiteral("break_even_lease_price")).toObject();
        QCOMPARE(qsizetype(k.breakEvenLeasePrice.size()), prices.size());
        QCOMPARE(prices.size(), qsizetype(scenario.skus.size()));
        for (const auto &[id, price] : k.breakEvenLeasePrice) {
            const QJsonValue e = prices.value(QString::fromStdString(id));
            QVERIFY2(e.isDouble(), id.c_str());
            QVERIFY(price.has_value());
            FLEETROI_VERIFY_NEAR2(*price, e.toDouble(), exampleTolerance(std::fabs(e.toDouble())),
                                  QString::fromStdString(id));
        }
        QCOMPARE(r.model11, kpis.contains(QStringLiteral("total_impairment")));
        if (r.model11) {
            checkKpi("total_impairment", k.totalImpairment);
            checkKpi("first_impairment_month", opt(k.firstImpairmentMonth));
            const QJsonArray impairments = expected.value(QStringLiteral("impairments")).toArray();
            QCOMPARE(qsizetype(r.impairments.size()), impairments.size());
            for (qsizetype i = 0; i < impairments.size(); ++i) {
                const QJsonObject e = impairments[i].toObject();
                const TrancheImpairment &g = r.impairments[std::size_t(i)];
                QCOMPARE(g.purchaseIndex, e.value(QStringLiteral("purchase_index")).toInt());
                QCOMPARE(g.month, e.value(QStringLiteral("month")).toInt());
                const double amount = e.value(QStringLiteral("amount")).toDouble();
                FLEETROI_VERIFY_NEAR(g.amount, amount, exampleTolerance(amount));
            }
        }

        const QJsonObject monthly = expected.value(QStringLiteral("monthly")).toObject();
        int checked = 0;
        for (const auto &[key, values] : r.monthly.namedSeries()) {
            const QJsonArray e = monthly.value(QLatin1String(key)).toArray();
            QVERIFY2(e.size() == qsizetype(values->size()), key);
            double scale = 0.0;
            for (const QJsonValue &v : e)
                scale = std::max(scale, std::fabs(v.toDouble()));
            for (qsizetype t = 0; t < e.size(); ++t) {
                const double got = (*values)[std::size_t(t)];
                FLEETROI_VERIFY_NEAR2(got, e[t].toDouble(), exampleTolerance(scale),
                                      QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(t));
                ++checked;
            }
        }
        const QJsonArray months = monthly.value(QStringLiteral("month")).toArray();
        QCOMPARE(months.size(), qsizetype(r.monthly.month.size()));
        for (qsizetype t = 0; t < months.size(); ++t)
            QCOMPARE(QString::fromStdString(r.monthly.month[std::size_t(t)]), months[t].toString());
        // Every expected series was compared (29 numeric series x H months; 33 with the
        // model 1.1 series).
        const int series = r.model11 ? 33 : 29;
        QCOMPARE(checked, series * scenario.horizonMonths);
        QCOMPARE(monthly.size(), series + 1);
    }

    void tornado_data() { kpisAndMonthly_data(); }

    void tornado()
    {
        QFETCH(QString, name);
        const Scenario scenario = load(name);
        const std::vector<SensitivityRow> rows = computeSensitivity(scenario, 0.2);
        const QJsonArray expected =
            readJson(kExamples + name + QStringLiteral(".sensitivity.json")).array();
        QCOMPARE(qsizetype(rows.size()), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QJsonObject e = expected[i].toObject();
            const SensitivityRow &row = rows[std::size_t(i)];
            const double lo = e.value(QStringLiteral("npv_low")).toDouble();
            const double hi = e.value(QStringLiteral("npv_high")).toDouble();
            // Rows with equal swings may come in either order; compare by driver name.
            const auto it = std::find_if(rows.begin(), rows.end(), [&](const SensitivityRow &x) {
                return QString::fromStdString(x.driver) ==
                       e.value(QStringLiteral("driver")).toString();
            });
            QVERIFY(it != rows.end());
            FLEETROI_VERIFY_NEAR2(it->npvLow, lo, exampleTolerance(std::fabs(lo)),
                                  e.value(QStringLiteral("driver")).toString());
            FLEETROI_VERIFY_NEAR2(it->npvHigh, hi, exampleTolerance(std::fabs(hi)),
                                  e.value(QStringLiteral("driver")).toString());
            // Ordered by |npv_high - npv_low|, largest first.
            if (i > 0)
                QVERIFY(rows[std::size_t(i - 1)].swing() >= row.swing());
        }
    }
};

QTEST_GUILESS_MAIN(TestWorkedExamples)
#include "test_worked_examples.moc"
