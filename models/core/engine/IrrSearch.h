// SPDX-License-Identifier: GPL-3.0-or-later
// IRR of a monthly cash-flow series as MODEL.md defines it: the annual rate x with
// sum_t flow_t * (1 + x)^(-(t+1)/12) = 0 (flows at the end of each month), searched in
// (-0.99, 10].
#pragma once

#include <vector>

namespace fleetroi {

// NPV of monthly end-of-month flows at annual effective rate x (x > -1).
double monthlyFlowsNpv(const std::vector<double> &monthlyFlows, double annualRate);

// Every root in (-0.99, 10], ascending. Uses Descartes' rule of signs on the polynomial in
// v = (1 + x)^(-1/12): with one sign change in the flows there is at most one root and a
// single bracketed solve finds it; with more, a dense scan brackets every sign change.
std::vector<double> annualIrrRoots(const std::vector<double> &monthlyFlows);

} // namespace fleetroi
