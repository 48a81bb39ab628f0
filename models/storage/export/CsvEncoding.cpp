// SPDX-License-Identifier: GPL-3.0-or-later
// The bytes of a CSV file as text (CsvImport.h, decodeCsvBytes): UTF-8, UTF-16 with a BOM,
// Windows-1252 or Latin-1 on request; never guessed.
#include "export/CsvImport.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>
#include <cstdint>

namespace fleetroi {
namespace exporting {

namespace {

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

} // namespace exporting
} // namespace fleetroi
