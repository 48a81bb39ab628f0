// SPDX-License-Identifier: GPL-3.0-or-later
// Copy and paste for the app's tables: Ctrl+C (and the context menu's Copy) puts the selected
// cells on the clipboard as tab-separated text with a header line (TableTsv: full-precision
// plain numbers that paste as numbers into Excel and LibreOffice Calc) and as an HTML table
// whose number cells carry their C-locale value for comma-decimal locales; Ctrl+A then Ctrl+C
// copies the whole table. A table that accepts pasted rows (the purchases) gets Ctrl+V and a
// Paste action that hand the clipboard's text to its handler.
//
// QAbstractItemView's own Ctrl+C copies only the current cell's display text (so a whole
// selected table copied as "0"); the filter here takes the key first.
#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QAbstractItemView;
class QMimeData;

namespace fleetroi {

class TableClipboard : public QObject
{
    Q_OBJECT
public:
    using PasteHandler = std::function<void(const QString &text)>;

    // Installs copy (and, with a handler, paste) on `view`; the object is a child of the view.
    // `rowHeaderTitle` non-empty: the copied block starts with a column of row headers under
    // that title (the monthly table's months).
    static TableClipboard *install(QAbstractItemView *view, const QString &rowHeaderTitle = {},
                                   PasteHandler paste = {});

    // The selection as TSV (what Copy puts on the clipboard as text/plain).
    QString selectionText() const;
    // The selection as an HTML table (what Copy puts on the clipboard as text/html).
    QString selectionHtml() const;
    // Copies the selection (text/plain and text/html); false when nothing is selected.
    bool copy();
    // Copies every cell of the table, whatever the selection (single-selection tables too).
    bool copyAll();
    // Hands the clipboard's text to the paste handler; false without handler or text.
    bool paste();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    TableClipboard(QAbstractItemView *view, const QString &rowHeaderTitle, PasteHandler paste);

    bool setClipboard(const QString &text, const QString &html);

    QAbstractItemView *m_view;
    QString m_rowHeaderTitle;
    PasteHandler m_paste;
};

} // namespace fleetroi
