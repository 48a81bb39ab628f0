// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableClipboard.h"

#include "TableTsv.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMimeData>

namespace fleetroi {

TableClipboard *TableClipboard::install(QAbstractItemView *view, const QString &rowHeaderTitle,
                                        PasteHandler paste)
{
    return new TableClipboard(view, rowHeaderTitle, std::move(paste));
}

TableClipboard::TableClipboard(QAbstractItemView *view, const QString &rowHeaderTitle,
                               PasteHandler paste)
    : QObject(view)
    , m_view(view)
    , m_rowHeaderTitle(rowHeaderTitle)
    , m_paste(std::move(paste))
{
    view->installEventFilter(this);
    // Context menu: the same actions (shortcuts shown, handled by the filter).
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copyAction = new QAction(tr("Copy"), view);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(copyAction, &QAction::triggered, this, &TableClipboard::copy);
    view->addAction(copyAction);
    auto *copyAll = new QAction(tr("Copy whole table"), view);
    connect(copyAll, &QAction::triggered, this, &TableClipboard::copyAll);
    view->addAction(copyAll);
    if (m_paste) {
        auto *pasteAction = new QAction(tr("Paste rows from a spreadsheet"), view);
        pasteAction->setShortcut(QKeySequence::Paste);
        pasteAction->setShortcutContext(Qt::WidgetShortcut);
        connect(pasteAction, &QAction::triggered, this, &TableClipboard::paste);
        view->addAction(pasteAction);
    }
}

QString TableClipboard::selectionText() const
{
    const QItemSelectionModel *sel = m_view->selectionModel();
    if (!sel || !m_view->model())
        return {};
    return TableTsv::fromIndexes(m_view->model(), sel->selectedIndexes(), m_rowHeaderTitle);
}

QString TableClipboard::selectionHtml() const
{
    const QItemSelectionModel *sel = m_view->selectionModel();
    if (!sel || !m_view->model())
        return {};
    return TableTsv::htmlFromIndexes(m_view->model(), sel->selectedIndexes(), m_rowHeaderTitle);
}

bool TableClipboard::copyAll()
{
    const QAbstractItemModel *model = m_view->model();
    if (!model)
        return false;
    QModelIndexList all;
    for (int r = 0; r < model->rowCount(); ++r)
        for (int c = 0; c < model->columnCount(); ++c)
            all << model->index(r, c);
    return setClipboard(TableTsv::fromIndexes(model, all, m_rowHeaderTitle),
                        TableTsv::htmlFromIndexes(model, all, m_rowHeaderTitle));
}

bool TableClipboard::copy()
{
    return setClipboard(selectionText(), selectionHtml());
}

bool TableClipboard::setClipboard(const QString &text, const QString &html)
{
    if (text.isEmpty())
        return false;
    // Both forms: spreadsheets prefer text/html (numbers carried locale-free in attributes),
    // text editors and terminals take the TSV.
    auto *mime = new QMimeData;
    mime->setText(text);
    mime->setHtml(html);
    QApplication::clipboard()->setMimeData(mime);
    return true;
}

bool TableClipboard::paste()
{
    if (!m_paste)
        return false;
    const QString text = QApplication::clipboard()->text();
    if (text.trimmed().isEmpty())
        return false;
    m_paste(text);
    return true;
}

bool TableClipboard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view ||
        (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride))
        return QObject::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool isCopy = key->matches(QKeySequence::Copy);
    const bool isPaste = m_paste && key->matches(QKeySequence::Paste);
    if (!isCopy && !isPaste)
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        // Keep the key for the view (no window shortcut takes it); the KeyPress follows.
        event->accept();
        return true;
    }
    if (isCopy)
        copy();
    else
        paste();
    return true;
}

} // namespace fleetroi
