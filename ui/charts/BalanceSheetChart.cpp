// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/BalanceSheetChart.h"

#include "charts/ChartFormat.h"
#include "charts/ChartPalette.h"
#include "charts/PlotHelpers.h"

#include <algorithm>

namespace fleetroi {
namespace charts {

namespace {
// Impairment amounts written beside their markers when there are this few; with more, only
// the largest is labelled (labels of neighbouring months cover each other and the lines; the
// hover and the tables give every one).
constexpr int kMaxImpairmentLabels = 3;
} // namespace

BalanceSheetChart::BalanceSheetChart(QWidget *parent)
    : TimeSeriesChart(ValueFormat::Money, tr("Value at end of month"), parent)
{}

void BalanceSheetChart::setLines(const std::vector<std::string> &months,
                                 const BalanceSheetLines &lines)
{
    m_months = months;
    m_lines = lines;
    redraw();
}

void BalanceSheetChart::setAsOfMonth(int t)
{
    if (t == m_asOf)
        return;
    m_asOf = t;
    redraw();
}

void BalanceSheetChart::redraw()
{
    if (!beginMonths(m_months, !m_lines.bookValue.empty()))
        return;
    const int n = int(m_months.size());
    const QVector<double> keys = monthKeys();
    const QColor bookColor = ChartPalette::color(SeriesKind::BookValue);
    auto *book = plot::addGraph(plot(), QStringLiteral("book_value"), tr("Net book value"), keys,
                                plot::toVector(m_lines.bookValue, n), QPen(bookColor, 2));
    book->setBrush(ChartPalette::withAlpha(bookColor, 60));
    addHoverRow(tr("Net book value"), ValueFormat::Money, m_lines.bookValue);
    if (!m_lines.marketValue.empty()) {
        plot::addGraph(plot(), QStringLiteral("market_value"), tr("Market value"), keys,
                       plot::toVector(m_lines.marketValue, n),
                       QPen(ChartPalette::color(SeriesKind::Cumulative), 2, Qt::DashDotLine));
        addHoverRow(tr("Market value"), ValueFormat::Money, m_lines.marketValue);
    }
    if (!m_lines.taxBasis.empty()) {
        auto *basis =
            plot::addGraph(plot(), QStringLiteral("tax_basis"), tr("Tax basis"), keys,
                           plot::toVector(m_lines.taxBasis, n),
                           QPen(ChartPalette::color(SeriesKind::TaxBasis), 2, Qt::DashLine));
        basis->setLineStyle(QCPGraph::lsStepLeft);
        addHoverRow(tr("Tax basis"), ValueFormat::Money, m_lines.taxBasis);
    }
    QVector<double> impairedKeys, impairedValues;
    for (int t = 0; t < n && std::size_t(t) < m_lines.impairment.size(); ++t)
        if (m_lines.impairment[std::size_t(t)] > 0.0) {
            impairedKeys.append(keys[t]);
            impairedValues.append(m_lines.bookValue[std::size_t(t)]);
        }
    if (!impairedKeys.isEmpty()) {
        const QColor red = ChartPalette::color(SeriesKind::CashOut);
        auto *marks = plot::addGraph(plot(), QStringLiteral("impairment"), tr("Impairment"),
                                     impairedKeys, impairedValues, QPen(red, 2));
        marks->setLineStyle(QCPGraph::lsNone);
        marks->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssTriangleInverted, red, red, 11));
        addHoverRow(tr("Impairment"), ValueFormat::Money, m_lines.impairment);
        std::vector<int> labelled;
        for (int i = 0; i < impairedKeys.size(); ++i)
            labelled.push_back(i);
        if (labelled.size() > std::size_t(kMaxImpairmentLabels)) {
            const auto amount = [this, &impairedKeys](int i) {
                return m_lines.impairment[std::size_t(impairedKeys[i])];
            };
            labelled = {*std::max_element(labelled.begin(), labelled.end(),
                                          [&](int a, int b) { return amount(a) < amount(b); })};
        }
        for (int i : labelled) {
            auto *label = new QCPItemText(plot());
            label->position->setCoords(impairedKeys[i], impairedValues[i]);
            label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
            label->setPadding(QMargins(8, 6, 2, 2));
            label->setColor(red);
            label->setBrush(QBrush(QColor(255, 255, 255, 210))); // readable over the lines
            label->setText(tr("−%1 impairment")
                               .arg(formatMoney(m_lines.impairment[std::size_t(impairedKeys[i])],
                                                currency())));
            registerMarker(QStringLiteral("impairment_label%1").arg(i), nullptr, label);
        }
    }
    if (m_asOf >= 0 && m_asOf < n) {
        auto *line = plot::addVerticalLine(
            plot(), m_asOf, QPen(ChartPalette::color(SeriesKind::MutedText), 1, Qt::DotLine));
        auto *label = plot::addTopLabel(plot(), m_asOf, QString::fromStdString(m_months[m_asOf]),
                                        ChartPalette::color(SeriesKind::MutedText));
        registerMarker(QStringLiteral("as_of"), line, label);
    }
    setTracerGraph(book);
    finishMonths();
}

} // namespace charts
} // namespace fleetroi
