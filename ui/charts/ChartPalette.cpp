// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/ChartPalette.h"

#include <array>

namespace fleetroi {
namespace charts {

QColor ChartPalette::color(SeriesKind kind)
{
    switch (kind) {
    case SeriesKind::Capacity:
        return QColor(0x33, 0x33, 0x33);
    case SeriesKind::InternalDemand:
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    case SeriesKind::InternalServed:
        return QColor(0x00, 0x72, 0xB2); // blue
    case SeriesKind::Leased:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    case SeriesKind::Shortfall:
        return QColor(0xCC, 0x33, 0x33);
    case SeriesKind::CashIn:
        return QColor(0x2E, 0x9E, 0x5B);
    case SeriesKind::CashOut:
        return QColor(0xD6, 0x45, 0x45);
    case SeriesKind::Cumulative:
        return QColor(0x1F, 0x3A, 0x93);
    case SeriesKind::Payback:
        return QColor(0x7B, 0x3F, 0x9E);
    case SeriesKind::LeaseRevenue:
        return QColor(0x00, 0x9E, 0x73);
    case SeriesKind::InternalValue:
        return QColor(0x56, 0xB4, 0xE9); // sky blue
    case SeriesKind::Electricity:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case SeriesKind::Colocation:
        return QColor(0xD5, 0x5E, 0x00);
    case SeriesKind::Maintenance:
        return QColor(0xCC, 0x79, 0xA7); // reddish purple
    case SeriesKind::Staff:
        return QColor(0x8C, 0x6D, 0x31);
    case SeriesKind::Sales:
        return QColor(0x99, 0x99, 0x99);
    case SeriesKind::BookValue:
        return QColor(0x00, 0x72, 0xB2);
    case SeriesKind::TaxBasis:
        return QColor(0xD5, 0x5E, 0x00);
    case SeriesKind::Utilization:
        return QColor(0x00, 0x72, 0xB2);
    case SeriesKind::LeasePrice:
        return QColor(0x00, 0x9E, 0x73);
    case SeriesKind::CloudPrice:
        return QColor(0x56, 0xB4, 0xE9);
    // Neutral hues: a driver moving down is not "bad", so no red/green here.
    case SeriesKind::SensitivityLow:
        return QColor(0xE6, 0x9F, 0x00);
    case SeriesKind::SensitivityHigh:
        return QColor(0x00, 0x72, 0xB2);
    case SeriesKind::Distribution:
        return QColor(0x56, 0x8E, 0xC8);
    case SeriesKind::Percentile:
        return QColor(0x1F, 0x3A, 0x93);
    case SeriesKind::FanBand:
        return QColor(0x56, 0x8E, 0xC8);
    case SeriesKind::Baseline:
        return QColor(0x55, 0x55, 0x55);
    case SeriesKind::Grid:
        return QColor(0xE3, 0xE3, 0xE3);
    case SeriesKind::Text:
        return QColor(0x22, 0x22, 0x22);
    case SeriesKind::MutedText:
        return QColor(0x77, 0x77, 0x77);
    }
    return QColor(Qt::black);
}

QColor ChartPalette::categorical(int index)
{
    // Tableau 10: distinct hues, similar lightness, so stacked areas stay separable.
    static const std::array<QRgb, 10> cycle = {0x4E79A7, 0xF28E2B, 0x59A14F, 0xE15759, 0x76B7B2,
                                               0xEDC948, 0xB07AA1, 0xFF9DA7, 0x9C755F, 0xBAB0AC};
    const int i = ((index % int(cycle.size())) + int(cycle.size())) % int(cycle.size());
    return QColor::fromRgb(cycle[std::size_t(i)]);
}

QColor ChartPalette::withAlpha(const QColor &c, int alpha)
{
    QColor result = c;
    result.setAlpha(alpha);
    return result;
}

} // namespace charts
} // namespace fleetroi
