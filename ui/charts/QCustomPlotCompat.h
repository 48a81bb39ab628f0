// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to ui/charts: the one place that includes qcustomplot.h.
//
// Two templates in qcustomplot.h 2.1 (plottableAt, itemAt) use Qt's `foreach` keyword, which
// the project's QT_NO_FOREACH (cmake/CommonConfig.cmake) removes; Q_FOREACH is gone too. A
// range-for stand-in is defined for the include only; both loops only read member lists.
#pragma once

#if defined(QT_NO_FOREACH) && !defined(foreach)
#define foreach(variable, container) for (variable : std::as_const(container))
#define FLEETROI_DEFINED_FOREACH
#endif

#include <utility>

#include <qcustomplot.h>

#ifdef FLEETROI_DEFINED_FOREACH
#undef foreach
#undef FLEETROI_DEFINED_FOREACH
#endif
