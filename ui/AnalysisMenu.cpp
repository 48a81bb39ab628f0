// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalysisMenu.h"

#include "ScenarioView.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>

namespace fleetroi {

QMenu *AnalysisMenu::install(QMainWindow *window, QTabWidget *documents,
                             std::function<ScenarioView *()> current, QMenu *before)
{
    auto *menu = new QMenu(tr("&Analysis"), window);
    menu->setObjectName(QStringLiteral("analysisMenu"));
    if (before)
        window->menuBar()->insertMenu(before->menuAction(), menu);
    else
        window->menuBar()->addMenu(menu);

    QAction *goalSeek = menu->addAction(tr("&Goal seek..."));
    goalSeek->setObjectName(QStringLiteral("goalSeekAction"));
    goalSeek->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    goalSeek->setToolTip(tr("Which value of a driver makes NPV zero, reaches an IRR or a "
                            "payback month"));
    QObject::connect(goalSeek, &QAction::triggered, window, [current] {
        if (ScenarioView *v = current())
            v->openGoalSeek();
    });
    menu->addSeparator();
    const std::pair<QString, int> tabs[] = {
        {tr("&Sensitivity (tornado)"), ScenarioView::SensitivityTab},
        {tr("&Compare scenarios and NPV bridge"), ScenarioView::CompareTab},
        {tr("&Risk (Monte Carlo)"), ScenarioView::RiskTab}};
    QList<QAction *> all{goalSeek};
    for (const auto &[text, tab] : tabs) {
        const int t = tab;
        QAction *a = menu->addAction(text);
        QObject::connect(a, &QAction::triggered, window, [current, t] {
            if (ScenarioView *v = current())
                v->tabs()->setCurrentIndex(t);
        });
        all << a;
    }
    // Enabled only with a scenario open (the start page has none).
    auto update = [current, all] {
        const bool on = current() != nullptr;
        for (QAction *a : all)
            a->setEnabled(on);
    };
    QObject::connect(menu, &QMenu::aboutToShow, window, update);
    QObject::connect(documents, &QTabWidget::currentChanged, window, update);
    update();
    return menu;
}

} // namespace fleetroi
