// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageLayout.h"

#include <QGroupBox>
#include <QVBoxLayout>

namespace fleetroi {

QGroupBox *titledBox(const QString &title, QWidget *content, QWidget *parent)
{
    auto *g = new QGroupBox(title, parent);
    auto *l = new QVBoxLayout(g);
    l->setContentsMargins(6, 6, 6, 6);
    l->addWidget(content);
    return g;
}

} // namespace fleetroi
