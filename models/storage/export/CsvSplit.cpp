// SPDX-License-Identifier: GPL-3.0-or-later
// CSV text into rows of fields (CsvImport.h): the delimiter and decimal separator in use,
// RFC 4180 quoting, and the line each row starts on.
#include "export/CsvImport.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fleetroi {
namespace exporting {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(fleetroi::exporting::CsvImport)
};

QChar detectDelimiter(const QString &text)
{
    // The first non-empty line decides.
    qsizetype start = 0;
    QString first;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = text.size();
        first = text.mid(start, end - start);
        if (!first.trimmed().isEmpty())
            break;
        start = end + 1;
    }
    const qsizetype tabs = first.count(QLatin1Char('\t'));
    const qsizetype semis = first.count(QLatin1Char(';'));
    const qsizetype commas = first.count(QLatin1Char(','));
    if (tabs >= semis && tabs >= commas && tabs > 0)
        return QLatin1Char('\t');
    if (semis >= commas && semis > 0)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

QString normalised(const QString &input)
{
    QString text = input;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

} // namespace

QString csvSeparatorName(QChar c)
{
    if (c == QLatin1Char(','))
        return Text::tr("comma");
    if (c == QLatin1Char(';'))
        return Text::tr("semicolon");
    if (c == QLatin1Char('\t'))
        return Text::tr("tab");
    if (c == QLatin1Char('.'))
        return Text::tr("point");
    return QStringLiteral("'%1'").arg(c);
}

CsvFormat detectCsvFormat(const QString &input, const CsvOptions &options)
{
    CsvFormat f;
    const QString text = normalised(input);
    f.delimiter = options.delimiter;
    if (f.delimiter.isNull()) {
        f.delimiter = detectDelimiter(text);
        f.delimiterDetected = true;
    }
    f.decimal = options.decimal;
    if (f.decimal.isNull()) {
        f.decimalDetected = true;
        f.decimal = QLatin1Char('.');
        if (f.delimiter != QLatin1Char(',')) {
            // A decimal comma only when the numbers use it and none uses a point.
            static const QRegularExpression commaNumber(QStringLiteral("^[+-]?\\d*,\\d+$"));
            static const QRegularExpression pointNumber(QStringLiteral("^[+-]?\\d*\\.\\d+$"));
            bool comma = false, point = false;
            for (const QStringList &row : splitCsv(text, nullptr, f.delimiter))
                for (const QString &cell : row) {
                    const QString t = cell.trimmed();
                    comma = comma || commaNumber.match(t).hasMatch();
                    point = point || pointNumber.match(t).hasMatch();
                }
            if (comma && !point)
                f.decimal = QLatin1Char(',');
            // Would a separator between thousands read every such number as well?
            static const QRegularExpression grouped(
                QStringLiteral("^[+-]?[1-9]\\d{0,2}[.,]\\d{3}$"));
            bool anyGrouped = false, anyOther = false;
            for (const QStringList &row : splitCsv(text, nullptr, f.delimiter))
                for (const QString &cell : row) {
                    const QString t = cell.trimmed();
                    if (!t.contains(f.decimal) ||
                        !(commaNumber.match(t).hasMatch() || pointNumber.match(t).hasMatch()))
                        continue;
                    if (grouped.match(t).hasMatch())
                        anyGrouped = true;
                    else
                        anyOther = true;
                }
            f.decimalAmbiguous = anyGrouped && !anyOther;
        }
    }
    return f;
}

std::vector<QStringList> splitCsv(const QString &input, std::vector<int> *lineNumbers,
                                  QChar delimiter)
{
    const QString text = normalised(input);
    const QChar delim = delimiter.isNull() ? detectDelimiter(text) : delimiter;
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

} // namespace exporting
} // namespace fleetroi
