// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportTranslator.h"

#include <QMutexLocker>

#include <cstring>

namespace fleetroi {
namespace report {

QString ReportTranslator::translate(const char *context, const char *sourceText,
                                    const char *disambiguation, int n) const
{
    const QString t = QTranslator::isEmpty()
                          ? QString()
                          : QTranslator::translate(context, sourceText, disambiguation, n);
    if (t.isEmpty() && context && sourceText &&
        (std::strncmp(context, "fleetroi::report::", 18) == 0 ||
         std::strncmp(context, "fleetroi::exporting::", 21) == 0)) {
        QMutexLocker lock(&m_mutex);
        m_missing.insert(QString::fromUtf8(context) + QStringLiteral(": ") +
                         QString::fromUtf8(sourceText));
    }
    return t;
}

QStringList ReportTranslator::untranslated() const
{
    QMutexLocker lock(&m_mutex);
    QStringList list(m_missing.begin(), m_missing.end());
    list.sort();
    return list;
}

} // namespace report
} // namespace fleetroi
