// SPDX-License-Identifier: GPL-3.0-or-later
// Reading an exported workbook back in tests: members of the zip (through the `unzip`
// program, Debian package unzip), the cells of a worksheet's XML, the shared strings and the
// quote-prefixed styles. Shared by the export tests so each reads the XML the same way.
// Header-only.
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <cstdio>
#include <map>
#include <vector>

namespace fleetroi::testing {

inline QByteArray unzipMember(const QString &zip, const QString &member)
{
    QProcess p;
    p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, member});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return p.readAllStandardOutput();
}

// A cell as stored: its type attribute ("s" shared string, "" number, "str"/"inlineStr"),
// its <v> text, and whether it held a formula.
struct Cell
{
    QString type;
    QString value;
    bool formula = false;
    int style = 0; // index into the cellXfs of styles.xml (attribute s)
};

// Cells of a worksheet XML by reference ("B7").
inline std::map<QString, Cell> readCells(const QByteArray &xml)
{
    std::map<QString, Cell> cells;
    QXmlStreamReader r(xml);
    QString ref;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("c")) {
            ref = r.attributes().value(QLatin1String("r")).toString();
            cells[ref].type = r.attributes().value(QLatin1String("t")).toString();
            cells[ref].style = r.attributes().value(QLatin1String("s")).toInt();
        } else if (r.isStartElement() && r.name() == QLatin1String("v")) {
            cells[ref].value = r.readElementText();
        } else if (r.isStartElement() && r.name() == QLatin1String("f")) {
            cells[ref].formula = true;
        }
    }
    return cells;
}

inline QStringList sharedStrings(const QByteArray &xml)
{
    QStringList strings;
    QXmlStreamReader r(xml);
    QString current;
    bool inSi = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("si")) {
            inSi = true;
            current.clear();
        } else if (r.isEndElement() && r.name() == QLatin1String("si")) {
            inSi = false;
            strings << current;
        } else if (inSi && r.isStartElement() && r.name() == QLatin1String("t")) {
            current += r.readElementText();
        }
    }
    return strings;
}

// For each <xf> of <cellXfs> in styles.xml: whether it carries quotePrefix="1".
inline std::vector<bool> quotePrefixedStyles(const QByteArray &xml)
{
    std::vector<bool> styles;
    QXmlStreamReader r(xml);
    bool inCellXfs = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("cellXfs"))
            inCellXfs = true;
        else if (r.isEndElement() && r.name() == QLatin1String("cellXfs"))
            inCellXfs = false;
        else if (inCellXfs && r.isStartElement() && r.name() == QLatin1String("xf"))
            styles.push_back(r.attributes().value(QLatin1String("quotePrefix")) ==
                             QLatin1String("1"));
    }
    return styles;
}

inline QString columnName(int c)
{
    QString s;
    ++c;
    while (c > 0) {
        s.prepend(QChar(u'A' + (c - 1) % 26));
        c = (c - 1) / 26;
    }
    return s;
}

// libxlsxwriter stores numbers with 16 significant digits ("%.16G"): the same double text at
// that precision is "equal" (a spreadsheet shows at most 15).
inline QByteArray digits16(double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.16G", v == 0.0 ? 0.0 : v);
    return buf;
}

} // namespace fleetroi::testing
