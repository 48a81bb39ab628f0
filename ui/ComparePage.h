// SPDX-License-Identifier: GPL-3.0-or-later
// Compare: the open scenario against 1 to 3 other scenarios or saved revisions: key figures
// side by side with deltas, overlaid cumulative cash flow, NPV bars, and what changed.
#pragma once

#include "ScenarioDocument.h"

#include "engine/InputChanges.h"
#include "scenario/InputGroups.h"
#include "scenario/Scenario.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QTableView;

namespace fleetroi {

class ComparisonTableModel;
namespace charts {
class ComparisonChart;
class NpvBarsChart;
class WaterfallChart;
} // namespace charts

// Something the analyst can compare against: another open scenario, or a saved revision.
struct CompareCandidate
{
    QString key;   // stable identity, e.g. "open:3" or "ws:12@4"
    QString label; // "Base case, revision 4 (2026-05-02, J. Smith)"
    std::function<std::optional<Scenario>()> load;
    QString shortLabel; // column header, e.g. "Revision 4"; label when empty
};

class CompareProvider
{
public:
    virtual ~CompareProvider() = default;
    virtual QList<CompareCandidate> compareCandidates(ScenarioDocument *current) = 0;
};

class ComparePage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxOthers = 3; // with the open scenario: 4 at most

    ComparePage(ScenarioDocument *doc, CompareProvider *provider, QWidget *parent = nullptr);

    // Refills the list of candidates (keeps the ticks of those still there).
    void reloadCandidates();
    // Ticks exactly these candidates (by key); false when one is unknown or too many.
    bool setSelection(const QStringList &keys);
    QStringList selection() const;
    // Recomputes every selected scenario and fills the table, charts and change list.
    void refresh();

    ComparisonTableModel *model() const { return m_model; }
    charts::ComparisonChart *cashFlowChart() const { return m_cashFlow; }
    charts::NpvBarsChart *npvChart() const { return m_npv; }
    QListWidget *changeList() const { return m_changes; }
    // The NPV bridge from the first ticked scenario to this one (engine/NpvBridge.h).
    charts::WaterfallChart *bridgeChart() const { return m_bridge; }
    // A group's and a change's words as shown (translated labels, values with units).
    static QString groupLabel(InputGroup group);
    static QString changeText(const InputChange &change);

signals:
    void statusMessage(const QString &text);

private:
    QPointer<ScenarioDocument> m_doc;
    CompareProvider *m_provider;
    QList<CompareCandidate> m_candidates;
    QListWidget *m_list = nullptr;
    ComparisonTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    charts::ComparisonChart *m_cashFlow = nullptr;
    charts::NpvBarsChart *m_npv = nullptr;
    charts::WaterfallChart *m_bridge = nullptr;
    QListWidget *m_changes = nullptr;
    QLabel *m_hint = nullptr;
    bool m_updating = false;
};

} // namespace fleetroi
