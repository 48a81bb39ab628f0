// SPDX-License-Identifier: GPL-3.0-or-later
// Small layout helpers shared by the pages of a ScenarioView.
#pragma once

#include <QString>

class QGroupBox;
class QWidget;

namespace fleetroi {

// Rows measured when a table fits its column widths to its contents (fitColumnsWhileShown):
// the visible ones first, never Qt's default 1,000 (measuring 1,000 rows x 10 columns cost
// half a second per edit at 10,000 purchases).
constexpr int kResizeRows = 60;

// `content` in a group box titled `title` with narrow margins.
QGroupBox *titledBox(const QString &title, QWidget *content, QWidget *parent);

} // namespace fleetroi
