// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's Analysis menu (issue #16): the analyst's questions reachable from the
// menu bar, not only from the tab that happens to hold them. "Goal seek..." (Ctrl+G) opens
// the goal-seek dialog of the current scenario; "Sensitivity", "Compare" and "Risk" switch
// the current scenario to that tab. Actions are disabled while no scenario is open.
#pragma once

#include <QObject>

#include <functional>

class QMainWindow;
class QMenu;
class QTabWidget;

namespace fleetroi {

class ScenarioView;

class AnalysisMenu : public QObject
{
    Q_OBJECT
public:
    // Adds the menu to `window`'s menu bar before `before` (nullptr: at the end). `current`
    // gives the scenario the actions work on (nullptr when none is open); `documents` is the
    // window's tab widget of scenarios, whose changes enable and disable the actions.
    static QMenu *install(QMainWindow *window, QTabWidget *documents,
                          std::function<ScenarioView *()> current, QMenu *before = nullptr);
};

} // namespace fleetroi
