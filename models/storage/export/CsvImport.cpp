// SPDX-License-Identifier: GPL-3.0-or-later
// The two importers (CsvImport.h): purchase tranches and a demand series. The purchase
// columns are the fields of the scenario schema's purchases[] entries (ScenarioSchema.h), in
// its order, with its ranges; decoding, splitting and the shared row loop live in
// CsvEncoding.cpp, CsvSplit.cpp and CsvRows.cpp.
#include "export/CsvImport.h"

#include "export/CsvRows.h"
#include "export/ExportData.h"
#include "scenario/ScenarioSchema.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>
#include <map>

namespace fleetroi {
namespace exporting {

namespace {

using namespace csv_detail;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(fleetroi::exporting::CsvImport)
};

QString keyText(const SchemaField &f)
{
    return QString::fromUtf8(f.key.data(), qsizetype(f.key.size()));
}

// The purchase columns: the fields of one purchases[] entry, in the format's order.
std::span<const SchemaField> purchaseColumns()
{
    return schemaChildren(std::string(schemaField(FieldId::Purchases).path) + "[]");
}

QString monthProblem(const Scenario &sc, const QString &got)
{
    return Text::tr("month: must be 0 to %1 or a month from %2 to %3, got '%4'")
        .arg(sc.horizonMonths - 1)
        .arg(monthText(sc, 0), monthText(sc, sc.horizonMonths - 1), got);
}

// Why a label cannot be taken, or "".
QString labelProblem(const QString &label, const SchemaField &f)
{
    if (scenario_detail::countCharacters(label.toStdString()) > std::size_t(f.rule.max))
        return Text::tr("label: at most %1 characters").arg(std::size_t(f.rule.max));
    for (QChar c : label)
        if (c.category() == QChar::Other_Control && c != QLatin1Char('\t') &&
            c != QLatin1Char('\n'))
            return Text::tr("label: control characters are not allowed");
    return {};
}

// Reads one purchase row into `p`: each column of the schema in order, the first problem
// rejects the row. `column` maps a column name to its field index in the row.
QString readPurchase(const QStringList &cells, const std::map<QString, int> &column,
                     const Scenario &sc, const CsvFormat &format, PurchaseTranche &p)
{
    auto cell = [&](const SchemaField &f) -> QString {
        const auto it = column.find(keyText(f));
        return it == column.end() ? QString() : cells.value(it->second).trimmed();
    };
    for (const SchemaField &f : purchaseColumns()) {
        const QString value = cell(f);
        switch (f.id) {
        case FieldId::PurchaseMonth: {
            const int month = parseMonth(value, sc);
            const scenario_detail::NumberRule rule =
                narrowedRule(f.rule, f.monthIndex, sc.horizonMonths);
            if (month < 0 || !scenario_detail::inRange(std::int64_t(month), rule))
                return monthProblem(sc, value);
            f.ref<int>(&p) = month;
            break;
        }
        case FieldId::PurchaseSku: {
            int skuIndex = sc.skuIndex(value.toStdString());
            if (skuIndex < 0)
                for (std::size_t i = 0; i < sc.skus.size(); ++i)
                    if (QString::fromStdString(sc.skus[i].name)
                            .compare(value, Qt::CaseInsensitive) == 0)
                        skuIndex = int(i);
            if (skuIndex < 0)
                return Text::tr("sku: no SKU with the id or name '%1'").arg(value);
            f.ref<std::string>(&p) = sc.skus[std::size_t(skuIndex)].id;
            break;
        }
        case FieldId::PurchaseLabel: {
            // "24999,50" as a price in a comma file without a header splits into a price
            // 24999 and a label "50": refused rather than read as another number.
            const SchemaField &price = schemaField(FieldId::PurchaseGpuPrice);
            const auto labelAt = column.find(keyText(f));
            const auto priceAt = column.find(keyText(price));
            if (format.delimiter == QLatin1Char(',') && labelAt != column.end() &&
                priceAt != column.end() && labelAt->second == priceAt->second + 1 &&
                !cell(price).isEmpty() &&
                QRegularExpression(QStringLiteral("^\\d{1,2}$")).match(value).hasMatch())
                return Text::tr("gpu_price '%1' followed by a label '%2': is it the price %1,%2 "
                                "with a decimal comma? Write the price with a decimal point, "
                                "quote the label, or use semicolons between fields")
                    .arg(cell(price), value);
            if (QString why = labelProblem(value, f); !why.isEmpty())
                return why;
            f.ref<std::string>(&p) = value.toStdString();
            break;
        }
        default: { // a number of the format's range; an optional one may be left empty
            if (value.isEmpty() && !f.required)
                break;
            if (f.type == FieldType::Text) {
                f.ref<std::string>(&p) = value.toStdString();
                break;
            }
            double v = 0;
            if (QString why = readRule(keyText(f), value, format, f.rule, &v); !why.isEmpty())
                return why;
            switch (f.type) {
            case FieldType::Int:
                f.ref<int>(&p) = int(v);
                break;
            case FieldType::Int64:
                f.ref<std::int64_t>(&p) = std::int64_t(v);
                break;
            case FieldType::OptionalNumber:
                f.ref<std::optional<double>>(&p) = v;
                break;
            case FieldType::Number:
                f.ref<double>(&p) = v;
                break;
            default:
                break;
            }
        }
        }
    }
    return {};
}

} // namespace

PurchaseImport parsePurchaseCsv(const QString &text, const Scenario &sc, const CsvOptions &options)
{
    PurchaseImport out;
    const CsvRows t = readCsvRows(text, options);
    out.format = t.format;
    out.problem = t.problem;
    if (!out.problem.isEmpty())
        return out;
    // Without a header the columns are in the format's order; a header names them in any
    // order (its cells compared without case, spaces read as '_').
    std::map<QString, int> column; // name -> index
    for (const SchemaField &f : purchaseColumns())
        column.emplace(keyText(f), int(column.size()));
    std::size_t first = 0;
    if (!t.rows.empty()) {
        std::map<QString, int> header;
        for (int i = 0; i < int(t.rows[0].size()); ++i) {
            const QString name =
                t.rows[0][i].trimmed().toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
            if (column.count(name))
                header[name] = i;
        }
        if (!header.empty()) {
            out.hadHeader = true;
            first = 1;
            column = header;
            for (const SchemaField &f : purchaseColumns())
                if (f.required && !column.count(keyText(f)))
                    out.rejected.push_back(
                        {t.lines[0], rowText(t.rows[0], t.format.delimiter),
                         Text::tr("the header has no '%1' column").arg(keyText(f))});
            if (!out.rejected.empty())
                return out;
        }
    }
    forEachDataRow(t, first, out.hadHeader, out.rejected, [&](const QStringList &cells, int line) {
        PurchaseTranche p;
        QString why = readPurchase(cells, column, sc, out.format, p);
        if (why.isEmpty()) {
            out.purchases.push_back(p);
            out.lines.push_back(line);
        }
        return why;
    });
    return out;
}

DemandImport parseDemandCsv(const QString &text, const Scenario &sc, const CsvOptions &options)
{
    DemandImport out;
    const CsvRows t = readCsvRows(text, options);
    out.format = t.format;
    out.problem = t.problem;
    if (!out.problem.isEmpty())
        return out;
    std::size_t first = 0;
    if (!t.rows.empty()) {
        // A header when its last cell is no number, e.g. "month,compute_hours".
        const QString last = t.rows[0].value(t.rows[0].size() - 1).trimmed();
        if (!looksNumeric(last) && parseMonth(last, sc) < 0) {
            out.hadHeader = true;
            first = 1;
        }
    }
    const int H = sc.horizonMonths;
    const scenario_detail::NumberRule &rule = schemaField(FieldId::DemandSeries).rule;
    std::vector<double> values(std::size_t(std::max(H, 0)), std::nan(""));
    int next = 0;
    forEachDataRow(t, first, out.hadHeader, out.rejected, [&](const QStringList &cells, int line) {
        int month = next;
        QString valueText = cells.value(0);
        if (cells.size() >= 2) {
            month = parseMonth(cells[0], sc);
            valueText = cells[1];
            if (month < 0 || month >= H)
                return monthProblem(sc, cells[0].trimmed());
        } else if (month >= H) {
            return Text::tr("more values than the %n month(s) of the horizon", nullptr, H);
        }
        double v = 0;
        if (QString why = readRule(Text::tr("compute hours"), valueText, out.format, rule, &v);
            !why.isEmpty())
            return why;
        if (!std::isnan(values[std::size_t(month)]))
            return Text::tr("month %1 is given twice").arg(monthText(sc, month));
        values[std::size_t(month)] = v;
        out.lines.push_back(line);
        next = month + 1;
        return QString();
    });
    QStringList missing;
    for (int t = 0; t < H; ++t)
        if (std::isnan(values[std::size_t(t)]))
            missing << monthText(sc, t);
    if (!missing.isEmpty())
        out.problem = Text::tr("%n month(s) without a value: %1", nullptr, int(missing.size()))
                          .arg(missing.size() > 6 ? missing.mid(0, 6).join(QStringLiteral(", ")) +
                                                        QStringLiteral(", \u2026")
                                                  : missing.join(QStringLiteral(", ")));
    else
        out.series = values;
    return out;
}

} // namespace exporting
} // namespace fleetroi
