// SPDX-License-Identifier: GPL-3.0-or-later
// `fleetroi report` and `fleetroi export` end to end: the PDF's text (pdftotext) holds the
// scenario name, the KPIs as `fleetroi compute --format table` prints them and every
// section; fonts are embedded (pdffonts); a hostile name prints as plain text; the
// comparison report; invalid input; the time of the full hyperscaler report.
#include "ReportCli.h"

#include "engine/FleetModel.h"
#include "engine/ImpairmentSensitivity.h"
#include "engine/ResultsFormat.h"
#include "export/ExportData.h"
#include "scenario/ScenarioReader.h"
#include "scenario/ScenarioSchema.h"
#include "scenario/ScenarioWriter.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <map>

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

// pdftotext -layout: the page as laid out, columns apart.
QString pdfLayoutText(const QString &pdf)
{
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
}

// Whitespace-separated words of a text, with ( ) , ; : around them removed.
QSet<QString> tokens(const QString &text)
{
    QSet<QString> out;
    for (QString t : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        out.insert(t);
        while (!t.isEmpty() && QStringLiteral("(,;:").contains(t.front()))
            t.remove(0, 1);
        while (!t.isEmpty() && QStringLiteral("),;:").contains(t.back()))
            t.chop(1);
        out.insert(t);
    }
    return out;
}

// A number as the English report prints it: grouped, `decimals` after the point, no "-0".
QString en(double v, int decimals = 0)
{
    const QLocale l(QLocale::English, QLocale::UnitedStates);
    QString t = l.toString(v, 'f', decimals);
    if (t == QLatin1Char('-') + l.toString(0.0, 'f', decimals))
        t.remove(0, 1);
    return t;
}

// The hyperscaler example with `factor` times the GPUs and demand and 1.2 times the prices:
// at 24 a fleet of about 50 bn USD (issue 14: a 42 bn fleet broke the tables).
QString scaledFleet(const QString &dir, double factor)
{
    QFile in(ex("hyperscaler-surplus-leasing.fleetroi.json"));
    if (!in.open(QIODevice::ReadOnly))
        qFatal("cannot read the hyperscaler example");
    QJsonObject o = QJsonDocument::fromJson(in.readAll()).object();
    QJsonArray skus = o.value(QLatin1String("skus")).toArray();
    for (qsizetype i = 0; i < skus.size(); ++i) {
        QJsonObject k = skus[i].toObject();
        k[QLatin1String("gpu_price")] = k.value(QLatin1String("gpu_price")).toDouble() * 1.2;
        skus[i] = k;
    }
    o[QLatin1String("skus")] = skus;
    QJsonArray purchases = o.value(QLatin1String("purchases")).toArray();
    for (qsizetype i = 0; i < purchases.size(); ++i) {
        QJsonObject p = purchases[i].toObject();
        p[QLatin1String("gpus")] =
            double(std::llround(p.value(QLatin1String("gpus")).toDouble() * factor));
        purchases[i] = p;
    }
    o[QLatin1String("purchases")] = purchases;
    QJsonObject demand = o.value(QLatin1String("internal_demand")).toObject();
    demand[QLatin1String("compute_hours")] =
        demand.value(QLatin1String("compute_hours")).toDouble() * factor;
    o[QLatin1String("internal_demand")] = demand;
    o[QLatin1String("name")] = QStringLiteral("Hyperscaler fleet x%1").arg(factor);
    const QString path = QDir(dir).filePath(QStringLiteral("big-fleet.fleetroi.json"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(o).toJson()) < 0)
        qFatal("cannot write the scaled fleet");
    return path;
}

// Every number and month of the report's tables, computed here from the model's results,
// must appear whole in the page text (pdftotext -layout): not wrapped onto two lines, not
// cut to "10,000,00...", no month as "2026-...", no header word split ("Maintenan ce").
void checkTablesWhole(const QString &pdf, const Scenario &s)
{
    const ModelResults r = computeModel(s);
    const QString text = pdfLayoutText(pdf);
    QVERIFY(!text.isEmpty());
    QVERIFY2(!text.contains(QChar(0x2026)), "an ellipsis: something was cut");
    const QSet<QString> words = tokens(text);
    const QStringList allTokens =
        text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    auto expect = [&](const QString &token, const QString &what) {
        QVERIFY2(words.contains(token), qPrintable(what + QStringLiteral(": ") + token));
    };
    // Months: in each of the three monthly tables (at least once per table part).
    for (const std::string &m : r.monthly.month)
        QVERIFY2(allTokens.count(QString::fromStdString(m)) >= 3, m.c_str());
    // Fiscal years, thousands, and the bold total row.
    exporting::FiscalYearRow sum;
    for (const exporting::FiscalYearRow &y : exporting::fiscalYears(s, r.monthly)) {
        expect(QString::number(y.year), QStringLiteral("fiscal year"));
        for (double v : {y.capex, y.leaseRevenue, y.internalValue, y.opex, y.ebitda, y.tax,
                         y.netIncome, y.netCashFlow, y.cumulativeCashFlow})
            expect(en(v / 1000.0), QStringLiteral("fiscal year %1").arg(y.year));
        sum.capex += y.capex;
        sum.leaseRevenue += y.leaseRevenue;
        sum.internalValue += y.internalValue;
        sum.opex += y.opex;
        sum.ebitda += y.ebitda;
        sum.tax += y.tax;
        sum.netIncome += y.netIncome;
        sum.netCashFlow += y.netCashFlow;
    }
    for (double v : {sum.capex, sum.leaseRevenue, sum.internalValue, sum.opex, sum.ebitda, sum.tax,
                     sum.netIncome, sum.netCashFlow})
        expect(en(v / 1000.0), QStringLiteral("fiscal-year total"));
    // Every value of the monthly tables, in the unit the table states.
    const std::vector<std::string> shown = {"capacity_hours",
                                            "internal_demand_hours",
                                            "internal_served_hours",
                                            "shortfall_hours",
                                            "leased_hours",
                                            "utilization",
                                            "working_gpus",
                                            "energy_kwh",
                                            "capex",
                                            "lease_revenue",
                                            "internal_value",
                                            "electricity_cost",
                                            "colocation_cost",
                                            "maintenance_cost",
                                            "staff_cost",
                                            "sales_cost",
                                            "opex",
                                            "ebitda",
                                            "book_depreciation",
                                            "tax_depreciation",
                                            "book_gain",
                                            "proceeds",
                                            "terminal_value",
                                            "ebit",
                                            "tax",
                                            "net_income",
                                            "net_cash_flow",
                                            "cumulative_cash_flow",
                                            "book_value"};
    int checked = 0;
    for (const exporting::SeriesInfo &series : exporting::describeSeries(r.monthly)) {
        if (std::find(shown.begin(), shown.end(), series.key) == shown.end())
            continue;
        for (std::size_t t = 0; t < series.values->size(); ++t) {
            const double v = (*series.values)[t];
            const QString expected =
                series.unit == exporting::SeriesUnit::Share
                    ? en(v * 100.0, 1)
                    : (series.unit == exporting::SeriesUnit::Count ? en(v) : en(v / 1000.0));
            expect(expected, QStringLiteral("%1 month %2").arg(QLatin1String(series.key)).arg(t));
            ++checked;
        }
        // Header words whole (headers wrap only between words).
        for (const QString &word : series.label.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            QString w = word;
            w.remove(QRegularExpression(QStringLiteral("[(),]")));
            // The energy column is retitled "Energy (MWh)" (its cells are MWh): "kWh" is not
            // in the table (it came from the old assumptions' "Electricity price per kWh").
            if (series.unit == exporting::SeriesUnit::Energy && w == QLatin1String("kWh"))
                w = QStringLiteral("MWh");
            if (w.size() >= 3 && w != QLatin1String("compute") && w != QLatin1String("h"))
                expect(w, QStringLiteral("header of %1").arg(QLatin1String(series.key)));
        }
    }
    QCOMPARE(checked, int(shown.size()) * r.monthly.size());
    // Key figures and the purchases table.
    const QString cur = QString::fromStdString(s.currency);
    for (double v : {r.kpis.npv, r.kpis.totalCapex, r.kpis.totalOpex, r.kpis.totalNetCashFlow})
        expect(en(v), QStringLiteral("key figure"));
    for (const TrancheResults &t : r.tranches) {
        expect(en(double(s.purchases[std::size_t(t.purchaseIndex)].gpus)), QStringLiteral("GPUs"));
        expect(en(t.capex), QStringLiteral("tranche capex"));
    }
    (void)cur;
}

// The model 1.1 example with 40 purchases (one a month from month 0, growing GPU counts, each
// labelled): bought before and during the fall of the used-H100 market, so more tranches are
// impaired than the balance-sheet table lists one by one.
QString manyTranchesModel11(const QString &dir)
{
    QFile in(ex("hyperscaler-h100-peak-impairment.fleetroi.json"));
    if (!in.open(QIODevice::ReadOnly))
        qFatal("cannot read the model 1.1 example");
    QJsonObject o = QJsonDocument::fromJson(in.readAll()).object();
    QJsonArray purchases;
    for (int i = 0; i < 40; ++i)
        purchases.append(QJsonObject{{QStringLiteral("month"), i},
                                     {QStringLiteral("sku"), QStringLiteral("h100")},
                                     {QStringLiteral("gpus"), 1000 + 37 * i},
                                     {QStringLiteral("install_lag_months"), 1},
                                     {QStringLiteral("label"), QStringLiteral("Lot %1").arg(i)}});
    o[QLatin1String("purchases")] = purchases;
    o[QLatin1String("name")] = QStringLiteral("Forty H100 lots");
    const QString path = QDir(dir).filePath(QStringLiteral("lots.fleetroi.json"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(o).toJson()) < 0)
        qFatal("cannot write the lots scenario");
    return path;
}

// ---- Every schema field the scenario sets, with its value, in the Assumptions section ----

// The numbers of a text (grouped English digits, "-" sign), parsed.
std::vector<double> numbersIn(const QString &text)
{
    std::vector<double> out;
    static const QRegularExpression re(QStringLiteral("-?\\d[\\d,]*(\\.\\d+)?"));
    for (auto it = re.globalMatch(text); it.hasNext();) {
        QString t = it.next().captured(0);
        t.remove(QLatin1Char(','));
        bool ok = false;
        const double v = t.toDouble(&ok);
        if (ok)
            out.push_back(v);
    }
    return out;
}

bool hasNumber(const QString &text, double expected)
{
    for (double v : numbersIn(text))
        if (std::fabs(v - expected) <= 1e-9 * std::max(1.0, std::fabs(expected)))
            return true;
    return false;
}

// The lines of a table row or key/value line that starts with `label` (-layout text): that
// line and the indented lines that continue it. Empty when no line starts with the label.
QString rowOf(const QStringList &lines, const QString &label)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines[i].trimmed().startsWith(label))
            continue;
        QString block = lines[i];
        for (qsizetype j = i + 1; j < lines.size() && lines[j].startsWith(QLatin1Char(' ')) &&
                                  !lines[j].trimmed().isEmpty();
             ++j)
            block += QLatin1Char('\n') + lines[j];
        return block;
    }
    return {};
}

// What the report must show for one value of a field, checked in `where` (a row of the
// report): a number in display units (percent for fractions) exactly, a month as YYYY-MM, a
// choice by its label, yes/no, text as written. Returns an error or "".
QString checkValue(const SchemaField &f, const void *owner, const Scenario &s, const QString &where)
{
    auto number = [&](double v) -> QString {
        if (f.monthIndex) {
            const QString m = QString::fromStdString(monthLabel(s.startYear, s.startMonth, int(v)));
            return where.contains(m) ? QString() : QStringLiteral("month ") + m;
        }
        const double shown =
            f.unit == FieldUnit::Fraction || f.unit == FieldUnit::FractionPerYear ? v * 100 : v;
        return hasNumber(where, shown) ? QString() : QString::number(shown, 'g', 17);
    };
    switch (f.type) {
    case FieldType::Text: {
        // Whole, or word by word: a wrapped cell shares its lines with the cells beside it.
        const QString t = QString::fromStdString(f.ref<std::string>(owner));
        if (squeeze(where).contains(squeeze(t)))
            return {};
        const QSet<QString> words = tokens(where);
        for (const QString &w :
             t.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
            if (!words.contains(w))
                return t;
        return {};
    }
    case FieldType::Number:
        return number(f.ref<double>(owner));
    case FieldType::OptionalNumber:
        return f.ref<std::optional<double>>(owner) ? number(*f.ref<std::optional<double>>(owner))
                                                   : QString();
    case FieldType::Int:
        return number(f.ref<int>(owner));
    case FieldType::Int64:
        return number(double(f.ref<std::int64_t>(owner)));
    case FieldType::UInt64: {
        const QString t = QString::number(f.ref<std::uint64_t>(owner));
        return where.contains(t) ? QString() : t;
    }
    case FieldType::Bool: {
        const QString t = f.ref<bool>(owner) ? QStringLiteral("yes") : QStringLiteral("no");
        return where.contains(t) ? QString() : t;
    }
    case FieldType::Choice:
        for (const FieldChoice &c : f.choices)
            if (c.enumValue == f.getChoice(owner))
                return where.contains(QLatin1String(c.label)) ? QString() : QLatin1String(c.label);
        return QStringLiteral("unknown choice");
    default:
        return QStringLiteral("no check for this field type");
    }
}

// A price curve's start and change, or its points (price and month), in `where`.
QString checkCurve(const PriceCurve &c, const Scenario &s, const QString &where)
{
    if (c.kind == PriceCurve::Kind::Growth) {
        if (!hasNumber(where, c.start))
            return QStringLiteral("curve start %1").arg(c.start);
        if (!hasNumber(where, c.annualChange * 100))
            return QStringLiteral("curve change %1").arg(c.annualChange);
        return {};
    }
    for (const auto &[month, price] : c.points) {
        if (!hasNumber(where, price))
            return QStringLiteral("curve point %1").arg(price);
        if (!where.contains(QString::fromStdString(monthLabel(s.startYear, s.startMonth, month))))
            return QStringLiteral("curve month %1").arg(month);
    }
    return {};
}

// Checks that the Assumptions section (and the provenance appendix) of the report of `s`
// shows every field of the schema that `s` sets, with its label and value. Walks the schema
// itself: a field added to it that the report does not print fails here, and so does a field
// type this check does not know.
void checkAssumptionsShowEveryField(const QString &pdf, const Scenario &s)
{
    const QString all = pdfLayoutText(pdf);
    const qsizetype from = all.indexOf(QRegularExpression(QStringLiteral("\\n\\s*Assumptions\\n")));
    const qsizetype to = all.indexOf(QRegularExpression(QStringLiteral("\\n\\s*Cash flow\\n")));
    QVERIFY2(from > 0 && to > from, "no Assumptions section");
    const QString section = all.mid(from, to - from);
    // The appendix in reading order: a wrapped source stays together.
    const QString reading = pdfText(pdf);
    const QString appendix =
        reading.mid(reading.lastIndexOf(QLatin1String("Appendix: provenance")));
    const QStringList lines = section.split(QLatin1Char('\n'));
    // Column headings wrap word by word (and interleave in reading order): each word of the
    // label must be a word of the text.
    const QSet<QString> words = tokens(all);
    auto heading = [&](const QString &label) {
        for (const QString &w : label.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            if (!words.contains(w))
                return false;
        return true;
    };
    const bool model11 = computeModel(s).model11;
    // The purchases table: row i starts with its number i+1 after the table's heading.
    const QStringList purchaseLines =
        section.mid(section.indexOf(QLatin1String("Purchases"))).split(QLatin1Char('\n'));
    auto purchaseRow = [&](std::size_t i) {
        const QString lead = QString::number(i + 1) + QLatin1Char(' ');
        const QString next = QString::number(i + 2) + QLatin1Char(' ');
        QString row;
        for (const QString &line : purchaseLines) {
            if (row.isEmpty()) {
                if (line.trimmed().startsWith(lead))
                    row = line;
            } else if (line.trimmed().isEmpty() || line.trimmed().startsWith(next)) {
                break;
            } else {
                row += QLatin1Char('\n') + line; // a wrapped cell
            }
        }
        return row;
    };
    int checked = 0;
    auto fail = [&](const SchemaField &f, const QString &what) {
        QFAIL(qPrintable(
            QStringLiteral("%1: %2").arg(QLatin1String(f.path.data(), f.path.size()), what)));
    };
    for (const SchemaField &f : scenarioSchema()) {
        if (f.type == FieldType::Header || f.type == FieldType::Object ||
            (f.type == FieldType::List && f.id != FieldId::Provenance))
            continue; // the file's kind; containers (their fields are checked)
        if (f.model11 && !model11)
            continue; // a model-1 report lists no 1.1 field (test balanceSheetSection)
        const QString label = QString::fromUtf8(f.label);
        QString error;
        switch (f.owner) {
        case FieldOwner::Scenario: {
            if (f.id == FieldId::Description) {
                if (!squeeze(section).contains(squeeze(QString::fromStdString(s.description))))
                    error = QStringLiteral("description");
                break;
            }
            if (f.id == FieldId::Provenance) {
                if (!s.provenance.empty() &&
                    !rowOf(lines, label).contains(QString::number(s.provenance.size())))
                    error = QStringLiteral("number of sources");
                break;
            }
            if (f.group == InputGroup::Demand &&
                (f.type == FieldType::Series) != s.internalDemand.isSeries)
                break; // the other form of internal demand
            if (f.type == FieldType::Series) {
                const QString table = section.mid(section.indexOf(label));
                for (double v : s.internalDemand.series)
                    if (!hasNumber(table, v))
                        error = QStringLiteral("series value %1").arg(v);
                break;
            }
            const QString row = rowOf(lines, label);
            if (row.isEmpty())
                error = QStringLiteral("no line starts with the label ") + label;
            else if (f.type == FieldType::YearMonth)
                error =
                    row.contains(QString::fromStdString(monthLabel(s.startYear, s.startMonth, 0)))
                        ? QString()
                        : QStringLiteral("start month");
            else
                error = checkValue(f, &s, s, row);
            break;
        }
        case FieldOwner::Sku: {
            if (f.id == FieldId::SkuName) { // heads its column
                for (const Sku &k : s.skus)
                    if (!section.contains(QString::fromStdString(k.name)))
                        error = QString::fromStdString(k.name);
                break;
            }
            const QString row = rowOf(lines, label);
            if (row.isEmpty()) {
                error = QStringLiteral("no line starts with the label ") + label;
                break;
            }
            for (const Sku &k : s.skus) {
                if (f.id == FieldId::SkuLeasePrice)
                    error = checkCurve(k.leasePrice, s, row);
                else if (f.id == FieldId::SkuCloudPrice)
                    error = checkCurve(k.cloudPrice, s, row);
                else if (f.id == FieldId::SkuMarketValue)
                    error = k.marketValue ? checkCurve(*k.marketValue, s, row) : QString();
                else
                    error = checkValue(f, &k, s, row);
                if (!error.isEmpty())
                    break;
            }
            break;
        }
        case FieldOwner::UsefulLifeChange: {
            const QString row =
                rowOf(lines, QString::fromUtf8(schemaField(FieldId::SkuUsefulLifeChange).label));
            for (const Sku &k : s.skus)
                if (k.usefulLifeChange && error.isEmpty()) {
                    error = squeeze(row).contains(squeeze(label))
                                ? checkValue(f, &*k.usefulLifeChange, s, row)
                                : QStringLiteral("label");
                }
            break;
        }
        case FieldOwner::PriceCurve:
            break; // with the curve's field (checkCurve)
        case FieldOwner::Purchase:
            if (!heading(label))
                error = QStringLiteral("column heading");
            for (std::size_t i = 0; i < s.purchases.size() && error.isEmpty(); ++i) {
                const QString row = purchaseRow(i);
                error = row.isEmpty() ? QStringLiteral("purchase %1").arg(i + 1)
                                      : checkValue(f, &s.purchases[i], s, row);
            }
            break;
        case FieldOwner::Provenance:
            if (s.provenance.empty())
                break;
            if (!heading(label))
                error = QStringLiteral("column heading");
            for (const Provenance &p : s.provenance)
                if (error.isEmpty())
                    error = checkValue(f, &p, s, appendix);
            break;
        case FieldOwner::Uncertainty: {
            if (!s.uncertainty)
                break;
            if (f.id == FieldId::UncertaintyDrivers) {
                const QString table = section.mid(section.indexOf(label));
                for (const DriverDistribution &d : s.uncertainty->drivers) {
                    const QString row =
                        rowOf(table.split(QLatin1Char('\n')), exporting::driverLabel(d.driver));
                    for (double v : {d.a, d.b})
                        if (!hasNumber(row, v))
                            error = QStringLiteral("driver %1: %2")
                                        .arg(QString::fromStdString(d.driver))
                                        .arg(v);
                }
                break;
            }
            if (f.type == FieldType::List)
                break; // correlations: below
            const QString row = rowOf(lines, label);
            error =
                row.isEmpty() ? QStringLiteral("label") : checkValue(f, &*s.uncertainty, s, row);
            break;
        }
        case FieldOwner::Correlation: {
            if (!s.uncertainty)
                break;
            const QString table = section.mid(section.indexOf(
                QString::fromUtf8(schemaField(FieldId::UncertaintyCorrelations).label)));
            if (!heading(label))
                error = QStringLiteral("column heading");
            for (const DriverCorrelation &c : s.uncertainty->correlations) {
                const QString row =
                    rowOf(table.split(QLatin1Char('\n')), exporting::driverLabel(c.a));
                if (error.isEmpty() && f.type == FieldType::Text)
                    error = row.contains(exporting::driverLabel(f.ref<std::string>(&c)))
                                ? QString()
                                : QStringLiteral("driver");
                else if (error.isEmpty())
                    error = checkValue(f, &c, s, row);
            }
            break;
        }
        }
        if (!error.isEmpty())
            return fail(f, error);
        ++checked;
    }
    QVERIFY(checked > 40);
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
                                    "GPU types",
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

    // Issue 14: with a 50 bn USD fleet the tables wrapped, elided and split numbers, months
    // and header words. Also the examples (A4 and Letter).
    void tablesKeepNumbersWhole_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("paper");
        QTest::addColumn<int>("minParts"); // the monthly tables are split into this many
        QTest::newRow("hyperscaler")
            << ex("hyperscaler-surplus-leasing.fleetroi.json") << "a4" << 1;
        QTest::newRow("neocloud letter")
            << ex("neocloud-h100-lessor.fleetroi.json") << "letter" << 1;
        QTest::newRow("50 bn fleet a4") << QString() << "a4" << 2;
        QTest::newRow("50 bn fleet letter") << QString() << "letter" << 0; // may fit
    }

    void tablesKeepNumbersWhole()
    {
        QFETCH(QString, file);
        QFETCH(QString, paper);
        QFETCH(int, minParts);
        QTemporaryDir dir;
        if (file.isEmpty())
            file = scaledFleet(dir.path(), 24);
        const Scenario s = load(file);
        QVERIFY(computeModel(s).kpis.totalCapex > (file.contains(QLatin1String("big")) ? 42e9 : 0));
        const QString out = dir.filePath(QStringLiteral("r.pdf"));
        QCOMPARE(report({file, QStringLiteral("-o"), out, QStringLiteral("--paper"), paper}), 0);
        checkTablesWhole(out, s);
        if (QTest::currentTestFailed())
            return;
        // The 50 bn fleet's widest monthly table is split into parts repeating the month.
        const QString text = pdfLayoutText(out);
        if (minParts > 1)
            QVERIFY(text.contains(QStringLiteral("Table part 1 of")));
        else if (minParts == 1)
            QVERIFY(!text.contains(QStringLiteral("Table part")));
        QVERIFY(allEmbedded(fontLines(out)));
    }

    void comparisonKeepsNumbersWhole()
    {
        QTemporaryDir dir;
        const QString big = scaledFleet(dir.path(), 24);
        const QString small = ex("neocloud-h100-lessor.fleetroi.json");
        const QString out = dir.filePath(QStringLiteral("c.pdf"));
        QCOMPARE(report({QStringLiteral("--compare"), big, small, QStringLiteral("-o"), out}), 0);
        const QSet<QString> words = tokens(pdfLayoutText(out));
        for (const QString &file : {big, small}) {
            const Scenario s = load(file);
            const ModelResults r = computeModel(s);
            for (double v : {r.kpis.npv, r.kpis.totalCapex, r.kpis.totalOpex,
                             r.kpis.totalLeaseRevenue, r.kpis.totalNetCashFlow})
                QVERIFY2(words.contains(en(v)), qPrintable(en(v)));
            // Net cash flow by calendar year, in thousands.
            std::map<int, double> byYear;
            for (int t = 0; t < r.monthly.size(); ++t)
                byYear[s.startYear + (s.startMonth - 1 + t) / 12] +=
                    r.monthly.netCashFlow[std::size_t(t)];
            for (const auto &[year, v] : byYear)
                QVERIFY2(words.contains(en(v / 1000.0)), qPrintable(QString::number(year)));
        }
    }

    // Issue 14: pdftotext gave Kangxi radicals (U+2F47 for 日, U+2F64 for 用) for the
    // Chinese report: the text layer must carry the characters written.
    void chineseTextLayerIsTheText()
    {
        // The app itself (it embeds the translations), with the Chinese strings expected
        // from translations/fleetroi_zh_CN.ts.
        QTemporaryDir dir;
        const QString file = dat("cjk-name.fleetroi.json");
        const Scenario s = load(file);
        const QString zh = dir.filePath(QStringLiteral("zh.pdf"));
        QProcess app;
        app.start(QStringLiteral(FLEETROI_APP_PATH),
                  {QStringLiteral("report"), file, QStringLiteral("-o"), zh,
                   QStringLiteral("--lang"), QStringLiteral("zh_CN")});
        QVERIFY(app.waitForFinished(120000));
        QCOMPARE(app.exitCode(), 0);
        const QString text = pdfText(zh);
        for (const char32_t c : text.toUcs4())
            QVERIFY2(!(c >= 0x2E80 && c <= 0x2FDF),
                     qPrintable(QStringLiteral("radical U+%1 in the text").arg(uint(c), 4, 16)));
        const QString flat = squeeze(text);
        QVERIFY(flat.contains(squeeze(QString::fromStdString(s.name))));
        QVERIFY(flat.contains(squeeze(QString::fromStdString(s.description))));
        // Every translated string of the report's sections and key figures, as written.
        QFile ts(QStringLiteral(FLEETROI_TEST_DATA_DIR "/../../translations/fleetroi_zh_CN.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        std::map<QString, QString> zhOf; // ReportBuilder source -> translation
        QXmlStreamReader xml(&ts);
        QString context, source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            else if (xml.name() == QLatin1String("source"))
                source = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            else if (xml.name() == QLatin1String("translation") &&
                     context == QLatin1String("fleetroi::report::ReportBuilder"))
                zhOf[source] = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        }
        int found = 0, withRadicalTwins = 0;
        for (const char *source :
             {"Executive summary", "Assumptions", "Cash flow", "Depreciation by tranche",
              "Sensitivity", "Key figures", "Contents", "Average utilization", "Report date",
              // The assumption headings (purchases, groups) are the schema's and the input
              // groups' labels now, translated in their own contexts.
              "Currency", "Revision", "Total capex", "Total opex", "Cost per compute hour",
              "Discounted payback"}) {
            const QString zhText = zhOf[QLatin1String(source)];
            if (zhText.isEmpty())
                continue; // not translated (yet)
            QVERIFY2(flat.contains(squeeze(zhText)), qPrintable(zhText));
            ++found;
            if (zhText.contains(QChar(0x65E5)) || zhText.contains(QChar(0x7528)))
                ++withRadicalTwins; // 日 or 用, which came out as radicals
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(found >= 10, qPrintable(QString::number(found)));
        QVERIFY(withRadicalTwins >= 1);
        const QStringList fonts = fontLines(zh);
        QVERIFY2(allEmbedded(fonts), qPrintable(fonts.join(QLatin1Char('\n'))));
    }

    // Names in scripts the main fonts lack get a fallback font (embedded, real text), and a
    // character no font has gets a visible warning naming it, never silent boxes.
    void otherScriptsGetAFallbackFont()
    {
        QTemporaryDir dir;
        QFile in(ex("neocloud-h100-lessor.fleetroi.json"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(in.readAll()).object();
        const QString thai = QStringLiteral("ภาษาไทย");          // Thai
        const QString hindi = QStringLiteral("क्लस्टर");           // Devanagari
        const QString rocket = QString::fromUcs4(U"\U0001F680"); // emoji
        o[QLatin1String("name")] = QStringLiteral("GPU %1 %2 %3").arg(thai, hindi, rocket);
        const QString file = dir.filePath(QStringLiteral("scripts.fleetroi.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(o).toJson());
        f.close();
        const QString out = dir.filePath(QStringLiteral("s.pdf"));
        QCOMPARE(report({file, QStringLiteral("-o"), out}), 0);
        const QString fonts = fontLines(out).join(QLatin1Char('\n'));
        QVERIFY2(allEmbedded(fontLines(out)), qPrintable(fonts));
        for (const char *font : {"Loma", "Lohit-Devanagari", "Symbola"})
            QVERIFY2(fonts.contains(QLatin1String(font)), qPrintable(fonts));
        // Thai is real text. (Devanagari conjuncts and characters outside the BMP such as the
        // emoji are drawn with their fonts, but Qt 6.4's ToUnicode maps only BMP characters
        // with a glyph of their own, so pdftotext cannot give them back.)
        const QString text = pdfText(out);
        QVERIFY2(text.contains(thai), qPrintable(text.left(400)));
        QVERIFY(!text.contains(QLatin1String("Warning: no installed font")));

        // U+1FAE8 (Unicode 15) is in none of the fonts: the cover says so.
        o[QLatin1String("name")] =
            QString(QStringLiteral("Fleet ") + QString::fromUcs4(U"\U0001FAE8"));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(o).toJson());
        f.close();
        QCOMPARE(report({file, QStringLiteral("-o"), out}), 0);
        const QString warned = pdfText(out);
        QVERIFY2(squeeze(warned).contains(QLatin1String("Warning:noinstalledfont")),
                 qPrintable(warned.left(600)));
        QVERIFY(warned.contains(QLatin1String("U+1FAE8")));
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
        QVERIFY2(fonts.join(QLatin1Char('\n')).contains(QLatin1String("DroidSansFallback")),
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

    // Model 1.1: the Balance sheet section. Every number it prints is recomputed here from
    // the model's results and must appear whole in the page text: impairments of the 25
    // largest tranches, one line for the rest and the total (= total_impairment); book value,
    // market value, tax basis, impairment, net income, book tax, current tax and deferred tax
    // by fiscal year (thousands); the impairment sensitivity. The reconciliation identity
    // (book tax = current tax + change in deferred tax liability) is checked on the fiscal
    // years before the horizon's last month (relative 1e-9). A model-1 report has no such
    // section.
    void balanceSheetSection_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("h100 peak example") << ex("hyperscaler-h100-peak-impairment.fleetroi.json");
        QTest::newRow("40 lots") << QString();
    }
    void balanceSheetSection()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        if (file.isEmpty())
            file = manyTranchesModel11(dir.path());
        const Scenario s = load(file);
        const QString out = dir.filePath(QStringLiteral("bs.pdf"));
        QCOMPARE(report({file, QStringLiteral("-o"), out}), 0);
        const QString text = pdfLayoutText(out);
        QVERIFY2(!text.contains(QChar(0x2026)), "an ellipsis: something was cut");
        QVERIFY(text.contains(QLatin1String("Balance sheet")));
        QVERIFY(text.contains(QLatin1String("Book and tax reconciliation by fiscal year")));
        QVERIFY(text.contains(QLatin1String("Impairment test (ASC 360)"))); // assumptions
        QVERIFY(text.contains(QLatin1String("Market value (USD)")));        // schema label and unit
        const QSet<QString> words = tokens(text);
        auto expect = [&](const QString &token, const QString &what) {
            QVERIFY2(words.contains(token), qPrintable(what + QStringLiteral(": ") + token));
        };
        const ModelResults r = computeModel(s);
        QVERIFY(r.model11);
        // Impairments by tranche, largest first.
        std::map<int, double> byTranche;
        for (const TrancheImpairment &e : r.impairments)
            byTranche[e.purchaseIndex] += e.amount;
        std::vector<double> amounts;
        for (const auto &[k, a] : byTranche)
            amounts.push_back(a);
        std::sort(amounts.begin(), amounts.end(), std::greater<>());
        QVERIFY(!amounts.empty());
        double rest = 0, total = 0;
        for (std::size_t i = 0; i < amounts.size(); ++i) {
            total += amounts[i];
            if (i < 25)
                expect(en(amounts[i]), QStringLiteral("impairment %1").arg(i));
            else
                rest += amounts[i];
        }
        QVERIFY(std::fabs(total - r.kpis.totalImpairment) <= 1e-9 * total);
        expect(en(r.kpis.totalImpairment), QStringLiteral("total impairment"));
        if (amounts.size() > 25) {
            expect(en(rest), QStringLiteral("other tranches"));
            QVERIFY(text.contains(QStringLiteral("Other %1 impaired").arg(amounts.size() - 25)));
        }
        if (!file.contains(QLatin1String("lots")))
            QVERIFY(amounts.size() <= 25);
        else
            QVERIFY2(amounts.size() > 25, qPrintable(QString::number(amounts.size())));
        // The reconciliation by fiscal year.
        const MonthlySeries &m = r.monthly;
        for (const exporting::FiscalYearRow &y : exporting::fiscalYears(s, m)) {
            double impairment = 0, netIncome = 0, bookTax = 0, tax = 0;
            for (int t = y.firstMonth; t <= y.lastMonth; ++t) {
                impairment += m.impairment[std::size_t(t)];
                netIncome += m.netIncome[std::size_t(t)];
                bookTax += m.bookTaxExpense[std::size_t(t)];
                tax += m.tax[std::size_t(t)];
            }
            const std::size_t last = std::size_t(y.lastMonth);
            const double dtl0 =
                y.firstMonth > 0 ? m.deferredTaxLiability[std::size_t(y.firstMonth - 1)] : 0.0;
            const double change = m.deferredTaxLiability[last] - dtl0;
            const QString what = QStringLiteral("FY%1").arg(y.year);
            for (double v : {m.bookValue[last], m.marketValue[last], m.taxBasis[last], impairment,
                             netIncome, bookTax, tax, change, m.deferredTaxLiability[last]})
                expect(en(v / 1000.0), what);
            if (y.lastMonth < m.size() - 1)
                QVERIFY2(std::fabs(bookTax - (tax + change)) <=
                             1e-9 * std::max({std::fabs(bookTax), std::fabs(tax), 1.0}),
                         qPrintable(what));
        }
        // The impairment sensitivity (x0.8, x1.2: the report's swing).
        const ImpairmentSensitivity sens = computeImpairmentSensitivity(s, 0.2);
        QVERIFY(text.contains(QLatin1String("Total impairment when the curves shift")));
        for (const ImpairmentSensitivityRow &row : sens.rows)
            for (double v : {row.impairmentLow, row.impairmentHigh, row.npvLow, row.npvHigh})
                expect(en(v), QString::fromUtf8(impairmentCurveKey(row.curve)));
        // The 1.1 assumptions with their provenance, in the section's own table (the appendix
        // lists every source too: look only between the table's heading and the next section).
        // Reading order (not -layout): a wrapped cell stays together.
        const QString reading = pdfText(out);
        const qsizetype from =
            reading.indexOf(QLatin1String("Balance-sheet assumptions and their"));
        QVERIFY(from > 0);
        const qsizetype to =
            reading.indexOf(QRegularExpression(QStringLiteral("\\n\\s*Sensitivity\\s*\\n")), from);
        QVERIFY(to > from);
        const QString flat = squeeze(reading.mid(from, to - from));
        QVERIFY(flat.contains(QLatin1String("finance.impairment_test")));
        for (const Provenance &p : s.provenance)
            if (p.field.find("useful_life_change") != std::string::npos ||
                p.field.find("market_value") != std::string::npos)
                QVERIFY2(flat.contains(squeeze(QString::fromStdString(p.source))), p.field.c_str());
        QVERIFY(allEmbedded(fontLines(out)));

        // Model 1: no balance-sheet section, no 1.1 rows.
        const QString v1 = dir.filePath(QStringLiteral("v1.pdf"));
        QCOMPARE(report({ex("neocloud-h100-lessor.fleetroi.json"), QStringLiteral("-o"), v1}), 0);
        const QString v1Text = pdfText(v1);
        QVERIFY(!v1Text.contains(QLatin1String("Balance sheet")));
        QVERIFY(!v1Text.contains(QLatin1String("Impairment test")));
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

    // Long scenario names are wrapped, never cut with an ellipsis: in the NPV bridge's
    // heading, sentence and table the whole names; in the charts' labels wrapped lines.
    void comparisonKeepsLongNamesWhole()
    {
        QTemporaryDir dir;
        const QStringList names = {
            QStringLiteral("Budget v3 with leasing of the surplus capacity, base case"),
            QStringLiteral("Budget v3 with leasing of the surplus capacity, high power prices")};
        QStringList files;
        for (int i = 0; i < 2; ++i) {
            QFile in(ex("hyperscaler-surplus-leasing.fleetroi.json"));
            QVERIFY(in.open(QIODevice::ReadOnly));
            QJsonObject o = QJsonDocument::fromJson(in.readAll()).object();
            o[QStringLiteral("name")] = names[i];
            if (i == 1) {
                QJsonObject ops = o[QStringLiteral("operations")].toObject();
                ops[QStringLiteral("electricity_price_per_kwh")] = 0.11;
                o[QStringLiteral("operations")] = ops;
            }
            files << dir.filePath(QStringLiteral("s%1.fleetroi.json").arg(i));
            QFile out(files.back());
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(QJsonDocument(o).toJson());
        }
        const QString pdf = dir.filePath(QStringLiteral("c.pdf"));
        QCOMPARE(
            report({QStringLiteral("--compare"), files[0], files[1], QStringLiteral("-o"), pdf}),
            0);
        const QString text = pdfText(pdf);
        QVERIFY2(!text.contains(QChar(0x2026)), "an elided name");
        QVERIFY2(squeeze(text).contains(squeeze(
                     QStringLiteral("NPV bridge from 1. %1 to 2. %2").arg(names[0], names[1]))),
                 qPrintable(text.left(3000)));
    }

    // Issue #13: the Assumptions section walks the schema. Every field the scenario sets is
    // shown with its label and its exact value (never rounded to the editor's decimals), for
    // the examples, a Monte Carlo set-up with correlations, and a demand series with values
    // of more decimals than the schema's.
    void assumptionsShowEverySchemaField_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("hyperscaler") << ex("hyperscaler-surplus-leasing.fleetroi.json");
        QTest::newRow("neocloud") << ex("neocloud-h100-lessor.fleetroi.json");
        QTest::newRow("model 1.1") << ex("hyperscaler-h100-peak-impairment.fleetroi.json");
        QTest::newRow("uncertain, series") << QString();
    }
    void assumptionsShowEverySchemaField()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        if (file.isEmpty()) {
            Scenario s = load(dat("neocloud-uncertain.fleetroi.json"));
            s.operations.electricityPricePerKwh = 0.08125; // schema: 3 decimals
            s.finance.taxRate = 0.2575;                    // schema: 2 decimals of percent
            s.skus[0].powerKwPerGpu = 1.27525;
            s.internalDemand.isSeries = true;
            s.internalDemand.series.assign(std::size_t(s.horizonMonths), 0.0);
            for (std::size_t t = 0; t < s.internalDemand.series.size(); ++t)
                s.internalDemand.series[t] = 1000.5 * double(t + 1);
            s.purchases[0].gpuPrice = 23999.5;
            s.purchases[0].label = "Cluster A";
            s.provenance.push_back({"operations.pue", "Site survey", "2026-02-01", "measured"});
            file = dir.filePath(QStringLiteral("u.fleetroi.json"));
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(QByteArray::fromStdString(writeScenario(s)));
        }
        const Scenario s = load(file);
        const QString out = dir.filePath(QStringLiteral("a.pdf"));
        QCOMPARE(report({file, QStringLiteral("-o"), out}), 0);
        checkAssumptionsShowEveryField(out, s);
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
