// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportBuilder.h"

#include "KeyFigureInfo.h"

#include "report/ReportFormat.h"
#include "report/ReportLayout.h"

#include "charts/BookValueChart.h"
#include "charts/CapacityChart.h"
#include "charts/CashFlowChart.h"
#include "charts/HistogramChart.h"
#include "charts/RevenueCostChart.h"
#include "charts/TornadoChart.h"

#include "engine/FleetModel.h"

#include <QBuffer>
#include <QPagedPaintDevice>
#include <QPdfWriter>

#include <cmath>

namespace fleetroi {
namespace report {

using exporting::describeSeries;
using exporting::FiscalYearRow;
using exporting::fiscalYears;
using exporting::monthText;
using exporting::SeriesUnit;
using exporting::trancheName;

struct ReportBuilder::Pass
{
    bool record = false; // the dry run records where sections start
};

void setUpPage(QPagedPaintDevice *device, QPageSize::PageSizeId paper)
{
    // 14 mm sides, 12 mm top and bottom: the header and footer sit inside the paint area.
    device->setPageLayout(QPageLayout(QPageSize(paper), QPageLayout::Portrait,
                                      QMarginsF(14, 12, 14, 12), QPageLayout::Millimeter));
}

QStringList reportFontFamilies(const QLocale &locale)
{
    // DejaVu Sans (fonts-dejavu-core) covers Latin, Greek and Cyrillic. Chinese comes from
    // Droid Sans Fallback (fonts-droid-fallback), not Noto Sans CJK: Noto maps the Kangxi
    // radicals (U+2F00..U+2FD5) and the CJK radicals supplement to the same glyphs as the
    // ideographs, and Qt's PDF writer fills the ToUnicode map with the lowest code point of
    // each glyph, so pdftotext, search and copy gave U+2F47 for 日 and U+2F64 for 用. Droid
    // has no radical code points, so each glyph maps back to the ideograph written. Then
    // fallbacks for names and notes in other scripts: Lohit Devanagari (fonts-lohit-deva),
    // Loma (Thai, fonts-thai-tlwg), Symbola (fonts-symbola) for emoji and symbols, Noto Sans
    // CJK for ideographs Droid lacks. All are embedded; characters none of them has are
    // named in a warning on the cover (ReportLayout::missingGlyphs). These packages are in
    // installer/build-depends.txt and the .deb's Recommends.
    const QStringList fallbacks{QStringLiteral("Lohit Devanagari"), QStringLiteral("Loma"),
                                QStringLiteral("Symbola"), QStringLiteral("Noto Sans CJK SC")};
    if (locale.language() == QLocale::Chinese)
        return QStringList{QStringLiteral("Droid Sans Fallback"), QStringLiteral("DejaVu Sans")} +
               fallbacks;
    return QStringList{QStringLiteral("DejaVu Sans"), QStringLiteral("Droid Sans Fallback")} +
           fallbacks;
}

ReportBuilder::ReportBuilder(const ReportScenario &scenario, const ReportOptions &options)
    : m_s(scenario)
    , m_options(options)
{}

bool ReportBuilder::paint(QPagedPaintDevice *device)
{
    const QStringList families = reportFontFamilies(m_options.locale);
    // Dry run: count pages, note where sections start and which characters no font has.
    // When some are missing the cover gets a warning, which moves the layout: run again.
    m_missingGlyphs.clear();
    for (int attempt = 0; attempt < 2; ++attempt) {
        ReportLayout dry(device, true, families);
        setUpTexts(dry);
        if (!dry.begin()) {
            m_error = tr("The report could not be laid out.");
            return false;
        }
        m_contents.clear();
        Pass pass{true};
        layout(dry, pass);
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
    Pass pass{false};
    layout(l, pass);
    if (!l.end()) {
        m_error = tr("The report could not be finished.");
        return false;
    }
    return true;
}

QByteArray ReportBuilder::renderPdf()
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
        // Document info is a PDF string, escaped by Qt; it is not interpreted.
        writer.setTitle(QString::fromStdString(m_s.data.scenario.name));
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);
        setUpPage(&writer, m_options.paper);
        if (!paint(&writer))
            return {};
    } // the writer finishes the file when destroyed
    buffer.close();
    return bytes;
}

void ReportBuilder::setUpTexts(ReportLayout &l) const
{
    const Scenario &sc = m_s.data.scenario;
    l.setHeaderText(tr("FleetROI report: %1").arg(QString::fromStdString(sc.name)));
    l.setFooterText(
        tr("%1 | generated %2").arg(m_s.revision, m_options.date.toString(Qt::ISODate)));
    l.setPageNumberFormat(tr("Page %1 of %2"));
}

void ReportBuilder::section(ReportLayout &l, Pass &pass, const QString &title)
{
    l.newPage();
    if (pass.record)
        m_contents.emplace_back(title, l.pageCount());
    l.heading(title, 1);
}

void ReportBuilder::layout(ReportLayout &l, Pass &pass)
{
    cover(l, pass);
    summary(l, pass);
    assumptions(l, pass);
    cashFlow(l, pass);
    depreciation(l, pass);
    if (m_s.data.results.model11)
        balanceSheet(l, pass);
    sensitivity(l, pass);
    monteCarlo(l, pass);
    provenance(l, pass);
}

QString missingGlyphsWarning(const QString &characters)
{
    QStringList codes;
    for (const char32_t c : characters.toUcs4())
        codes << QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
    return ReportBuilder::tr(
               "Warning: no installed font can draw %n character(s) of this report (%1); they "
               "show as empty boxes. Install a font for them (on Debian: fonts-noto-core, "
               "fonts-symbola) and make the report again.",
               nullptr, int(codes.size()))
        .arg(codes.join(QStringLiteral(", ")));
}

namespace {

QString monthWithLabel(const Scenario &sc, const std::optional<int> &m, const QString &none)
{
    if (!m)
        return none;
    return ReportBuilder::tr("month %1 (%2)").arg(*m).arg(monthText(sc, *m));
}

// Renders a chart into the layout at `height` points.
void drawChart(ReportLayout &l, charts::ChartView &chart, double height)
{
    // The report's fonts for the chart text too: Chinese axis titles would otherwise fall
    // back to Noto Sans CJK (radicals in the text layer, see reportFontFamilies).
    chart.setFontFamilies(l.families());
    l.block(height, [&chart](QPainter &p, const QRectF &r) { chart.renderTo(&p, r); });
    l.skip(6);
}

} // namespace

void ReportBuilder::cover(ReportLayout &l, Pass &)
{
    const Scenario &sc = m_s.data.scenario;
    const KeyFigures &k = m_s.data.results.kpis;
    const ReportFormat f(m_options.locale, QString::fromStdString(sc.currency));

    l.skip(24);
    l.paragraph(tr("FleetROI investment report"), 11, false, QColor(0x55, 0x5f, 0x6b));
    l.paragraph(QString::fromStdString(sc.name), 22, true, QColor(0x1f, 0x4e, 0x79));
    if (!m_missingGlyphs.isEmpty())
        l.paragraph(missingGlyphsWarning(m_missingGlyphs), 9.5, true, QColor(0xb0, 0x1c, 0x1c));
    if (!sc.description.empty()) {
        // The cover shows the start of a long description (whole words); the Assumptions
        // section has it all.
        QString description = QString::fromStdString(sc.description);
        if (description.size() > 600) {
            qsizetype cut = description.lastIndexOf(QLatin1Char(' '), 600);
            if (cut < 400)
                cut = 600;
            description =
                description.left(cut) + QLatin1Char(' ') + tr("[continued under Assumptions]");
        }
        l.paragraph(description, 10);
    }
    l.skip(6);
    l.keyValues({
        {tr("Revision"), m_s.revision.isEmpty() ? QStringLiteral("\u2013") : m_s.revision},
        {tr("Report date"), m_options.date.toString(Qt::ISODate)},
        {tr("Start and horizon"),
         tr("%1, %n month(s)", nullptr, sc.horizonMonths).arg(monthText(sc, 0))},
        {tr("Currency"), QString::fromStdString(sc.currency)},
    });

    l.heading(tr("Key figures"), 2, 140);
    l.keyValues({
        {tr("NPV at %1").arg(f.percent(sc.finance.discountRate, 2)), f.money(k.npv)},
        {tr("IRR"),
         k.irr ? (k.irrRoots > 1
                      ? tr("%1 (lowest of %2 roots)").arg(f.percent(*k.irr, 2)).arg(k.irrRoots)
                      : f.percent(*k.irr, 2))
               : tr("none")},
        {tr("Payback"), monthWithLabel(sc, k.paybackMonth, tr("not within the horizon"))},
        {tr("Discounted payback"),
         monthWithLabel(sc, k.discountedPaybackMonth, tr("not within the horizon"))},
        {tr("Average utilization"), f.percent(k.averageUtilization)},
        {tr("Cost per compute hour"),
         k.costPerComputeHour ? f.number(*k.costPerComputeHour, 4) + QLatin1Char(' ') + f.currency()
                              : tr("n/a")},
        {tr("Break-even lease factor"), k.breakEvenLeaseFactor
                                            ? f.number(*k.breakEvenLeaseFactor, 4)
                                            : tr("n/a (nothing leased)")},
        {tr("Value of leasing (NPV with less without)"),
         k.leasingValueNpv ? f.money(*k.leasingValueNpv) : tr("n/a")},
        {tr("IRR without leasing"),
         k.irrWithoutLeasing ? f.percent(*k.irrWithoutLeasing, 2) : tr("none")},
        {tr("Lease revenue net of sales cost"), f.money(k.leaseRevenueNetOfSales)},
        {tr("Total capex"), f.money(k.totalCapex)},
        {tr("Total opex"), f.money(k.totalOpex)},
        {tr("Total lease revenue"), f.money(k.totalLeaseRevenue)},
        {tr("Total internal value"), f.money(k.totalInternalValue)},
        {tr("Total tax"), f.money(k.totalTax)},
        {tr("Total net cash flow"), f.money(k.totalNetCashFlow)},
    });
    // Issue #16: the break-even lease price per SKU, in a sentence each.
    if (const QStringList be = KeyFigureInfo::breakEvenSentences(k, sc); !be.isEmpty())
        l.paragraph(tr("Break-even lease price. %1").arg(be.join(QLatin1Char(' '))), 8.5);

    // Contents: the dry run knows the pages; its own pass prints the same number of rows.
    l.heading(tr("Contents"), 2, 120);
    std::vector<TableRow> rows;
    std::size_t sections =
        6; // summary, assumptions, cash flow, depreciation, sensitivity, appendix
    if (m_s.data.results.model11)
        ++sections; // balance sheet
#ifdef FLEETROI_REPORT_HAS_MONTECARLO
    if (m_s.monteCarlo && m_s.monteCarlo->completed())
        ++sections;
#endif
    for (std::size_t i = 0; i < sections; ++i) {
        if (i < m_contents.size())
            rows.push_back({{m_contents[i].first, QString::number(m_contents[i].second)}, false});
        else
            rows.push_back({{QString(), QString()}, false});
    }
    TableStyle style;
    style.zebra = false;
    style.fontSize = 9;
    l.table({{QString(), 6, Qt::AlignLeft}, {QString(), 1, Qt::AlignRight}}, rows, style);
}

void ReportBuilder::summary(ReportLayout &l, Pass &pass)
{
    const Scenario &sc = m_s.data.scenario;
    const ModelResults &r = m_s.data.results;
    const KeyFigures &k = r.kpis;
    const ReportFormat f(m_options.locale, QString::fromStdString(sc.currency));
    section(l, pass, tr("Executive summary"));

    // One paragraph written from the numbers.
    QStringList sentences;
    sentences
        << tr("NPV at %1: %2").arg(f.percent(sc.finance.discountRate, 0), f.shortMoney(k.npv));
    if (k.irr)
        sentences << tr("IRR %1").arg(f.percent(*k.irr, 1));
    if (k.paybackMonth)
        sentences << tr("payback in month %1 (%2)")
                         .arg(*k.paybackMonth)
                         .arg(monthText(sc, *k.paybackMonth));
    else
        sentences << tr("no payback within the %n-month horizon", nullptr, sc.horizonMonths);
    const double revenue = k.totalLeaseRevenue + k.totalInternalValue;
    if (revenue > 0)
        sentences
            << tr("leasing brings %1 of revenue").arg(f.percent(k.totalLeaseRevenue / revenue, 0));
    sentences << tr("average utilization %1").arg(f.percent(k.averageUtilization, 0));
    sentences << tr("capex %1 in %n tranche(s)", nullptr, int(sc.purchases.size()))
                     .arg(f.shortMoney(k.totalCapex));
    if (!m_s.data.sensitivity.empty()) {
        const SensitivityRow &top = m_s.data.sensitivity.front();
        // Mid-sentence the English label is lower case; German nouns keep their capital.
        QString driver = exporting::driverLabel(top.driver);
        if (m_options.locale.language() == QLocale::English)
            driver = driver.toLower();
        sentences << tr("the NPV is most sensitive to %1 (%2 to %3 at \u00b1%4)")
                         .arg(driver, f.shortMoney(std::min(top.npvLow, top.npvHigh)),
                              f.shortMoney(std::max(top.npvLow, top.npvHigh)),
                              f.percent(m_s.data.swing, 0));
    }
    // Chinese joins clauses with full-width punctuation.
    l.paragraph(sentences.join(tr("; ", "between the clauses of the summary sentence")) +
                    tr(".", "end of the summary sentence"),
                10.5);
    l.skip(4);

    const double chartHeight = std::min(215.0, (l.remaining() - 20) / 3.0);
    const QString cur = QString::fromStdString(sc.currency);
    charts::CashFlowChart cash;
    cash.setCurrency(cur);
    cash.setResults(r);
    cash.setTitle(tr("Net cash flow by month and cumulative"));
    drawChart(l, cash, chartHeight);
    charts::RevenueCostChart revenueCost;
    revenueCost.setCurrency(cur);
    revenueCost.setResults(r);
    revenueCost.setTitle(tr("Revenue and operating costs by month"));
    drawChart(l, revenueCost, chartHeight);
    charts::CapacityChart capacity;
    capacity.setResults(r);
    capacity.setTitle(tr("Compute capacity, internal use and leasing (H100-equivalent hours)"));
    drawChart(l, capacity, chartHeight);
}

void ReportBuilder::assumptions(ReportLayout &l, Pass &pass)
{
    const Scenario &sc = m_s.data.scenario;
    const ReportFormat f(m_options.locale, QString::fromStdString(sc.currency));
    const QLocale &loc = m_options.locale;
    section(l, pass, tr("Assumptions"));

    if (!sc.description.empty()) {
        l.heading(tr("Description"), 2, 30);
        l.paragraph(QString::fromStdString(sc.description), 9);
    }

    l.heading(tr("Finance"), 2);
    std::vector<std::pair<QString, QString>> finance{
        {tr("Discount rate (annual, effective)"), f.percent(sc.finance.discountRate, 2)},
        {tr("Tax rate"), f.percent(sc.finance.taxRate, 2)},
        {tr("Tax depreciation"), sc.finance.taxDepreciation == TaxDepreciation::Book
                                     ? tr("as book depreciation")
                                     : tr("MACRS 5-year, half-year convention")},
        {tr("Bonus depreciation"), f.percent(sc.finance.bonusDepreciation, 0)},
        {tr("Fiscal year ends in month"), QString::number(sc.finance.fiscalYearEndMonth)},
        {tr("Terminal value"), sc.finance.terminalValue == TerminalValueMethod::None ? tr("none")
                               : sc.finance.terminalValue == TerminalValueMethod::MarketValue
                                   ? tr("market value of unsold tranches")
                                   : tr("book value of unsold tranches")},
    };
    // Model 1.1 keys are listed only for a scenario that uses them (a model-1 report is
    // unchanged); the Balance sheet section repeats them with their provenance.
    if (m_s.data.results.model11)
        finance.push_back({tr("Impairment test (ASC 360)"),
                           sc.finance.impairmentTest ? tr("at every fiscal-year end") : tr("off")});
    l.keyValues(finance);

    const Operations &o = sc.operations;
    l.heading(tr("Operations"), 2);
    l.keyValues({
        {tr("Availability"), f.percent(o.availability, 1)},
        {tr("PUE (facility power / IT power)"), loc.toString(o.pue, 'f', 2)},
        {tr("Electricity price per kWh"),
         f.number(o.electricityPricePerKwh, 4) + QLatin1Char(' ') + f.currency()},
        {tr("Electricity price change per year"), f.percent(o.electricityAnnualEscalation, 1)},
        {tr("Colocation per kW and month"),
         f.number(o.colocationPerKwMonth, 2) + QLatin1Char(' ') + f.currency()},
        {tr("Maintenance per year, share of capex"), f.percent(o.maintenanceFractionPerYear, 1)},
        {tr("Staff cost per month"), f.money(o.staffCostPerMonth)},
    });

    l.heading(tr("Leasing"), 2);
    l.keyValues({
        {tr("Leasing"), sc.leasing.enabled ? tr("enabled") : tr("disabled")},
        {tr("Sellable share of surplus hours"), f.percent(sc.leasing.sellableFraction, 0)},
        {tr("Sales cost, share of lease revenue"), f.percent(sc.leasing.salesCostFraction, 0)},
        {tr("Contract length"), tr("%n month(s)", nullptr, sc.leasing.contractMonths)},
    });

    // SKUs, transposed: one column per SKU, four SKUs per table.
    l.heading(tr("GPU types (SKUs)"), 2);
    auto curve = [&](const PriceCurve &c) {
        if (c.kind == PriceCurve::Kind::Growth)
            return tr("%1, %2 a year").arg(f.number(c.start, 2), f.percent(c.annualChange, 0));
        QStringList parts;
        for (const auto &[m, price] : c.points)
            parts << tr("%1 in %2").arg(f.number(price, 2), monthText(sc, m));
        return parts.join(QStringLiteral("; "));
    };
    for (std::size_t first = 0; first < sc.skus.size(); first += 4) {
        const std::size_t last = std::min(sc.skus.size(), first + 4);
        std::vector<TableColumn> cols{{tr("Assumption"), 1.6, Qt::AlignLeft}};
        for (std::size_t i = first; i < last; ++i)
            cols.push_back({QString::fromStdString(sc.skus[i].name), 1.4, Qt::AlignRight});
        std::vector<TableRow> rows;
        auto row = [&](const QString &label, const std::function<QString(const Sku &)> &value) {
            TableRow r{{label}, false};
            for (std::size_t i = first; i < last; ++i)
                r.cells << value(sc.skus[i]);
            rows.push_back(r);
        };
        row(tr("Id"), [](const Sku &s) { return QString::fromStdString(s.id); });
        row(tr("GPU price"), [&](const Sku &s) { return f.money(s.gpuPrice); });
        row(tr("GPUs per server"), [&](const Sku &s) { return QString::number(s.gpusPerServer); });
        row(tr("Server cost"), [&](const Sku &s) { return f.money(s.serverCost); });
        row(tr("Network cost per GPU"), [&](const Sku &s) { return f.money(s.networkCostPerGpu); });
        row(tr("Power per GPU (kW)"), [&](const Sku &s) { return f.number(s.powerKwPerGpu, 3); });
        row(tr("Idle power share"),
            [&](const Sku &s) { return f.percent(s.idlePowerFraction, 0); });
        row(tr("Throughput (H100 = 1)"), [&](const Sku &s) { return f.number(s.throughput, 2); });
        row(tr("Book (accounting) life (months)"),
            [&](const Sku &s) { return QString::number(s.usefulLifeMonths); });
        row(tr("Operating (economic) life (months)"),
            [&](const Sku &s) { return QString::number(s.operatingLifeMonths); });
        row(tr("Salvage value"), [&](const Sku &s) { return f.percent(s.salvageFraction, 0); });
        row(tr("Resale value"), [&](const Sku &s) { return f.percent(s.resaleFraction, 0); });
        row(tr("Depreciation"), [&](const Sku &s) {
            switch (s.depreciation) {
            case DepreciationMethod::StraightLine:
                return tr("straight line");
            case DepreciationMethod::DoubleDeclining:
                return tr("double declining");
            case DepreciationMethod::SumOfYears:
                return tr("sum of years");
            }
            return QString();
        });
        row(tr("Failures per year"),
            [&](const Sku &s) { return f.percent(s.annualFailureRate, 1); });
        row(tr("Lease price per GPU-hour"), [&](const Sku &s) { return curve(s.leasePrice); });
        row(tr("Cloud price per GPU-hour"), [&](const Sku &s) { return curve(s.cloudPrice); });
        if (m_s.data.results.model11) {
            row(tr("Market value per GPU (age 0)"), [&](const Sku &s) {
                return s.marketValue ? curve(*s.marketValue) : tr("not used (resale value)");
            });
            row(tr("Market value discount per year of age"),
                [&](const Sku &s) { return f.percent(s.marketAgeDiscountPerYear, 1); });
            row(tr("Change in book life (estimate)"), [&](const Sku &s) {
                return s.usefulLifeChange ? tr("%n month(s) from %1", nullptr,
                                               s.usefulLifeChange->usefulLifeMonths)
                                                .arg(monthText(sc, s.usefulLifeChange->month))
                                          : tr("none");
            });
        }
        l.table(cols, rows);
    }

    l.heading(tr("Purchases"), 2);
    if (sc.purchases.empty()) {
        l.paragraph(tr("No purchases."), 9);
    } else {
        std::vector<TableRow> rows;
        for (const TrancheResults &t : m_s.data.results.tranches) {
            const PurchaseTranche &p = sc.purchases[std::size_t(t.purchaseIndex)];
            rows.push_back(
                {{QString::number(t.purchaseIndex + 1), trancheName(sc, t),
                  QString::fromStdString(p.sku), monthText(sc, p.month), f.number(double(p.gpus)),
                  QString::number(p.installLagMonths),
                  p.gpuPrice ? f.number(*p.gpuPrice) : tr("SKU price"), f.number(t.capex)},
                 false});
        }
        l.table({{tr("#"), 0.35, Qt::AlignRight},
                 {tr("Tranche"), 2.2, Qt::AlignLeft},
                 {tr("SKU"), 0.9, Qt::AlignLeft},
                 {tr("Bought"), 0.8, Qt::AlignLeft},
                 {tr("GPUs"), 0.9, Qt::AlignRight},
                 {tr("Install lag (months)"), 0.8, Qt::AlignRight},
                 {tr("GPU price (%1)").arg(f.currency()), 1.0, Qt::AlignRight},
                 {tr("Capex (%1)").arg(f.currency()), 1.4, Qt::AlignRight}},
                rows);
    }

    l.heading(tr("Internal demand"), 2);
    const InternalDemand &d = sc.internalDemand;
    if (!d.isSeries) {
        l.keyValues({{tr("Compute hours in month 0"), f.number(d.computeHours)},
                     {tr("Growth per year"), f.percent(d.annualGrowth, 1)}});
    } else {
        // A monthly series: four month/hours pairs per row.
        std::vector<TableColumn> cols;
        for (int i = 0; i < 4; ++i) {
            cols.push_back({tr("Month"), 0.7, Qt::AlignLeft});
            cols.push_back({tr("Compute hours"), 1.2, Qt::AlignRight});
        }
        std::vector<TableRow> rows;
        const int n = int(d.series.size());
        const int perColumn = (n + 3) / 4;
        for (int r = 0; r < perColumn; ++r) {
            TableRow row;
            for (int c = 0; c < 4; ++c) {
                const int t = c * perColumn + r;
                row.cells << (t < n ? monthText(sc, t) : QString())
                          << (t < n ? f.number(d.series[std::size_t(t)]) : QString());
            }
            rows.push_back(row);
        }
        l.table(cols, rows);
    }
}

void ReportBuilder::cashFlow(ReportLayout &l, Pass &pass)
{
    const Scenario &sc = m_s.data.scenario;
    const ModelResults &r = m_s.data.results;
    const ReportFormat f(m_options.locale, QString::fromStdString(sc.currency));
    section(l, pass, tr("Cash flow"));

    l.heading(tr("By fiscal year (thousands of %1; the fiscal year ends in month %2)")
                  .arg(f.currency())
                  .arg(sc.finance.fiscalYearEndMonth),
              2);
    std::vector<TableRow> rows;
    FiscalYearRow sum;
    for (const FiscalYearRow &y : fiscalYears(sc, r.monthly)) {
        rows.push_back({{QString::number(y.year), f.thousands(y.capex), f.thousands(y.leaseRevenue),
                         f.thousands(y.internalValue), f.thousands(y.opex), f.thousands(y.ebitda),
                         f.thousands(y.tax), f.thousands(y.netIncome), f.thousands(y.netCashFlow),
                         f.thousands(y.cumulativeCashFlow)},
                        false});
        sum.capex += y.capex;
        sum.leaseRevenue += y.leaseRevenue;
        sum.internalValue += y.internalValue;
        sum.opex += y.opex;
        sum.ebitda += y.ebitda;
        sum.tax += y.tax;
        sum.netIncome += y.netIncome;
        sum.netCashFlow += y.netCashFlow;
    }
    rows.push_back({{tr("Total"), f.thousands(sum.capex), f.thousands(sum.leaseRevenue),
                     f.thousands(sum.internalValue), f.thousands(sum.opex), f.thousands(sum.ebitda),
                     f.thousands(sum.tax), f.thousands(sum.netIncome), f.thousands(sum.netCashFlow),
                     QString()},
                    true});
    TableStyle annual;
    annual.fontSize = 7.5;
    annual.minFontSize = 6.5; // large fleets: a little smaller before splitting the columns
    l.table({{tr("Fiscal year"), 0.8, Qt::AlignLeft},
             {tr("Capex"), 1, Qt::AlignRight},
             {tr("Lease revenue"), 1, Qt::AlignRight},
             {tr("Internal value"), 1, Qt::AlignRight},
             {tr("Opex"), 1, Qt::AlignRight},
             {tr("EBITDA"), 1, Qt::AlignRight},
             {tr("Tax"), 1, Qt::AlignRight},
             {tr("Net income"), 1, Qt::AlignRight},
             {tr("Net cash flow"), 1, Qt::AlignRight},
             {tr("Cumulative cash flow"), 1.1, Qt::AlignRight}},
            rows, annual);

    // The full monthly table in three column groups, each paginated with its header; a group
    // too wide for the page (large fleets) is split into parts that repeat the month column.
    const auto series = describeSeries(r.monthly);
    auto find = [&](const char *key) -> const exporting::SeriesInfo & {
        for (const auto &s : series)
            if (std::strcmp(s.key, key) == 0)
                return s;
        return series.front();
    };
    struct Group
    {
        QString title;
        std::vector<const char *> keys;
    };
    const Group groups[] = {
        {tr("Monthly capacity and use (thousands of compute hours; utilization in %)"),
         {"capacity_hours", "internal_demand_hours", "internal_served_hours", "shortfall_hours",
          "leased_hours", "utilization", "working_gpus", "energy_kwh"}},
        {tr("Monthly revenue and costs (thousands of %1)").arg(f.currency()),
         {"capex", "lease_revenue", "internal_value", "electricity_cost", "colocation_cost",
          "maintenance_cost", "staff_cost", "sales_cost", "opex", "ebitda"}},
        {tr("Monthly profit and cash (thousands of %1)").arg(f.currency()),
         {"book_depreciation", "tax_depreciation", "book_gain", "proceeds", "terminal_value",
          "ebit", "tax", "net_income", "net_cash_flow", "cumulative_cash_flow", "book_value"}},
    };
    TableStyle monthly;
    monthly.fontSize = 6.5;
    monthly.wrap = false;
    for (const Group &g : groups) {
        l.newPage();
        l.heading(g.title, 2);
        std::vector<TableColumn> cols{{tr("Month"), 0.75, Qt::AlignLeft}};
        for (const char *key : g.keys) {
            const auto &s = find(key);
            QString title = s.label;
            if (s.unit == SeriesUnit::Energy)
                title = tr("Energy (MWh)");
            else if (s.unit == SeriesUnit::Hours)
                title.remove(tr(" (compute h)"));
            cols.push_back({title, 1.0, Qt::AlignRight});
        }
        std::vector<TableRow> mrows;
        for (int t = 0; t < r.monthly.size(); ++t) {
            TableRow row{{QString::fromStdString(r.monthly.month[std::size_t(t)])}, false};
            for (const char *key : g.keys) {
                const auto &s = find(key);
                const double v = (*s.values)[std::size_t(t)];
                switch (s.unit) {
                case SeriesUnit::Share:
                    row.cells << f.number(v * 100.0, 1);
                    break;
                case SeriesUnit::Count:
                    row.cells << f.number(v);
                    break;
                default: // money, hours and energy in thousands (kWh -> MWh)
                    row.cells << f.thousands(v);
                }
            }
            mrows.push_back(row);
        }
        l.table(cols, mrows, monthly);
    }
}

void ReportBuilder::depreciation(ReportLayout &l, Pass &pass)
{
    const Scenario &sc = m_s.data.scenario;
    const ModelResults &r = m_s.data.results;
    const ReportFormat f(m_options.locale, QString::fromStdString(sc.currency));
    section(l, pass, tr("Depreciation by tranche"));
    l.paragraph(tr("Book depreciation: %1. Tax depreciation: %2. Amounts in thousands of %3 by "
                   "fiscal year; values at the end of the fiscal year.")
                    .arg(sc.skus.empty() ? QString() : tr("per SKU, see the assumptions"),
                         sc.finance.taxDepreciation == TaxDepreciation::Book
                             ? tr("as book")
                             : tr("MACRS 5-year half-year, %1 bonus")
                                   .arg(f.percent(sc.finance.bonusDepreciation, 0)),
                         f.currency()),
                9);
    charts::BookValueChart book;
    book.setCurrency(QString::fromStdString(sc.currency));
    book.setResults(r);
    book.setTitle(tr("Net book value and remaining tax basis"));
    drawChart(l, book, 200);

    const auto years = fiscalYears(sc, r.monthly);
    std::vector<TableRow> rows;
    for (const TrancheResults &t : r.tranches) {
        bool first = true;
        double sumBook = 0, sumTax = 0;
        for (const FiscalYearRow &y : years) {
            double b = 0, x = 0;
            for (int m = y.firstMonth; m <= y.lastMonth; ++m) {
                b += t.bookDepreciation[std::size_t(m)];
                x += t.taxDepreciation[std::size_t(m)];
            }
            const double bv = t.bookValue[std::size_t(y.lastMonth)];
            const double basis = t.taxBasis[std::size_t(y.lastMonth)];
            if (b == 0 && x == 0 && bv == 0 && basis == 0)
                continue;
            sumBook += b;
            sumTax += x;
            rows.push_back({{first ? trancheName(sc, t) : QString(), QString::number(y.year),
                             f.thousands(b), f.thousands(x), f.thousands(bv), f.thousands(basis)},
                            false});
            first = false;
        }
        rows.push_back({{tr("Total %1").arg(trancheName(sc, t)), QString(), f.thousands(sumBook),
                         f.thousands(sumTax), QString(), QString()},
                        true});
    }
    TableStyle style;
    style.fontSize = 7.5;
    l.table({{tr("Tranche"), 2.2, Qt::AlignLeft},
             {tr("Fiscal year"), 0.7, Qt::AlignLeft},
             {tr("Book depreciation"), 1, Qt::AlignRight},
             {tr("Tax depreciation"), 1, Qt::AlignRight},
             {tr("Book value"), 1, Qt::AlignRight},
             {tr("Tax basis"), 1, Qt::AlignRight}},
            rows, style);
}

void ReportBuilder::sensitivity(ReportLayout &l, Pass &pass)
{
    const Scenario &sc = m_s.data.scenario;
    const ReportFormat f(m_options.locale, QString::fromStdString(sc.currency));
    const auto &rows = m_s.data.sensitivity;
    section(l, pass, tr("Sensitivity"));
    l.paragraph(tr("Each driver is multiplied by %1 and %2 on its own and the NPV recomputed "
                   "(base NPV %3). Largest swing first.")
                    .arg(f.number(1.0 - m_s.data.swing, 2), f.number(1.0 + m_s.data.swing, 2),
                         f.money(m_s.data.results.kpis.npv)),
                9);
    charts::TornadoChart tornado;
    tornado.setCurrency(QString::fromStdString(sc.currency));
    tornado.setSensitivity(rows, m_s.data.results.kpis.npv, m_s.data.swing);
    tornado.setTitle(tr("NPV tornado"));
    drawChart(l, tornado, 260);
    std::vector<TableRow> table;
    for (const SensitivityRow &r : rows)
        table.push_back({{exporting::driverLabel(r.driver), f.money(r.npvLow), f.money(r.npvHigh),
                          f.money(r.swing())},
                         false});
    l.table({{tr("Driver"), 1.4, Qt::AlignLeft},
             {tr("NPV at x%1").arg(f.number(1.0 - m_s.data.swing, 2)), 1, Qt::AlignRight},
             {tr("NPV at x%1").arg(f.number(1.0 + m_s.data.swing, 2)), 1, Qt::AlignRight},
             {tr("Swing"), 1, Qt::AlignRight}},
            table);
}

void ReportBuilder::monteCarlo(ReportLayout &l, Pass &pass)
{
    const Scenario &sc = m_s.data.scenario;
    const ReportFormat f(m_options.locale, QString::fromStdString(sc.currency));
#ifdef FLEETROI_REPORT_HAS_MONTECARLO
    if (m_s.monteCarlo && m_s.monteCarlo->completed()) {
        const MonteCarloResults &mc = *m_s.monteCarlo;
        section(l, pass, tr("Monte Carlo"));
        l.paragraph(tr("%n path(s), seed %1. NPV distribution of the uncertainty block's drivers.",
                       nullptr, int(std::min<std::int64_t>(mc.paths, INT32_MAX)))
                        .arg(mc.seed),
                    9);
        charts::HistogramChart histogram;
        histogram.setCurrency(QString::fromStdString(sc.currency));
        std::vector<double> counts(mc.histogramCounts.begin(), mc.histogramCounts.end());
        histogram.setHistogram(mc.histogramEdges, counts);
        histogram.setPercentiles(mc.p10, mc.p50, mc.p90);
        histogram.setTitle(tr("NPV distribution"));
        drawChart(l, histogram, 230);
        l.keyValues({
            {tr("Mean NPV"), f.money(mc.mean)},
            {tr("Standard deviation"), f.money(mc.sd)},
            {tr("P5"), f.money(mc.p5)},
            {tr("P10"), f.money(mc.p10)},
            {tr("P50 (median)"), f.money(mc.p50)},
            {tr("P90"), f.money(mc.p90)},
            {tr("P95"), f.money(mc.p95)},
            {tr("Probability of NPV < 0"), f.percent(mc.probNegative, 1)},
            {tr("NPV as entered"), f.money(mc.deterministicNpv)},
        });
        if (!mc.drivers.empty()) {
            std::vector<TableRow> rows;
            for (const DriverRankCorrelation &d : mc.drivers)
                rows.push_back(
                    {{exporting::driverLabel(d.driver), f.number(d.rankCorrelation, 3)}, false});
            l.table({{tr("Driver"), 2, Qt::AlignLeft},
                     {tr("Rank correlation with NPV"), 1, Qt::AlignRight}},
                    rows);
        }
        return;
    }
#endif
    // No results: one line in the summary of sections, no empty chart.
    l.skip(10);
    l.heading(tr("Monte Carlo"), 2, 20);
    l.paragraph(sc.uncertainty
                    ? tr("No Monte Carlo results: the analysis has not been run.")
                    : tr("No Monte Carlo results: the scenario has no uncertainty block."),
                9);
    (void)pass;
}

void ReportBuilder::provenance(ReportLayout &l, Pass &pass)
{
    const Scenario &sc = m_s.data.scenario;
    section(l, pass, tr("Appendix: provenance of assumptions"));
    if (sc.provenance.empty()) {
        l.paragraph(tr("No provenance recorded for this scenario."), 9);
        return;
    }
    std::vector<TableRow> rows;
    for (const Provenance &p : sc.provenance)
        rows.push_back({{QString::fromStdString(p.field), QString::fromStdString(p.source),
                         QString::fromStdString(p.date), QString::fromStdString(p.note)},
                        false});
    TableStyle style;
    style.fontSize = 8;
    l.table({{tr("Assumption"), 1.3, Qt::AlignLeft},
             {tr("Source"), 3, Qt::AlignLeft},
             {tr("Date"), 0.75, Qt::AlignLeft},
             {tr("Note"), 1.6, Qt::AlignLeft}},
            rows, style);
}

} // namespace report
} // namespace fleetroi
