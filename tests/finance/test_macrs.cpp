// SPDX-License-Identifier: GPL-3.0-or-later
// MACRS percentage tables computed by macrsRates() against IRS Pub. 946 Tables A-1..A-5 as
// transcribed in tests/data/MACRS.csv (one row per table, recovery period and year).
#include "finance/Macrs.h"

#include <QtTest>

#include <cmath>
#include <fstream>
#include <map>
#include <numeric>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

using fleetroi::finance::macrsRates;
using fleetroi::finance::MacrsTable;

Q_DECLARE_METATYPE(MacrsTable)

namespace {

bool tableFromCsv(const std::string &table, MacrsTable &out)
{
    static const std::map<std::string, MacrsTable> tables = {
        {"A-1", MacrsTable::HalfYear},     {"A-2", MacrsTable::MidQuarterQ1},
        {"A-3", MacrsTable::MidQuarterQ2}, {"A-4", MacrsTable::MidQuarterQ3},
        {"A-5", MacrsTable::MidQuarterQ4},
    };
    const auto it = tables.find(table);
    if (it == tables.end())
        return false;
    out = it->second;
    return true;
}

} // namespace

class TestMacrs : public QObject
{
    Q_OBJECT

private slots:
    // One data row per (table, recovery period): the published percentages, year 1..N+1.
    void publishedTables_data()
    {
        QTest::addColumn<MacrsTable>("table");
        QTest::addColumn<int>("years");
        QTest::addColumn<QList<double>>("percent");

        std::ifstream in(FLEETROI_TEST_DATA_DIR "/MACRS.csv");
        QVERIFY2(in, "cannot read tests/data/MACRS.csv");
        std::string line;
        std::getline(in, line); // header
        QVERIFY2(line.rfind("table,convention,quarter,method,recovery_period_years,year,percent",
                            0) == 0,
                 "unexpected MACRS.csv header");
        // (table name, years) -> percentages by year, in file order.
        std::map<std::pair<std::string, int>, QList<double>> tables;
        int rows = 0;
        while (std::getline(in, line)) {
            if (!line.empty() && line.back() == '\r')
                line.pop_back();
            if (line.empty())
                continue;
            std::vector<std::string> fields;
            std::stringstream stream(line);
            std::string field;
            while (std::getline(stream, field, ','))
                fields.push_back(field);
            QVERIFY2(fields.size() >= 7, line.c_str());
            const int years = std::stoi(fields[4]);
            const int year = std::stoi(fields[5]);
            QList<double> &percent = tables[{fields[0], years}];
            QCOMPARE(year, static_cast<int>(percent.size()) + 1);
            percent.append(std::stod(fields[6]));
            ++rows;
        }
        QCOMPARE(rows, 42);
        for (const auto &[key, percent] : tables) {
            MacrsTable table;
            QVERIFY2(tableFromCsv(key.first, table), key.first.c_str());
            const std::string name = key.first + " " + std::to_string(key.second) + "-year";
            QTest::newRow(name.c_str()) << table << key.second << percent;
        }
    }

    void publishedTables()
    {
        QFETCH(MacrsTable, table);
        QFETCH(int, years);
        QFETCH(QList<double>, percent);
        const std::vector<double> rates = macrsRates(table, years);
        QCOMPARE(static_cast<qsizetype>(rates.size()), percent.size());
        for (qsizetype i = 0; i < percent.size(); ++i) {
            const double got = rates[static_cast<std::size_t>(i)] * 100.0;
            if (std::abs(got - percent[i]) > 1e-9)
                QFAIL(qPrintable(QStringLiteral("year %1: got %2 %, published %3 %")
                                     .arg(i + 1)
                                     .arg(got, 0, 'f', 4)
                                     .arg(percent[i], 0, 'f', 2)));
        }
    }

    // Every table deducts exactly the whole basis, for other recovery periods too.
    void sumsToOne_data()
    {
        QTest::addColumn<MacrsTable>("table");
        QTest::addColumn<int>("years");
        const std::pair<MacrsTable, const char *> tables[] = {
            {MacrsTable::HalfYear, "HY"},      {MacrsTable::MidQuarterQ1, "MQ1"},
            {MacrsTable::MidQuarterQ2, "MQ2"}, {MacrsTable::MidQuarterQ3, "MQ3"},
            {MacrsTable::MidQuarterQ4, "MQ4"},
        };
        for (const auto &[table, name] : tables)
            for (int years : {3, 5, 7, 10})
                QTest::addRow("%s %d-year", name, years) << table << years;
    }

    void sumsToOne()
    {
        QFETCH(MacrsTable, table);
        QFETCH(int, years);
        const std::vector<double> rates = macrsRates(table, years);
        QCOMPARE(static_cast<int>(rates.size()), years + 1);
        const double sum = std::accumulate(rates.begin(), rates.end(), 0.0);
        QVERIFY(std::abs(sum - 1.0) < 1e-12);
        for (double r : rates)
            QVERIFY(r >= 0.0);
    }

    void invalidRecoveryPeriod() { QVERIFY(macrsRates(MacrsTable::HalfYear, 0).empty()); }
};

QTEST_GUILESS_MAIN(TestMacrs)
#include "test_macrs.moc"
