// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/CsvImport.h"

#include "export/ExportData.h"
#include "scenario/ScenarioChecks.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>

#include <cmath>
#include <map>

namespace fleetroi {
namespace exporting {

namespace {

namespace rules = scenario_detail::rules;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(fleetroi::exporting::CsvImport)
};

// Windows-1252 0x80..0x9F (0 = undefined in the code page); 0xA0..0xFF are Latin-1's.
// Used when QStringDecoder has no "windows-1252" (a Qt built without ICU).
const char16_t kCp1252High[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                  0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

QString decodeCp1252(const QByteArray &bytes, bool *ok)
{
    // Five bytes have no character in Windows-1252; some decoders pass them through as
    // C1 controls, which would hide that the file is not Windows-1252 at all.
    for (char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if (b >= 0x80 && b <= 0x9F && !kCp1252High[b - 0x80]) {
            *ok = false;
            return {};
        }
    }
    QStringDecoder decoder("windows-1252");
    if (decoder.isValid()) {
        QString s = decoder.decode(bytes);
        *ok = !decoder.hasError();
        return s;
    }
    QString s;
    s.reserve(bytes.size());
    *ok = true;
    for (char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if (b >= 0x80 && b <= 0x9F) {
            if (!kCp1252High[b - 0x80])
                *ok = false;
            s += QChar(kCp1252High[b - 0x80] ? kCp1252High[b - 0x80] : 0xFFFD);
        } else {
            s += QChar(char16_t(b));
        }
    }
    return s;
}

// Line (1-based) and byte of the first invalid UTF-8 sequence, or line 0 when valid.
int firstInvalidUtf8(const QByteArray &b, unsigned char *badByte)
{
    int line = 1;
    qsizetype i = 0;
    while (i < b.size()) {
        const auto c = static_cast<unsigned char>(b[i]);
        if (c == '\n')
            ++line;
        qsizetype len = 0;
        std::uint32_t cp = 0, min = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            len = 2, cp = c & 0x1F, min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3, cp = c & 0x0F, min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4, cp = c & 0x07, min = 0x10000;
        } else {
            *badByte = c;
            return line;
        }
        if (i + len > b.size()) {
            *badByte = c;
            return line;
        }
        for (qsizetype k = 1; k < len; ++k) {
            const auto d = static_cast<unsigned char>(b[i + k]);
            if ((d & 0xC0) != 0x80) {
                *badByte = c;
                return line;
            }
            cp = (cp << 6) | (d & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            *badByte = c;
            return line;
        }
        i += len;
    }
    return 0;
}

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

// "must be a whole number from 1 to 100000000" in the format's words.
QString ruleText(const scenario_detail::NumberRule &r)
{
    return QString::fromStdString(scenario_detail::describeRule(r));
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

} // namespace

QString csvEncodingName(CsvEncoding e)
{
    switch (e) {
    case CsvEncoding::Auto:
        return QStringLiteral("auto");
    case CsvEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case CsvEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case CsvEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case CsvEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    case CsvEncoding::Latin1:
        return QStringLiteral("Latin-1 (ISO-8859-1)");
    }
    return {};
}

bool csvEncodingFromName(const QString &name, CsvEncoding *out)
{
    QString n = name.trimmed().toLower();
    n.remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    if (n == u"auto")
        *out = CsvEncoding::Auto;
    else if (n == u"utf8")
        *out = CsvEncoding::Utf8;
    else if (n == u"utf16le" || n == u"utf16")
        *out = CsvEncoding::Utf16LE;
    else if (n == u"utf16be")
        *out = CsvEncoding::Utf16BE;
    else if (n == u"windows1252" || n == u"cp1252" || n == u"win1252")
        *out = CsvEncoding::Windows1252;
    else if (n == u"latin1" || n == u"iso88591" || n == u"l1")
        *out = CsvEncoding::Latin1;
    else
        return false;
    return true;
}

CsvDecoded decodeCsvBytes(const QByteArray &bytes, CsvEncoding encoding)
{
    CsvDecoded d;
    const bool bomUtf8 = bytes.startsWith("\xEF\xBB\xBF");
    const bool bomLE = bytes.startsWith("\xFF\xFE");
    const bool bomBE = bytes.startsWith("\xFE\xFF");
    if (encoding == CsvEncoding::Auto) {
        d.detected = true;
        encoding = bomLE ? CsvEncoding::Utf16LE : bomBE ? CsvEncoding::Utf16BE : CsvEncoding::Utf8;
    }
    d.encoding = encoding;
    switch (encoding) {
    case CsvEncoding::Auto:
    case CsvEncoding::Utf8: {
        const QByteArray body = bomUtf8 ? bytes.mid(3) : bytes;
        unsigned char bad = 0;
        const int line = firstInvalidUtf8(body, &bad);
        if (line == 0) {
            d.ok = true;
            d.text = QString::fromUtf8(body);
            return d;
        }
        // Not UTF-8: say which encoding it probably is. Bytes 0x80..0x9F are printable in
        // Windows-1252 (curly quotes, euro sign) and control codes in Latin-1.
        int zeros = 0;
        for (qsizetype i = 0; i < std::min<qsizetype>(bytes.size(), 4096); ++i)
            zeros += bytes[i] == '\0' ? 1 : 0;
        if (zeros > 0 && !bomUtf8) {
            d.likely = zeros && bytes.size() > 1 && bytes[1] == '\0' ? CsvEncoding::Utf16LE
                                                                     : CsvEncoding::Utf16BE;
            d.problem = Text::tr("the file is not UTF-8 (it holds zero bytes): it looks like "
                                 "UTF-16 without a byte-order mark; choose the encoding "
                                 "%1 or %2 explicitly")
                            .arg(csvEncodingName(CsvEncoding::Utf16LE),
                                 csvEncodingName(CsvEncoding::Utf16BE));
            return d;
        }
        d.likely = CsvEncoding::Windows1252;
        d.problem =
            Text::tr("the file is not valid UTF-8 (line %1: byte 0x%2); it is probably "
                     "Windows-1252, as Excel on Windows saves CSV files. Choose the encoding "
                     "explicitly (Windows-1252 or Latin-1) to read it; nothing was guessed")
                .arg(line)
                .arg(QString::number(bad, 16).toUpper());
        return d;
    }
    case CsvEncoding::Utf16LE:
    case CsvEncoding::Utf16BE: {
        QStringDecoder decoder(encoding == CsvEncoding::Utf16LE ? QStringDecoder::Utf16LE
                                                                : QStringDecoder::Utf16BE,
                               QStringDecoder::Flag::Stateless);
        const bool bom = encoding == CsvEncoding::Utf16LE ? bomLE : bomBE;
        const QByteArray body = bom ? bytes.mid(2) : bytes;
        d.text = decoder.decode(body);
        if (decoder.hasError() || body.size() % 2 != 0) {
            d.text.clear();
            d.problem = Text::tr("the file is not valid %1").arg(csvEncodingName(encoding));
            return d;
        }
        d.ok = true;
        return d;
    }
    case CsvEncoding::Windows1252: {
        bool ok = false;
        d.text = decodeCp1252(bytes, &ok);
        if (!ok) {
            d.text.clear();
            d.problem = Text::tr("the file holds bytes that Windows-1252 does not define "
                                 "(0x81, 0x8D, 0x8F, 0x90 or 0x9D): it is not Windows-1252");
            return d;
        }
        d.ok = true;
        return d;
    }
    case CsvEncoding::Latin1: {
        QStringDecoder decoder(QStringDecoder::Latin1);
        d.text = decoder.decode(bytes);
        d.ok = true;
        return d;
    }
    }
    return d;
}

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

namespace {

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

PurchaseImport parsePurchaseCsv(const QString &text, const Scenario &sc, const CsvOptions &options)
{
    PurchaseImport out;
    out.format = formatFor(text, options, &out.problem);
    if (!out.problem.isEmpty())
        return out;
    const QChar delim = out.format.delimiter;
    std::vector<int> lines;
    const std::vector<QStringList> rows = splitCsv(text, &lines, delim);
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
                        {lines[0], rowText(rows[0], delim),
                         Text::tr("the header has no '%1' column").arg(QLatin1String(required))});
            if (!out.rejected.empty())
                return out;
        }
    }
    const int expected = expectedFieldCount(rows, out.hadHeader);
    const scenario_detail::NumberRule monthRule =
        scenario_detail::wholeRange(0, std::max(0, sc.horizonMonths - 1));
    for (std::size_t r = first; r < rows.size(); ++r) {
        const QStringList &cells = rows[r];
        const int line = lines[r];
        auto reject = [&](const QString &reason) {
            out.rejected.push_back({line, rowText(cells, delim), reason});
        };
        QString why;
        if (!fieldCountOk(cells, expected, out.hadHeader, delim, &why)) {
            reject(why);
            continue;
        }
        auto cell = [&](const char *name) -> QString {
            const auto it = column.find(QLatin1String(name));
            return it == column.end() ? QString() : cells.value(it->second).trimmed();
        };
        PurchaseTranche p;
        const int month = parseMonth(cell("month"), sc);
        if (month < 0 || !scenario_detail::inRange(std::int64_t(month), monthRule)) {
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
        if (QString e = readRule(QStringLiteral("gpus"), cell("gpus"), out.format,
                                 rules::purchaseGpus, &gpus);
            !e.isEmpty()) {
            reject(e);
            continue;
        }
        p.gpus = std::int64_t(gpus);
        if (const QString lag = cell("install_lag_months"); !lag.isEmpty()) {
            double v = 0;
            if (QString e = readRule(QStringLiteral("install_lag_months"), lag, out.format,
                                     rules::installLagMonths, &v);
                !e.isEmpty()) {
                reject(e);
                continue;
            }
            p.installLagMonths = int(v);
        }
        if (const QString price = cell("gpu_price"); !price.isEmpty()) {
            double v = 0;
            if (QString e =
                    readRule(QStringLiteral("gpu_price"), price, out.format, rules::gpuPrice, &v);
                !e.isEmpty()) {
                reject(e);
                continue;
            }
            p.gpuPrice = v;
        }
        const QString label = cell("label");
        // "24999,50" as a price in a comma file without a header splits into a price 24999
        // and a label "50": refused rather than read as another number.
        if (delim == QLatin1Char(',') && column.count(QStringLiteral("label")) &&
            column.count(QStringLiteral("gpu_price")) &&
            column[QStringLiteral("label")] == column[QStringLiteral("gpu_price")] + 1 &&
            !cell("gpu_price").isEmpty() &&
            QRegularExpression(QStringLiteral("^\\d{1,2}$")).match(label).hasMatch()) {
            reject(Text::tr("gpu_price '%1' followed by a label '%2': is it the price %1,%2 with "
                            "a decimal comma? Write the price with a decimal point, quote the "
                            "label, or use semicolons between fields")
                       .arg(cell("gpu_price"), label));
            continue;
        }
        if (scenario_detail::countCharacters(label.toStdString()) > rules::kMaxTextChars) {
            reject(Text::tr("label: at most %1 characters").arg(rules::kMaxTextChars));
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

DemandImport parseDemandCsv(const QString &text, const Scenario &sc, const CsvOptions &options)
{
    DemandImport out;
    out.format = formatFor(text, options, &out.problem);
    if (!out.problem.isEmpty())
        return out;
    const QChar delim = out.format.delimiter;
    std::vector<int> lines;
    const std::vector<QStringList> rows = splitCsv(text, &lines, delim);
    std::size_t first = 0;
    if (!rows.empty()) {
        // A header when its last cell is no number, e.g. "month,compute_hours".
        const QString last = rows[0].value(rows[0].size() - 1).trimmed();
        if (!looksNumeric(last) && parseMonth(last, sc) < 0) {
            out.hadHeader = true;
            first = 1;
        }
    }
    const int expected = expectedFieldCount(rows, out.hadHeader);
    const int H = sc.horizonMonths;
    std::vector<double> values(std::size_t(std::max(H, 0)), std::nan(""));
    int next = 0;
    for (std::size_t r = first; r < rows.size(); ++r) {
        const QStringList &cells = rows[r];
        const int line = lines[r];
        auto reject = [&](const QString &reason) {
            out.rejected.push_back({line, rowText(cells, delim), reason});
        };
        QString why;
        if (!fieldCountOk(cells, expected, out.hadHeader, delim, &why)) {
            reject(why);
            continue;
        }
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
        if (QString e =
                readRule(Text::tr("compute hours"), valueText, out.format, rules::computeHours, &v);
            !e.isEmpty()) {
            reject(e);
            continue;
        }
        if (!std::isnan(values[std::size_t(month)])) {
            reject(Text::tr("month %1 is given twice").arg(monthText(sc, month)));
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
