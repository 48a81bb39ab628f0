// SPDX-License-Identifier: GPL-3.0-or-later
// A QTranslator that also remembers which report and export strings it had no translation
// for, so `fleetroi report --lang de --list-untranslated` can name them for the translators.
#pragma once

#include <QMutex>
#include <QSet>
#include <QStringList>
#include <QTranslator>

namespace fleetroi {
namespace report {

class ReportTranslator : public QTranslator
{
    Q_OBJECT

public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override;
    bool isEmpty() const override { return false; } // asked even without a .qm file

    // "context: source" of every report/export string asked for and not found, sorted.
    QStringList untranslated() const;

private:
    mutable QMutex m_mutex;
    mutable QSet<QString> m_missing;
};

} // namespace report
} // namespace fleetroi
