// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTableView;

namespace fleetroi {

// Fits the columns of `view` to their contents (QHeaderView::ResizeToContents, measured over
// at most `rows` rows) while the view is shown, and keeps the widths fixed while it is hidden
// (another tab, a collapsed pane). Qt re-measures ResizeToContents columns on every change of
// the model, visible or not: at 10,000 purchases one edit of a SKU's price refreshed every
// purchase row of the hidden Fleet tab and spent a third of the edit measuring text. The
// widths are measured again when the view is shown.
void fitColumnsWhileShown(QTableView *view, int rows);

} // namespace fleetroi
