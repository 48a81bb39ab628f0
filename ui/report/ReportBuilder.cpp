// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportBuilder.h"

#include "KeyFigureInfo.h"

#include "report/ReportFormat.h"
#include "report/ReportLayout.h"

#include "charts/CapacityChart.h"
#include "charts/CashFlowChart.h"
#include "charts/RevenueCostChart.h"

#include "engine/FleetModel.h"

#include <QBuffer>
#include <QPagedPaintDevice>
#include <QPdfWriter>

#include <cmath>

namespace fleetroi {
namespace report {

using exporting::monthText;

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

} // namespace

void ReportBuilder::drawChart(ReportLayout &l, charts::ChartView &chart, double height)
{
    // The report's fonts for the chart text too: Chinese axis titles would otherwise fall
    // back to Noto Sans CJK (radicals in the text layer, see reportFontFamilies).
    chart.setFontFamilies(l.families());
    l.block(height, [&chart](QPainter &p, const QRectF &r) { chart.renderTo(&p, r); });
    l.skip(6);
}

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

} // namespace report
} // namespace fleetroi
