// SPDX-License-Identifier: GPL-3.0-or-later
// The workbook's cell formats and the quotePrefix rewrite of its styles (see XlsxExport.h).
#include "export/XlsxSheet.h"

#include <minizip/unzip.h>
#include <minizip/zip.h>

namespace fleetroi {
namespace exporting {
namespace xlsx_detail {

namespace {

QByteArray moneyFormat(const std::string &currency, int decimals)
{
    QByteArray digits = "#,##0";
    if (decimals > 0)
        digits += '.' + QByteArray(decimals, '0');
    if (currency == "USD")
        return QByteArray("\"$\"") + digits + ";[Red]-\"$\"" + digits;
    // The code is three capital letters (validated by the reader): safe inside quotes.
    const QByteArray code = QByteArray::fromStdString(currency);
    return digits + " \"" + code + "\";[Red]-" + digits + " \"" + code + "\"";
}

// Adds quotePrefix="1" to the cellXfs entries `indices` of a styles.xml written by
// libxlsxwriter. Debian 12's libxlsxwriter (1.1.4) has no format_set_quote_prefix(); 1.1.5
// writes the same attribute. Returns an empty array when the XML is not as expected.
QByteArray addQuotePrefix(const QByteArray &styles, const std::set<int> &indices)
{
    const qsizetype start = styles.indexOf("<cellXfs");
    const qsizetype end = styles.indexOf("</cellXfs>", start);
    if (start < 0 || end < 0)
        return {};
    QByteArray out = styles.left(start);
    QByteArray block = styles.mid(start, end - start);
    QByteArray patched;
    qsizetype pos = 0;
    int index = 0;
    for (qsizetype at = block.indexOf("<xf ", pos); at >= 0; at = block.indexOf("<xf ", pos)) {
        patched += block.mid(pos, at - pos + 4);
        if (indices.count(index))
            patched += "quotePrefix=\"1\" ";
        pos = at + 4;
        ++index;
    }
    patched += block.mid(pos);
    for (int i : indices)
        if (i >= index)
            return {};
    return out + patched + styles.mid(end);
}

} // namespace

Formats addFormats(lxw_workbook *wb, const std::string &currency)
{
    Formats f;
    const QByteArray money = moneyFormat(currency, 0);
    const QByteArray price = moneyFormat(currency, 4);
    f.header = workbook_add_format(wb);
    format_set_bold(f.header);
    format_set_bg_color(f.header, 0xDDE4EE);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    format_set_text_wrap(f.header);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_TOP);
    f.title = workbook_add_format(wb);
    format_set_bold(f.title);
    f.money = workbook_add_format(wb);
    format_set_num_format(f.money, money.constData());
    f.price = workbook_add_format(wb);
    format_set_num_format(f.price, price.constData());
    f.percent = workbook_add_format(wb);
    format_set_num_format(f.percent, "0.00%");
    f.integer = workbook_add_format(wb);
    format_set_num_format(f.integer, "#,##0");
    f.decimal = workbook_add_format(wb);
    format_set_num_format(f.decimal, "0.0000");
    f.month = workbook_add_format(wb);
    format_set_num_format(f.month, "yyyy-mm");
    format_set_align(f.month, LXW_ALIGN_LEFT);
    f.wrap = workbook_add_format(wb);
    format_set_text_wrap(f.wrap);
    // Quote-prefixed twins (Formats::quoted) of every format text is written with.
    lxw_format *plainQuoted = workbook_add_format(wb);
    format_set_num_format(plainQuoted, "@");
    lxw_format *titleQuoted = workbook_add_format(wb);
    format_set_bold(titleQuoted);
    format_set_num_format(titleQuoted, "@");
    lxw_format *headerQuoted = workbook_add_format(wb);
    format_set_bold(headerQuoted);
    format_set_bg_color(headerQuoted, 0xDDE4EE);
    format_set_bottom(headerQuoted, LXW_BORDER_THIN);
    format_set_text_wrap(headerQuoted);
    format_set_align(headerQuoted, LXW_ALIGN_VERTICAL_TOP);
    format_set_num_format(headerQuoted, "@");
    lxw_format *wrapQuoted = workbook_add_format(wb);
    format_set_text_wrap(wrapQuoted);
    format_set_num_format(wrapQuoted, "@");
    f.quoted = {{nullptr, plainQuoted},
                {f.title, titleQuoted},
                {f.header, headerQuoted},
                {f.wrap, wrapQuoted}};
    return f;
}

// Copies the zip `from` to `to` with xl/styles.xml passed through addQuotePrefix. minizip
// (Debian libminizip-dev) is the zip library libxlsxwriter itself writes with.
bool rewriteWithQuotePrefix(const QByteArray &from, const QByteArray &to,
                            const std::set<int> &indices)
{
    unzFile in = unzOpen64(from.constData());
    if (!in)
        return false;
    zipFile out = zipOpen64(to.constData(), APPEND_STATUS_CREATE);
    if (!out) {
        unzClose(in);
        return false;
    }
    bool ok = unzGoToFirstFile(in) == UNZ_OK;
    bool patchedStyles = false;
    while (ok) {
        unz_file_info64 info{};
        char name[512];
        ok = unzGetCurrentFileInfo64(in, &info, name, sizeof name, nullptr, 0, nullptr, 0) ==
                 UNZ_OK &&
             unzOpenCurrentFile(in) == UNZ_OK;
        if (!ok)
            break;
        QByteArray content;
        char buf[65536];
        int n = 0;
        while ((n = unzReadCurrentFile(in, buf, sizeof buf)) > 0)
            content.append(buf, n);
        ok = n == 0 && unzCloseCurrentFile(in) == UNZ_OK;
        if (ok && qstrcmp(name, "xl/styles.xml") == 0) {
            content = addQuotePrefix(content, indices);
            ok = !content.isEmpty();
            patchedStyles = true;
        }
        zip_fileinfo zi{};
        zi.tmz_date.tm_sec = info.tmu_date.tm_sec;
        zi.tmz_date.tm_min = info.tmu_date.tm_min;
        zi.tmz_date.tm_hour = info.tmu_date.tm_hour;
        zi.tmz_date.tm_mday = info.tmu_date.tm_mday;
        zi.tmz_date.tm_mon = info.tmu_date.tm_mon;
        zi.tmz_date.tm_year = info.tmu_date.tm_year;
        ok = ok &&
             zipOpenNewFileInZip64(out, name, &zi, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                   Z_DEFAULT_COMPRESSION, 0) == ZIP_OK &&
             zipWriteInFileInZip(out, content.constData(), unsigned(content.size())) == ZIP_OK &&
             zipCloseFileInZip(out) == ZIP_OK;
        if (!ok)
            break;
        const int next = unzGoToNextFile(in);
        if (next == UNZ_END_OF_LIST_OF_FILE)
            break;
        ok = next == UNZ_OK;
    }
    ok = zipClose(out, nullptr) == ZIP_OK && ok;
    unzClose(in);
    return ok && patchedStyles;
}

} // namespace xlsx_detail
} // namespace exporting
} // namespace fleetroi
