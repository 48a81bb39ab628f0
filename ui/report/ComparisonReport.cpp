// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ComparisonReport.h"
#include "report/LabelWrap.h"

#include "report/ReportBuilder.h"
#include "report/ReportFormat.h"
#include "report/ReportLayout.h"

#include "charts/ComparisonChart.h"
#include "charts/NpvBarsChart.h"
#include "charts/WaterfallChart.h"
#include "engine/NpvBridge.h"

#include <QBuffer>
#include <QPagedPaintDevice>
#include <QPdfWriter>

#include <map>
#include <set>

namespace fleetroi {
namespace report {

using exporting::monthText;

ComparisonReport::ComparisonReport(const std::vector<ReportScenario> &scenarios,
                                   const ReportOptions &options)
    : m_scenarios(scenarios)
    , m_options(options)
{}

bool ComparisonReport::paint(QPagedPaintDevice *device)
{
    if (m_scenarios.size() < 2 || m_scenarios.size() > 4) {
        m_error = tr("A comparison needs 2 to 4 scenarios.");
        return false;
    }
    const QStringList families = reportFontFamilies(m_options.locale);
    // As in ReportBuilder::paint: a second dry run when the warning about characters no
    // font can draw is added.
    m_missingGlyphs.clear();
    for (int attempt = 0; attempt < 2; ++attempt) {
        ReportLayout dry(device, true, families);
        setUpTexts(dry);
        if (!dry.begin()) {
            m_error = tr("The report could not be laid out.");
            return false;
        }
        layout(dry);
        m_pages = dry.pageCount();
        if (dry.missingGlyphs() == m_missingGlyphs)
            break;
        m_missingGlyphs = dry.missingGlyphs();
    }
    ReportLayout l(device, false, families);
    setUpTexts(l);
    l.setTotalPages(m_pages);
    if (!l.begin()) {
        m_error = tr("The report could not be drawn on this device.");
        return false;
    }
    layout(l);
    if (!l.end()) {
        m_error = tr("The report could not be finished.");
        return false;
    }
    return true;
}

QByteArray ComparisonReport::renderPdf()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly)) {
        m_error = tr("No memory for the report.");
        return {};
    }
    {
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("FleetROI " FLEETROI_VERSION));
        writer.setTitle(tr("Scenario comparison"));
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);
        setUpPage(&writer, m_options.paper);
        if (!paint(&writer))
            return {};
    }
    buffer.close();
    return bytes;
}

void ComparisonReport::setUpTexts(ReportLayout &l) const
{
    QStringList names;
    for (const ReportScenario &s : m_scenarios)
        names << QString::fromStdString(s.data.scenario.name);
    // The running header is one line and would be cut: with long names it only counts them
    // (every page's headings and tables name the scenarios in full).
    const QString joined = names.join(QStringLiteral(" | "));
    l.setHeaderText(joined.size() <= 90
                        ? tr("FleetROI comparison: %1").arg(joined)
                        : tr("FleetROI comparison of %n scenarios", nullptr, int(names.size())));
    l.setFooterText(tr("generated %1").arg(m_options.date.toString(Qt::ISODate)));
    l.setPageNumberFormat(tr("Page %1 of %2"));
}

void ComparisonReport::layout(ReportLayout &l)
{
    const std::size_t n = m_scenarios.size();
    QStringList names;
    for (const ReportScenario &s : m_scenarios)
        names << QString::fromStdString(s.data.scenario.name);
    // Money is compared in each scenario's own currency; the columns say which.
    std::vector<ReportFormat> fmt;
    for (const ReportScenario &s : m_scenarios)
        fmt.emplace_back(m_options.locale, QString::fromStdString(s.data.scenario.currency));

    l.skip(16);
    l.paragraph(tr("FleetROI scenario comparison"), 11, false, QColor(0x55, 0x5f, 0x6b));
    l.heading(tr("%n scenario(s) side by side", nullptr, int(n)), 1);
    if (!m_missingGlyphs.isEmpty())
        l.paragraph(missingGlyphsWarning(m_missingGlyphs), 9.5, true, QColor(0xb0, 0x1c, 0x1c));
    std::vector<TableRow> list;
    for (std::size_t i = 0; i < n; ++i)
        list.push_back(
            {{QString::number(i + 1), names[qsizetype(i)], m_scenarios[i].revision}, false});
    l.table({{tr("#"), 0.3, Qt::AlignRight},
             {tr("Scenario"), 3, Qt::AlignLeft},
             {tr("Revision"), 2, Qt::AlignLeft}},
            list);

    // Key figures side by side.
    std::vector<TableColumn> cols{{tr("Key figure"), 1.6, Qt::AlignLeft}};
    for (std::size_t i = 0; i < n; ++i)
        cols.push_back(
            {QStringLiteral("%1. %2").arg(i + 1).arg(names[qsizetype(i)]), 1.4, Qt::AlignRight});
    auto row = [&](const QString &label, const std::function<QString(std::size_t)> &value) {
        TableRow r{{label}, false};
        for (std::size_t i = 0; i < n; ++i)
            r.cells << value(i);
        return r;
    };
    // Charts label scenarios by number and a short name (axis labels and legends are narrow).
    // Long names are wrapped onto several lines at spaces, never cut: the analyst must be
    // able to tell "Budget v3 with leasing" from "Budget v3 with leasing, high power".
    auto chartName = [&](std::size_t i) {
        return wrapChartLabel(QStringLiteral("%1. %2").arg(i + 1).arg(names[qsizetype(i)]), 24);
    };
    // Headings, sentences and table cells: the whole name (the layout wraps lines).
    auto fullName = [&](std::size_t i) {
        return QStringLiteral("%1. %2").arg(i + 1).arg(names[qsizetype(i)]);
    };
    auto k = [&](std::size_t i) -> const KeyFigures & {
        return m_scenarios[i].data.results.kpis;
    };
    auto sc = [&](std::size_t i) -> const Scenario & {
        return m_scenarios[i].data.scenario;
    };
    auto monthOf = [&](std::size_t i, const std::optional<int> &m) {
        return m ? tr("month %1 (%2)").arg(*m).arg(monthText(sc(i), *m)) : tr("none");
    };
    std::vector<TableRow> kpis{
        row(tr("NPV"), [&](std::size_t i) { return fmt[i].money(k(i).npv); }),
        row(tr("Discount rate"),
            [&](std::size_t i) { return fmt[i].percent(sc(i).finance.discountRate, 2); }),
        row(tr("IRR"),
            [&](std::size_t i) { return fmt[i].optionalPercent(k(i).irr, 2, tr("none")); }),
        row(tr("Payback"), [&](std::size_t i) { return monthOf(i, k(i).paybackMonth); }),
        row(tr("Discounted payback"),
            [&](std::size_t i) { return monthOf(i, k(i).discountedPaybackMonth); }),
        row(tr("Average utilization"),
            [&](std::size_t i) { return fmt[i].percent(k(i).averageUtilization); }),
        row(tr("Cost per compute hour"),
            [&](std::size_t i) {
                return k(i).costPerComputeHour ? fmt[i].number(*k(i).costPerComputeHour, 4)
                                               : tr("n/a");
            }),
        row(tr("Break-even lease factor"),
            [&](std::size_t i) {
                return k(i).breakEvenLeaseFactor ? fmt[i].number(*k(i).breakEvenLeaseFactor, 4)
                                                 : tr("n/a");
            }),
        row(tr("Total capex"), [&](std::size_t i) { return fmt[i].money(k(i).totalCapex); }),
        row(tr("Total opex"), [&](std::size_t i) { return fmt[i].money(k(i).totalOpex); }),
        row(tr("Total lease revenue"),
            [&](std::size_t i) { return fmt[i].money(k(i).totalLeaseRevenue); }),
        row(tr("Total internal value"),
            [&](std::size_t i) { return fmt[i].money(k(i).totalInternalValue); }),
        row(tr("Total net cash flow"),
            [&](std::size_t i) { return fmt[i].money(k(i).totalNetCashFlow); }),
    };
    l.heading(tr("Key figures"), 2);
    TableStyle style;
    style.fontSize = 8;
    l.table(cols, kpis, style);

    l.newPage();
    l.heading(tr("NPV and cumulative cash flow"), 1);
    charts::NpvBarsChart bars;
    std::vector<charts::ScenarioNpv> npvs;
    for (std::size_t i = 0; i < n; ++i)
        npvs.push_back({chartName(i), k(i).npv});
    bars.setCurrency(QString::fromStdString(sc(0).currency));
    bars.setNpvs(npvs);
    bars.setTitle(tr("NPV by scenario"));
    bars.setFontFamilies(l.families());
    l.block(250, [&bars](QPainter &p, const QRectF &r) { bars.renderTo(&p, r); });
    l.skip(8);
    charts::ComparisonChart cumulative;
    std::vector<charts::ScenarioSeries> series;
    for (std::size_t i = 0; i < n; ++i)
        series.push_back({chartName(i), m_scenarios[i].data.results.monthly});
    cumulative.setCurrency(QString::fromStdString(sc(0).currency));
    cumulative.setSeries(series);
    cumulative.setTitle(tr("Cumulative net cash flow"));
    cumulative.setFontFamilies(l.families());
    l.block(280, [&cumulative](QPainter &p, const QRectF &r) { cumulative.renderTo(&p, r); });

    // Issue #16: why NPV moves from the first scenario to each other one (engine/NpvBridge).
    for (std::size_t i = 1; i < n; ++i) {
        l.newPage();
        l.heading(tr("NPV bridge from %1 to %2").arg(fullName(0), fullName(i)), 1);
        l.paragraph(tr("Starting from %1, the inputs of %2 are applied one group at a time in "
                       "this order: fleet and prices, internal demand, leasing, operations, "
                       "finance, other inputs. Each step is the NPV after it less the NPV before "
                       "it, so the steps add up to the difference in NPV; a different order "
                       "would attribute the interactions between groups differently.")
                        .arg(fullName(0), fullName(i)));
        const NpvBridge bridge = computeNpvBridge(sc(0), sc(i));
        std::vector<charts::WaterfallStep> steps;
        std::vector<TableRow> rows;
        const auto groupWords = [](const BridgeStep &step) {
            QStringList names;
            for (InputGroup g : step.groups)
                names << QCoreApplication::translate("fleetroi::InputGroups", inputGroupLabel(g));
            return names.join(QStringLiteral(" + "));
        };
        rows.push_back({{fullName(0), fmt[0].shortMoney(bridge.npvA), QString()}, true});
        for (const BridgeStep &step : bridge.steps) {
            steps.push_back({groupWords(step), step.delta()});
            QStringList changed;
            for (std::size_t c = 0; c < step.changes.size() && c < 6; ++c)
                changed << QString::fromStdString(step.changes[c].text());
            if (step.changes.size() > 6)
                changed << tr("and %n more", nullptr, int(step.changes.size() - 6));
            rows.push_back({{groupWords(step),
                             (step.delta() >= 0 ? QStringLiteral("+") : QString()) +
                                 fmt[0].shortMoney(step.delta()),
                             changed.join(QStringLiteral("; "))},
                            false});
        }
        rows.push_back({{fullName(i), fmt[0].shortMoney(bridge.npvB), QString()}, true});
        charts::WaterfallChart waterfall;
        waterfall.setCurrency(QString::fromStdString(sc(0).currency));
        waterfall.setBridge(chartName(0), bridge.npvA, steps, chartName(i), bridge.npvB);
        waterfall.setTitle(tr("NPV bridge"));
        l.block(250, [&waterfall](QPainter &p, const QRectF &r) { waterfall.renderTo(&p, r); });
        l.skip(8);
        TableStyle wrapped = style;
        wrapped.wrap = true;
        l.table({{tr("Step"), 1.1, Qt::AlignLeft},
                 {tr("NPV change"), 0.8, Qt::AlignRight},
                 {tr("What changed"), 3.4, Qt::AlignLeft}},
                rows, wrapped);
    }

    l.newPage();
    l.heading(tr("Main assumptions"), 1);
    auto gpus = [&](std::size_t i) {
        double total = 0;
        for (const PurchaseTranche &p : sc(i).purchases)
            total += double(p.gpus);
        return total;
    };
    std::vector<TableRow> assumptions{
        row(tr("Start and horizon"),
            [&](std::size_t i) {
                return tr("%1, %n month(s)", nullptr, sc(i).horizonMonths).arg(monthText(sc(i), 0));
            }),
        row(tr("Currency"), [&](std::size_t i) { return QString::fromStdString(sc(i).currency); }),
        row(tr("Tax rate"),
            [&](std::size_t i) { return fmt[i].percent(sc(i).finance.taxRate, 1); }),
        row(tr("GPU types"),
            [&](std::size_t i) {
                QStringList skus;
                for (const Sku &s : sc(i).skus)
                    skus << QString::fromStdString(s.name);
                return skus.join(QStringLiteral(", "));
            }),
        row(tr("Purchases"),
            [&](std::size_t i) { return QString::number(sc(i).purchases.size()); }),
        row(tr("GPUs bought"), [&](std::size_t i) { return fmt[i].number(gpus(i)); }),
        row(tr("Availability"),
            [&](std::size_t i) { return fmt[i].percent(sc(i).operations.availability, 1); }),
        row(tr("PUE"), [&](std::size_t i) { return fmt[i].number(sc(i).operations.pue, 2); }),
        row(tr("Electricity per kWh"),
            [&](std::size_t i) {
                return fmt[i].number(sc(i).operations.electricityPricePerKwh, 4);
            }),
        row(tr("Staff cost per month"),
            [&](std::size_t i) { return fmt[i].money(sc(i).operations.staffCostPerMonth); }),
        row(tr("Leasing"),
            [&](std::size_t i) {
                return sc(i).leasing.enabled
                           ? tr("%1 sellable, %n-month contracts", nullptr,
                                sc(i).leasing.contractMonths)
                                 .arg(fmt[i].percent(sc(i).leasing.sellableFraction, 0))
                           : tr("disabled");
            }),
    };
    l.table(cols, assumptions, style);

    // Net cash flow by calendar year, every scenario on one axis of years.
    std::set<int> allYears;
    std::vector<std::map<int, double>> byYear(n);
    for (std::size_t i = 0; i < n; ++i) {
        const MonthlySeries &m = m_scenarios[i].data.results.monthly;
        for (int t = 0; t < m.size(); ++t) {
            const int year = sc(i).startYear + (sc(i).startMonth - 1 + t) / 12;
            byYear[i][year] += m.netCashFlow[std::size_t(t)];
            allYears.insert(year);
        }
    }
    l.heading(tr("Net cash flow by calendar year (thousands)"), 2);
    std::vector<TableColumn> yearCols{{tr("Year"), 0.6, Qt::AlignLeft}};
    for (std::size_t i = 0; i < n; ++i)
        yearCols.push_back(
            {QStringLiteral("%1. %2").arg(i + 1).arg(fmt[i].currency()), 1, Qt::AlignRight});
    std::vector<TableRow> yearRows;
    for (int y : allYears) {
        TableRow r{{QString::number(y)}, false};
        for (std::size_t i = 0; i < n; ++i) {
            const auto it = byYear[i].find(y);
            r.cells << (it == byYear[i].end() ? QStringLiteral("\u2013")
                                              : fmt[i].thousands(it->second));
        }
        yearRows.push_back(r);
    }
    l.table(yearCols, yearRows, style);

    l.heading(tr("Largest sensitivity drivers (NPV swing)"), 2);
    std::vector<TableRow> drivers;
    for (std::size_t d = 0; d < 5; ++d) {
        TableRow r{{QString::number(d + 1)}, false};
        for (std::size_t i = 0; i < n; ++i) {
            const auto &rows = m_scenarios[i].data.sensitivity;
            r.cells << (d < rows.size() ? tr("%1: %2").arg(exporting::driverLabel(rows[d].driver),
                                                           fmt[i].shortMoney(rows[d].swing()))
                                        : QString());
        }
        drivers.push_back(r);
    }
    std::vector<TableColumn> driverCols{{tr("Rank"), 0.4, Qt::AlignLeft}};
    for (std::size_t i = 0; i < n; ++i)
        driverCols.push_back(
            {QStringLiteral("%1. %2").arg(i + 1).arg(names[qsizetype(i)]), 1.4, Qt::AlignLeft});
    l.table(driverCols, drivers, style);
}

} // namespace report
} // namespace fleetroi
