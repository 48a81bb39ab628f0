// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComparePage.h"

#include "ItemRoles.h"
#include "ResultTableModels.h"
#include "ScenarioDocument.h"
#include "SchemaText.h"
#include "charts/ComparisonChart.h"
#include "charts/NpvBarsChart.h"
#include "charts/WaterfallChart.h"
#include "engine/FleetModel.h"
#include "engine/InputChanges.h"
#include "engine/NpvBridge.h"
#include "scenario/ScenarioReader.h"
#include <QCoreApplication>

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTableView>

#include "TableClipboard.h"
#include <QVBoxLayout>

namespace fleetroi {

ComparePage::ComparePage(ScenarioDocument *doc, CompareProvider *provider, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_provider(provider)
{
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    layout->addLayout(left, 1);
    auto *pickLabel =
        new QLabel(tr("Compare this scenario with (up to %1):").arg(kMaxOthers), this);
    pickLabel->setWordWrap(true);
    left->addWidget(pickLabel);
    m_list = new QListWidget(this);
    left->addWidget(m_list, 2);
    auto *changesBox = new QGroupBox(tr("What changed"), this);
    auto *cv = new QVBoxLayout(changesBox);
    m_changes = new QListWidget(changesBox);
    m_changes->setWordWrap(true);
    cv->addWidget(m_changes);
    left->addWidget(changesBox, 3);

    auto *right = new QSplitter(Qt::Vertical, this);
    layout->addWidget(right, 3);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_model = new ComparisonTableModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    TableClipboard::install(m_table);
    auto *top = new QWidget(this);
    auto *tv = new QVBoxLayout(top);
    tv->setContentsMargins(0, 0, 0, 0);
    tv->addWidget(m_hint);
    tv->addWidget(m_table);
    right->addWidget(top);
    auto *charts = new QWidget(this);
    auto *ch = new QHBoxLayout(charts);
    ch->setContentsMargins(0, 0, 0, 0);
    m_cashFlow = new charts::ComparisonChart(charts);
    m_cashFlow->setTitle(tr("Cumulative cash flow"));
    m_npv = new charts::NpvBarsChart(charts);
    m_npv->setTitle(tr("NPV"));
    ch->addWidget(m_cashFlow, 3);
    ch->addWidget(m_npv, 2);
    right->addWidget(charts);
    // Issue #16: why NPV moved, group by group, from the first ticked scenario to this one.
    m_bridge = new charts::WaterfallChart(this);
    m_bridge->setTitle(tr("NPV bridge"));
    right->addWidget(m_bridge);
    right->setStretchFactor(0, 2);
    right->setStretchFactor(1, 3);
    right->setStretchFactor(2, 3);

    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_updating)
            return;
        if (item->checkState() == Qt::Checked && selection().size() > kMaxOthers) {
            m_updating = true;
            item->setCheckState(Qt::Unchecked);
            m_updating = false;
            emit statusMessage(
                tr("At most %1 scenarios can be compared with this one.").arg(kMaxOthers));
            return;
        }
        refresh();
    });
    reloadCandidates();
}

void ComparePage::reloadCandidates()
{
    const QStringList ticked = selection();
    m_candidates = m_provider ? m_provider->compareCandidates(m_doc) : QList<CompareCandidate>();
    m_updating = true;
    m_list->clear();
    for (const CompareCandidate &c : m_candidates) {
        auto *item = new QListWidgetItem(c.label, m_list);
        item->setData(Qt::UserRole, c.key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(ticked.contains(c.key) ? Qt::Checked : Qt::Unchecked);
    }
    m_updating = false;
}

QStringList ComparePage::selection() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            out << m_list->item(i)->data(Qt::UserRole).toString();
    return out;
}

bool ComparePage::setSelection(const QStringList &keys)
{
    if (keys.size() > kMaxOthers)
        return false;
    int found = 0;
    m_updating = true;
    for (int i = 0; i < m_list->count(); ++i) {
        const bool on = keys.contains(m_list->item(i)->data(Qt::UserRole).toString());
        found += on ? 1 : 0;
        m_list->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    m_updating = false;
    refresh();
    return found == keys.size();
}

QString ComparePage::groupLabel(InputGroup group)
{
    return QCoreApplication::translate("fleetroi::InputGroups", inputGroupLabel(group));
}

QString ComparePage::changeText(const InputChange &c)
{
    QString out;
    if (!c.subject.empty())
        out += QString::fromStdString(c.subject) + QStringLiteral(": ");
    out += schemaText(c.label);
    if (!c.detail.empty())
        out += QLatin1Char(' ') + QString::fromStdString(c.detail);
    const QString from = QString::fromStdString(c.from), to = QString::fromStdString(c.to);
    if (from.isEmpty())
        return tr("%1: added %2").arg(out, to);
    if (to.isEmpty())
        return tr("%1: removed (was %2)").arg(out, from);
    return tr("%1: %2 → %3").arg(out, from, to);
}

void ComparePage::refresh()
{
    if (!m_doc)
        return;
    const QStringList keys = selection();
    QList<ComparisonTableModel::Entry> entries;
    std::vector<charts::ScenarioSeries> series;
    std::vector<charts::ScenarioNpv> npvs;
    const Scenario &mine = m_doc->scenario();
    auto add = [&](const QString &name, const Scenario &s, const ModelResults &r) {
        entries.append(
            {name, QString::fromStdString(s.currency), s.startYear, s.startMonth, r.kpis});
        series.push_back({name, r.monthly});
        npvs.push_back({name, r.kpis.npv});
    };
    const QString myName = tr("This scenario");
    if (m_doc->hasResults())
        add(myName, mine, m_doc->lastResults());
    m_changes->clear();
    QStringList currencies{m_doc->currency()};
    bool bridged = false;
    for (const CompareCandidate &c : m_candidates) {
        if (!keys.contains(c.key))
            continue;
        const std::optional<Scenario> s = c.load ? c.load() : std::nullopt;
        if (!s || !validateScenario(*s).empty()) {
            m_changes->addItem(tr("%1 could not be computed.").arg(c.label));
            continue;
        }
        add(c.shortLabel.isEmpty() ? c.label : c.shortLabel, *s, computeModel(*s));
        currencies << QString::fromStdString(s->currency);
        // What changed from the other scenario to this one, in the analyst's words, grouped
        // as the NPV bridge applies them.
        auto *header = new QListWidgetItem(tr("From %1 to this scenario:").arg(c.label), m_changes);
        QFont f = header->font();
        f.setBold(true);
        header->setFont(f);
        const std::vector<InputChange> changes = describeInputChanges(*s, mine);
        if (changes.empty())
            m_changes->addItem(tr("  no differences"));
        std::optional<InputGroup> group;
        for (const InputChange &ic : changes) {
            if (group != ic.group) {
                group = ic.group;
                auto *g =
                    new QListWidgetItem(QStringLiteral("  ") + groupLabel(ic.group), m_changes);
                QFont gf = g->font();
                gf.setItalic(true);
                g->setFont(gf);
            }
            m_changes->addItem(QStringLiteral("    ") + changeText(ic));
        }
        if (!bridged && m_doc->isValid()) {
            bridged = true;
            const NpvBridge bridge = computeNpvBridge(*s, mine);
            std::vector<charts::WaterfallStep> steps;
            for (const BridgeStep &step : bridge.steps) {
                QStringList names;
                for (InputGroup g : step.groups)
                    names << groupLabel(g);
                steps.push_back({names.join(QStringLiteral(" + ")), step.delta()});
            }
            m_bridge->setCurrency(m_doc->currency());
            m_bridge->setTitle(tr("NPV bridge from %1 to this scenario")
                                   .arg(c.shortLabel.isEmpty() ? c.label : c.shortLabel));
            m_bridge->setBridge(c.shortLabel.isEmpty() ? c.label : c.shortLabel, bridge.npvA, steps,
                                myName, bridge.npvB);
        }
    }
    currencies.removeDuplicates();
    m_hint->setText(currencies.size() > 1
                        ? tr("Warning: the scenarios use different currencies (%1); amounts are "
                             "not converted.")
                              .arg(currencies.join(QStringLiteral(", ")))
                    : keys.isEmpty() ? tr("Tick one or more scenarios or revisions on the left.")
                                     : QString());
    m_hint->setVisible(!m_hint->text().isEmpty());
    m_model->setEntries(entries);
    m_cashFlow->setCurrency(m_doc->currency());
    m_npv->setCurrency(m_doc->currency());
    if (!bridged) {
        m_bridge->setTitle(tr("NPV bridge"));
        m_bridge->clear();
    }
    if (entries.size() >= 2) {
        m_cashFlow->setSeries(series);
        m_npv->setNpvs(npvs);
    } else {
        m_cashFlow->clear();
        m_npv->clear();
    }
}

} // namespace fleetroi
