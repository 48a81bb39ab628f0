// SPDX-License-Identifier: GPL-3.0-or-later
// Internal demand in compute hours per month: a month-0 value with annual growth, or a
// monthly series pasted from a spreadsheet column.
#pragma once

#include "ScenarioDocument.h"

#include <QLocale>
#include <QPointer>
#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QTableWidget;
class QRadioButton;
class QStackedWidget;

namespace fleetroi {

class FieldForm;

class DemandEditor : public QWidget
{
    Q_OBJECT
public:
    explicit DemandEditor(ScenarioDocument *doc, QWidget *parent = nullptr);

    // Parses numbers pasted from Excel or LibreOffice: one per line or tab-separated, in
    // `locale` only (the spreadsheet copies in the user's locale; a number that reads
    // differently in another locale is never guessed), each within the format's range of
    // monthly compute hours. Empty cells are skipped; anything else fails (nullopt) and
    // *problem names the value, its position and why.
    static std::optional<std::vector<double>>
    parsePastedNumbers(const QString &text, const QLocale &locale, QString *problem = nullptr);
    static std::optional<std::vector<double>> parsePastedNumbers(const QString &text);
    // Takes the numbers as the series; fewer or more than the horizon is refused with a message.
    bool pasteSeries(const QString &text);
    void refresh();

signals:
    void statusMessage(const QString &text);
    void provenanceRequested(const QString &path);

private:
    QPointer<ScenarioDocument> m_doc;
    QRadioButton *m_growth = nullptr;
    QRadioButton *m_series = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableWidget *m_list = nullptr; // month, compute hours (copyable)
    QLabel *m_seriesInfo = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace fleetroi
