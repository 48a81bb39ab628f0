// SPDX-License-Identifier: GPL-3.0-or-later
// The driver catalog's words for people (scenario/DriverCatalog.h), translated: the one
// place the UI, the item models, the exports and the report turn a driver into text.
// Header-only on Qt Core, so every Qt layer (storage, item models, ui) can use it.
#pragma once

#include "scenario/DriverCatalog.h"

#include <QCoreApplication>
#include <QString>

#include <string_view>

namespace fleetroi {

// The analyst's label of a driver ("Lease prices"), in the current language.
inline QString driverLabel(DriverId driver)
{
    return QCoreApplication::translate(kDriverTranslationContext, driverInfo(driver).label);
}

// The same by file key ("lease_price"); a key that is not a driver is shown as written.
inline QString driverLabel(std::string_view key)
{
    const auto id = findDriver(key);
    return id ? driverLabel(*id) : QString::fromUtf8(key.data(), qsizetype(key.size()));
}

// What the driver's multiplier scales, one sentence (tool tips); "" for an unknown key.
inline QString driverHelp(DriverId driver)
{
    return QCoreApplication::translate(kDriverTranslationContext, driverInfo(driver).help);
}
inline QString driverHelp(std::string_view key)
{
    const auto id = findDriver(key);
    return id ? driverHelp(*id) : QString();
}

} // namespace fleetroi
