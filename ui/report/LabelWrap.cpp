// SPDX-License-Identifier: GPL-3.0-or-later
#include "LabelWrap.h"

#include <QStringList>

namespace fleetroi {
namespace report {

QString wrapChartLabel(const QString &text, int maxChars)
{
    if (maxChars < 1)
        return text;
    QStringList lines;
    QString line;
    for (QString word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() <= maxChars) {
            line += QLatin1Char(' ') + word;
            continue;
        }
        if (!line.isEmpty())
            lines << line;
        while (word.size() > maxChars) { // no space to break at: break inside the word
            lines << word.left(maxChars);
            word = word.mid(maxChars);
        }
        line = word;
    }
    if (!line.isEmpty())
        lines << line;
    return lines.join(QLatin1Char('\n'));
}

} // namespace report
} // namespace fleetroi
