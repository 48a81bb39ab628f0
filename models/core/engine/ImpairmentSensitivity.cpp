// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/ImpairmentSensitivity.h"

#include "engine/FleetModel.h"
#include "engine/Sensitivity.h"
#include "scenario/ScenarioSchema.h"

namespace fleetroi {

namespace {

struct Point
{
    double impairment = 0.0;
    double npv = 0.0;
};

Point run(const Scenario &s)
{
    ModelOptions o;
    o.breakEvenLease = false;
    o.irr = false;
    o.leasingValue = false;
    const ModelResults r = computeModel(s, o);
    return {r.kpis.totalImpairment, r.kpis.npv};
}

} // namespace

void scaleMarketValueCurves(Scenario &s, double m)
{
    for (Sku &sku : s.skus) {
        if (!sku.marketValue)
            continue;
        sku.marketValue->start *= m;
        for (auto &point : sku.marketValue->points)
            point.second *= m;
    }
}

std::string_view impairmentCurveKey(ImpairmentCurve curve)
{
    return schemaField(curve == ImpairmentCurve::LeasePrice ? FieldId::SkuLeasePrice
                                                            : FieldId::SkuMarketValue)
        .key;
}

ImpairmentSensitivity computeImpairmentSensitivity(const Scenario &scenario, double swing)
{
    ImpairmentSensitivity out;
    out.swing = swing;
    out.impairmentTest = scenario.finance.impairmentTest;
    const double lo = 1.0 - swing, hi = 1.0 + swing;
    for (const ImpairmentCurve curve :
         {ImpairmentCurve::LeasePrice, ImpairmentCurve::MarketValue}) {
        ImpairmentSensitivityRow row;
        row.curve = curve;
        row.multiplierLow = lo;
        row.multiplierHigh = hi;
        out.rows.push_back(row);
    }
    if (!out.impairmentTest)
        return out;
    out.baseImpairment = run(scenario).impairment;
    for (ImpairmentSensitivityRow &row : out.rows) {
        Point p[2];
        for (int i = 0; i < 2; ++i) {
            Scenario s = scenario;
            const double m = i ? hi : lo;
            if (row.curve == ImpairmentCurve::LeasePrice)
                applyDriverMultiplier(s, DriverId::LeasePrice, m);
            else
                scaleMarketValueCurves(s, m);
            p[i] = run(s);
        }
        row.impairmentLow = p[0].impairment;
        row.npvLow = p[0].npv;
        row.impairmentHigh = p[1].impairment;
        row.npvHigh = p[1].npv;
    }
    return out;
}

} // namespace fleetroi
