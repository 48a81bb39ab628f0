// SPDX-License-Identifier: GPL-3.0-or-later
// Typed settings keys in one place: widgets never spell a QSettings key themselves.
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace fleetroi {

template <typename T> struct Setting
{
    const char *key;
    T defaultValue;

    T value() const
    {
        QSettings s;
        const QVariant v = s.value(QLatin1String(key));
        return v.isValid() ? v.value<T>() : defaultValue;
    }
    void setValue(const T &v) const
    {
        QSettings s;
        s.setValue(QLatin1String(key), QVariant::fromValue(v));
    }
};

namespace settings {
// Workspace file opened at start; empty = Workspace::defaultPath().
inline const Setting<QString> defaultWorkspace{"workspace/defaultPath", {}};
// UI language: "" = the system's, "en", "de", "zh_CN". Applies after a restart.
inline const Setting<QString> language{"ui/language", {}};
// Money display: 0 = compact (12.3 m), 1 = full (12,345,678).
inline const Setting<int> moneyStyle{"ui/moneyStyle", 0};
inline const Setting<QByteArray> windowGeometry{"ui/windowGeometry", {}};
inline const Setting<QByteArray> windowState{"ui/windowState", {}};
inline const Setting<QStringList> recentFiles{"files/recent", {}};
inline const Setting<QString> lastDirectory{"files/lastDirectory", {}};
// Where File > Export (XLSX, CSV, PDF) last wrote a file.
inline const Setting<QString> lastExportDirectory{"export/lastDirectory", {}};
constexpr int kMaxRecentFiles = 8;
} // namespace settings

} // namespace fleetroi
