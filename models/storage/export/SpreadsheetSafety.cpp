// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/SpreadsheetSafety.h"

namespace fleetroi {
namespace exporting {

bool startsFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    // Full-width forms: some spreadsheets fold them to their ASCII twins on input.
    case 0xFF1D: // FULLWIDTH EQUALS SIGN
    case 0xFF0B: // FULLWIDTH PLUS SIGN
    case 0xFF0D: // FULLWIDTH HYPHEN-MINUS
    case 0xFF20: // FULLWIDTH COMMERCIAL AT
        return true;
    default:
        return false;
    }
}

QString neutraliseCell(const QString &text)
{
    return startsFormula(text) ? QLatin1Char('\'') + text : text;
}

QString csvField(const QString &text)
{
    QString field = neutraliseCell(text);
    if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
        field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))) {
        field.replace(QLatin1String("\""), QLatin1String("\"\""));
        field = QLatin1Char('"') + field + QLatin1Char('"');
    }
    return field;
}

} // namespace exporting
} // namespace fleetroi
