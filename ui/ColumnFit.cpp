// SPDX-License-Identifier: GPL-3.0-or-later
#include "ColumnFit.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>

namespace fleetroi {

namespace {

class ColumnFitter : public QObject
{
public:
    ColumnFitter(QTableView *view, int rows)
        : QObject(view)
        , m_header(view->horizontalHeader())
    {
        m_header->setResizeContentsPrecision(rows);
        apply(view->isVisible());
        view->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Show and Hide also reach the view when an ancestor (a tab page) is shown or hidden.
        if (event->type() == QEvent::Show)
            apply(true);
        else if (event->type() == QEvent::Hide)
            apply(false);
        return QObject::eventFilter(watched, event);
    }

private:
    void apply(bool shown)
    {
        const QHeaderView::ResizeMode mode =
            shown ? QHeaderView::ResizeToContents : QHeaderView::Interactive;
        if (m_mode == mode)
            return;
        m_mode = mode;
        // Interactive keeps the widths last measured; ResizeToContents measures again.
        m_header->setSectionResizeMode(mode);
    }

    QHeaderView *m_header;
    QHeaderView::ResizeMode m_mode = QHeaderView::Custom; // neither: the first apply() sets it
};

} // namespace

void fitColumnsWhileShown(QTableView *view, int rows)
{
    new ColumnFitter(view, rows);
}

} // namespace fleetroi
