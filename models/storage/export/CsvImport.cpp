// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/CsvImport.h"

#include "export/ExportData.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>
#include <map>

namespace fleetroi {
namespace exporting {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(fleetroi::exporting::CsvImport)
};

QChar detectDelimiter(const QString &text)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    const QString first = text.left(end < 0 ? text.size() : end);
    const qsizetype tabs = first.count(QLatin1Char('\t'));
    const qsizetype semis = first.count(QLatin1Char(';'));
    const qsizetype commas = first.count(QLatin1Char(','));
    if (tabs >= semis && tabs >= commas && tabs > 0)
        return QLatin1Char('\t');
    if (semis >= commas && semis > 0)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

// A C-locale number; no grouping, no locale decimal comma, finite.
bool parseNumber(const QString &s, double *out)
{
    static const QRegularExpression re(
        QStringLiteral("^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?$"));
    const QString t = s.trimmed();
    if (!re.match(t).hasMatch())
        return false;
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return false;
    *out = v;
    return true;
}

// Month index from "7" or "2026-08" relative to the scenario's start; -1 when unreadable.
int parseMonth(const QString &s, const Scenario &sc)
{
    const QString t = s.trimmed();
    static const QRegularExpression ym(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    if (const auto m = ym.match(t); m.hasMatch()) {
        const int year = m.captured(1).toInt();
        const int month = m.captured(2).toInt();
        if (month < 1 || month > 12)
            return -1;
        return (year - sc.startYear) * 12 + (month - sc.startMonth);
    }
    double v = 0;
    if (!parseNumber(t, &v) || v != std::floor(v) || v < -1e6 || v > 1e6)
        return -1;
    return int(v);
}

QString rangeText(double lo, double hi)
{
    return Text::tr("from %1 to %2")
        .arg(QString::number(lo, 'g', 12), QString::number(hi, 'g', 12));
}

} // namespace

std::vector<QStringList> splitCsv(const QString &input, std::vector<int> *lineNumbers)
{
    QString text = input;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QChar delim = detectDelimiter(text);
    std::vector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false, fieldStarted = false;
    int line = 1, rowLine = 1;
    auto endRow = [&] {
        row << field;
        field.clear();
        fieldStarted = false;
        bool empty = true;
        for (const QString &f : row)
            if (!f.trimmed().isEmpty())
                empty = false;
        if (!empty) {
            rows.push_back(row);
            if (lineNumbers)
                lineNumbers->push_back(rowLine);
        }
        row.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
        } else if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == delim) {
            row << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n')) {
            endRow();
            ++line;
            rowLine = line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !field.isEmpty() || !row.isEmpty())
        endRow();
    return rows;
}

PurchaseImport parsePurchaseCsv(const QString &text, const Scenario &sc)
{
    PurchaseImport out;
    std::vector<int> lines;
    const std::vector<QStringList> rows = splitCsv(text, &lines);
    const QStringList known = {QStringLiteral("month"),     QStringLiteral("sku"),
                               QStringLiteral("gpus"),      QStringLiteral("install_lag_months"),
                               QStringLiteral("gpu_price"), QStringLiteral("label")};
    std::map<QString, int> column; // name -> index
    for (int i = 0; i < int(known.size()); ++i)
        column[known[i]] = i;
    std::size_t first = 0;
    if (!rows.empty()) {
        int names = 0;
        std::map<QString, int> header;
        for (int i = 0; i < int(rows[0].size()); ++i) {
            const QString name =
                rows[0][i].trimmed().toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
            if (known.contains(name)) {
                header[name] = i;
                ++names;
            }
        }
        if (names > 0) {
            out.hadHeader = true;
            first = 1;
            column = header;
            for (const char *required : {"month", "sku", "gpus"})
                if (!column.count(QLatin1String(required)))
                    out.rejected.push_back(
                        {lines[0], rows[0].join(QLatin1Char(',')),
                         Text::tr("the header has no '%1' column").arg(QLatin1String(required))});
            if (!out.rejected.empty())
                return out;
        }
    }
    for (std::size_t r = first; r < rows.size(); ++r) {
        const QStringList &cells = rows[r];
        const int line = lines[r];
        auto cell = [&](const char *name) -> QString {
            const auto it = column.find(QLatin1String(name));
            return it == column.end() ? QString() : cells.value(it->second).trimmed();
        };
        auto reject = [&](const QString &reason) {
            out.rejected.push_back({line, cells.join(QLatin1Char(',')), reason});
        };
        PurchaseTranche p;
        const int month = parseMonth(cell("month"), sc);
        if (month < 0 || month >= sc.horizonMonths) {
            reject(Text::tr("month: must be 0 to %1 or a month from %2 to %3, got '%4'")
                       .arg(sc.horizonMonths - 1)
                       .arg(monthText(sc, 0), monthText(sc, sc.horizonMonths - 1), cell("month")));
            continue;
        }
        p.month = month;
        const QString sku = cell("sku");
        int skuIndex = sc.skuIndex(sku.toStdString());
        if (skuIndex < 0)
            for (std::size_t i = 0; i < sc.skus.size(); ++i)
                if (QString::fromStdString(sc.skus[i].name).compare(sku, Qt::CaseInsensitive) == 0)
                    skuIndex = int(i);
        if (skuIndex < 0) {
            reject(Text::tr("sku: no SKU with the id or name '%1'").arg(sku));
            continue;
        }
        p.sku = sc.skus[std::size_t(skuIndex)].id;
        double gpus = 0;
        if (!parseNumber(cell("gpus"), &gpus) || gpus != std::floor(gpus) || gpus < 1 ||
            gpus > 1e8) {
            reject(Text::tr("gpus: must be a whole number %1, got '%2'")
                       .arg(rangeText(1, 1e8), cell("gpus")));
            continue;
        }
        p.gpus = std::int64_t(gpus);
        if (const QString lag = cell("install_lag_months"); !lag.isEmpty()) {
            double v = 0;
            if (!parseNumber(lag, &v) || v != std::floor(v) || v < 0 || v > 60) {
                reject(Text::tr("install_lag_months: must be a whole number %1, got '%2'")
                           .arg(rangeText(0, 60), lag));
                continue;
            }
            p.installLagMonths = int(v);
        }
        if (const QString price = cell("gpu_price"); !price.isEmpty()) {
            double v = 0;
            if (!parseNumber(price, &v) || v < 0 || v > 1e9) {
                reject(Text::tr("gpu_price: must be a number %1, got '%2'")
                           .arg(rangeText(0, 1e9), price));
                continue;
            }
            p.gpuPrice = v;
        }
        const QString label = cell("label");
        if (label.size() > 10000) {
            reject(Text::tr("label: at most 10000 characters"));
            continue;
        }
        bool control = false;
        for (QChar c : label)
            if (c.category() == QChar::Other_Control && c != QLatin1Char('\t') &&
                c != QLatin1Char('\n'))
                control = true;
        if (control) {
            reject(Text::tr("label: control characters are not allowed"));
            continue;
        }
        p.label = label.toStdString();
        out.purchases.push_back(p);
        out.lines.push_back(line);
    }
    return out;
}

DemandImport parseDemandCsv(const QString &text, const Scenario &sc)
{
    DemandImport out;
    std::vector<int> lines;
    const std::vector<QStringList> rows = splitCsv(text, &lines);
    std::size_t first = 0;
    double probe = 0;
    if (!rows.empty() && !parseNumber(rows[0].value(rows[0].size() - 1), &probe)) {
        out.hadHeader = true; // e.g. "month,compute_hours"
        first = 1;
    }
    const int H = sc.horizonMonths;
    std::vector<double> values(std::size_t(std::max(H, 0)), std::nan(""));
    int next = 0;
    for (std::size_t r = first; r < rows.size(); ++r) {
        const QStringList &cells = rows[r];
        const int line = lines[r];
        auto reject = [&](const QString &reason) {
            out.rejected.push_back({line, cells.join(QLatin1Char(',')), reason});
        };
        int month = next;
        QString valueText = cells.value(0);
        if (cells.size() >= 2) {
            month = parseMonth(cells[0], sc);
            valueText = cells[1];
            if (month < 0 || month >= H) {
                reject(Text::tr("month: must be 0 to %1 or a month from %2 to %3, got '%4'")
                           .arg(H - 1)
                           .arg(monthText(sc, 0), monthText(sc, H - 1), cells[0].trimmed()));
                continue;
            }
        } else if (month >= H) {
            reject(Text::tr("more values than the %n month(s) of the horizon", nullptr, H));
            continue;
        }
        double v = 0;
        if (!parseNumber(valueText, &v) || v < 0 || v > 1e15) {
            reject(Text::tr("compute hours: must be a number %1, got '%2'")
                       .arg(rangeText(0, 1e15), valueText.trimmed()));
            continue;
        }
        if (!std::isnan(values[std::size_t(month)])) {
            reject(Text::tr("month %1 is given twice").arg(month));
            continue;
        }
        values[std::size_t(month)] = v;
        out.lines.push_back(line);
        next = month + 1;
    }
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
