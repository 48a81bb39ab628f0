// SPDX-License-Identifier: GPL-3.0-or-later
// The finance-function library in one include: spreadsheet-compatible depreciation, annuity
// and cash-flow functions (LibreOffice Calc 7.4 semantics), robust IRR root search and MACRS
// tables. Namespace fleetroi::finance; plain C++20, no Qt.
#pragma once

#include "Annuity.h"
#include "CashFlow.h"
#include "CivilDate.h"
#include "Depreciation.h"
#include "FinanceResult.h"
#include "Macrs.h"
#include "RootSearch.h"
