// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/NpvBridge.h"

#include "engine/FleetModel.h"
#include "scenario/ScenarioReader.h"

namespace fleetroi {

std::string BridgeStep::label() const
{
    std::string out;
    for (InputGroup g : groups)
        out += (out.empty() ? "" : " + ") + std::string(inputGroupLabel(g));
    return out;
}

NpvBridge computeNpvBridge(const Scenario &a, const Scenario &b)
{
    NpvBridge bridge;
    bridge.npvA = computeNpv(a);
    const std::vector<InputChange> changes = describeInputChanges(a, b);

    Scenario current = a;
    double npv = bridge.npvA;
    BridgeStep pending; // groups applied but not yet computable
    for (InputGroup g : inputGroupOrder()) {
        if (inputGroupEqual(current, b, g))
            continue;
        applyInputGroup(current, b, g);
        pending.groups.push_back(g);
        for (const InputChange &c : changes)
            if (c.group == g)
                pending.changes.push_back(c);
        // The last group (Other) makes `current` equal to b, which is valid.
        if (g != InputGroup::Other && !validateScenario(current).empty()) {
            pending.mergedBecauseInvalid = true;
            continue;
        }
        pending.npvBefore = npv;
        npv = computeNpv(current);
        pending.npvAfter = npv;
        bridge.steps.push_back(std::move(pending));
        pending = BridgeStep();
    }
    // Every group applied: current == b (Other copies whatever the table does not name).
    bridge.npvB = npv;
    return bridge;
}

} // namespace fleetroi
