// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers for tests that drive the whole main window (offscreen): shared by the
// shared-workspace and team-server fault tests so both read message boxes and the
// workspace browser the same way. Header-only; needs the ui library.
#pragma once

#include "MainWindow.h"
#include "WorkspaceBrowser.h"

#include <QApplication>
#include <QList>
#include <QMessageBox>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QTreeWidget>

namespace fleetroi_test {

// Accepts (closes, with Cancel) every visible message box every 20 ms and keeps its text
// and informative text, one entry per box, in `texts`.
class MessageCatcher : public QObject
{
public:
    MessageCatcher()
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                    texts.append(box->text() + QLatin1Char('\n') + box->informativeText());
                    box->done(QMessageBox::Cancel);
                }
        });
        m_timer.start(20);
    }
    QStringList texts;

private:
    QTimer m_timer;
};

// True when any row (at any depth) of the window's workspace browser has column 0 == name.
inline bool browserShows(fleetroi::MainWindow &window, const QString &name)
{
    auto *browser = window.findChild<fleetroi::WorkspaceBrowser *>();
    if (!browser)
        return false;
    QTreeWidget *tree = browser->tree();
    QList<QTreeWidgetItem *> stack;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        stack.append(tree->topLevelItem(i));
    while (!stack.isEmpty()) {
        QTreeWidgetItem *item = stack.takeLast();
        if (item->text(0) == name)
            return true;
        for (int i = 0; i < item->childCount(); ++i)
            stack.append(item->child(i));
    }
    return false;
}

} // namespace fleetroi_test
