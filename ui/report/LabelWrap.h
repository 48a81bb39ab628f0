// SPDX-License-Identifier: GPL-3.0-or-later
// Wrapping of names for chart labels (axis ticks, legends) in the reports: a long scenario
// name is broken onto several lines, never cut short with an ellipsis, so two scenarios
// whose names differ only at the end stay distinguishable.
#pragma once

#include <QString>

namespace fleetroi {
namespace report {

// `text` with '\n' inserted at spaces so that no line is longer than `maxChars` characters
// where the words allow; a single word longer than `maxChars` is broken inside the word.
// Every other character of `text` is kept, in order (runs of spaces count as one).
// maxChars < 1 returns `text` unchanged.
QString wrapChartLabel(const QString &text, int maxChars);

} // namespace report
} // namespace fleetroi
