// SPDX-License-Identifier: GPL-3.0-or-later
// Cells of an imported CSV read against the scenario format, and the row loop both
// importers share (CsvRows.h).
#include "export/CsvRows.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>
#include <map>

namespace fleetroi {
namespace exporting {
namespace csv_detail {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(fleetroi::exporting::CsvImport)
};

// Why `s` is not a number with decimal separator `decimal` (no grouping, finite), or an
// empty string with *out set.
QString numberProblem(const QString &s, QChar decimal, double *out)
{
    const QString t = s.trimmed();
    if (t.isEmpty())
        return Text::tr("empty");
    const QString d = QRegularExpression::escape(QString(decimal));
    const QRegularExpression re(
        QStringLiteral("^[+-]?(\\d+(%1\\d*)?|%1\\d+)([eE][+-]?\\d+)?$").arg(d));
    if (!re.match(t).hasMatch()) {
        const QChar other = decimal == QLatin1Char('.') ? QLatin1Char(',') : QLatin1Char('.');
        if (t.contains(other) && t.contains(decimal))
            return Text::tr("'%1' has thousands separators, which are not read; write it "
                            "without them")
                .arg(t);
        if (t.contains(other))
            return Text::tr("'%1' has a decimal %2, but the decimal separator is the %3")
                .arg(t, csvSeparatorName(other), csvSeparatorName(decimal));
        return Text::tr("'%1' is not a number").arg(t);
    }
    QString c = t;
    c.replace(decimal, QLatin1Char('.'));
    bool ok = false;
    const double v = c.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return Text::tr("'%1' is too large").arg(t);
    *out = v;
    return {};
}

// "must be a whole number from 1 to 100000000" in the format's words.
QString ruleText(const scenario_detail::NumberRule &r)
{
    return QString::fromStdString(scenario_detail::describeRule(r));
}

// The field count every row must have: the header's, else the count most rows have (the
// first such on a tie), so one odd first row ("0,5" in a one-column file) cannot set it.
int expectedFieldCount(const std::vector<QStringList> &rows, bool hadHeader)
{
    if (rows.empty())
        return 0;
    if (hadHeader)
        return int(rows[0].size());
    std::map<int, int> counts;
    for (const QStringList &r : rows)
        ++counts[int(r.size())];
    int best = int(rows[0].size());
    for (const QStringList &r : rows)
        if (counts[int(r.size())] > counts[best])
            best = int(r.size());
    return best;
}

// Rows with another field count than expected are rejected with their line; true when the
// row may be read.
bool fieldCountOk(const QStringList &cells, int expected, bool fromHeader, QChar delimiter,
                  QString *reason)
{
    if (int(cells.size()) == expected)
        return true;
    // Plain plurals: the command line runs without translations, where "%n field(s)"
    // would stay as written.
    const QString fields =
        cells.size() == 1 ? Text::tr("1 field") : Text::tr("%1 fields").arg(cells.size());
    QString why = fromHeader ? Text::tr("%1, but the header has %2").arg(fields).arg(expected)
                             : Text::tr("%1, but the other rows have %2").arg(fields).arg(expected);
    if (delimiter == QLatin1Char(',') && int(cells.size()) > expected)
        why += Text::tr(" (a number with a decimal comma in a comma-separated file? Quote it, "
                        "write it with a decimal point, or use semicolons between fields)");
    *reason = why;
    return false;
}

// The format in use, or a problem when the decimal separator is also the delimiter.
CsvFormat formatFor(const QString &text, const CsvOptions &options, QString *problem)
{
    const CsvFormat f = detectCsvFormat(text, options);
    if (f.decimal == f.delimiter)
        *problem = Text::tr("the decimal separator (%1) cannot also be the delimiter between "
                            "fields; choose another")
                       .arg(csvSeparatorName(f.decimal));
    else if (f.decimal != QLatin1Char('.') && f.decimal != QLatin1Char(','))
        *problem = Text::tr("the decimal separator must be a point or a comma");
    return f;
}

} // namespace

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
    static const QRegularExpression whole(QStringLiteral("^\\d{1,7}$"));
    if (!whole.match(t).hasMatch())
        return -1;
    return t.toInt();
}

// Reads a number cell against a rule of the format; empty string when fine.
QString readRule(const QString &name, const QString &cell, const CsvFormat &format,
                 const scenario_detail::NumberRule &rule, double *out)
{
    double v = 0;
    QString problem = numberProblem(cell, format.decimal, &v);
    static const QRegularExpression grouped(QStringLiteral("^[+-]?[1-9]\\d{0,2}[.,]\\d{3}$"));
    const QString t = cell.trimmed();
    if (problem.isEmpty() && format.decimalAmbiguous && t.contains(format.decimal) &&
        grouped.match(t).hasMatch()) {
        QString asGrouped = t;
        asGrouped.remove(format.decimal);
        problem = Text::tr("'%1', which is ambiguous: %2 with a decimal %3, or %4 with a %3 "
                           "between thousands; choose the decimal separator (--decimal, or "
                           "Decimal separator in the import preview)")
                      .arg(t, QString(t).replace(format.decimal, QLatin1Char('.')),
                           csvSeparatorName(format.decimal), asGrouped);
    }
    if (!problem.isEmpty())
        return Text::tr("%1: must be %2, got %3").arg(name, ruleText(rule), problem);
    if (!scenario_detail::inRange(v, rule))
        return Text::tr("%1: must be %2, got %3").arg(name, ruleText(rule), cell.trimmed());
    *out = v;
    return {};
}

bool looksNumeric(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[+-]?[\\d.,]*\\d[\\d.,]*$"));
    return re.match(s.trimmed()).hasMatch();
}

QString rowText(const QStringList &cells, QChar delimiter)
{
    return cells.join(delimiter == QLatin1Char('\t') ? QStringLiteral("\\t") : QString(delimiter));
}

CsvRows readCsvRows(const QString &text, const CsvOptions &options)
{
    CsvRows out;
    out.format = formatFor(text, options, &out.problem);
    if (out.problem.isEmpty())
        out.rows = splitCsv(text, &out.lines, out.format.delimiter);
    return out;
}

void forEachDataRow(const CsvRows &t, std::size_t first, bool hadHeader,
                    std::vector<CsvRejectedRow> &rejected,
                    const std::function<QString(const QStringList &cells, int line)> &read)
{
    const QChar delim = t.format.delimiter;
    const int expected = expectedFieldCount(t.rows, hadHeader);
    for (std::size_t r = first; r < t.rows.size(); ++r) {
        const QStringList &cells = t.rows[r];
        QString why;
        if (fieldCountOk(cells, expected, hadHeader, delim, &why))
            why = read(cells, t.lines[r]);
        if (!why.isEmpty())
            rejected.push_back({t.lines[r], rowText(cells, delim), why});
    }
}

} // namespace csv_detail
} // namespace exporting
} // namespace fleetroi
