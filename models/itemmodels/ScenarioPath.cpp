// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioPath.h"

namespace fleetroi {

QString ScenarioPath::of(FieldId field, int row)
{
    const SchemaField &f = schemaField(field);
    if (f.owner == FieldOwner::PriceCurve)
        return {};
    QString path = QString::fromUtf8(f.path.data(), qsizetype(f.path.size()));
    const qsizetype list = path.indexOf(QLatin1String("[]"));
    if (list >= 0) {
        // A field inside a list: its row, or the list itself without one.
        if (row < 0)
            return path.left(list);
        return path.replace(list, 2, QLatin1Char('[') + QString::number(row) + QLatin1Char(']'));
    }
    if (f.type == FieldType::List && row >= 0)
        path += QLatin1Char('[') + QString::number(row) + QLatin1Char(']');
    return path;
}

QString ScenarioPath::driver(std::string_view driver)
{
    return of(FieldId::UncertaintyDrivers) + QLatin1Char('.') +
           QString::fromUtf8(driver.data(), qsizetype(driver.size()));
}

bool ScenarioPath::within(const QString &path, const QString &prefix)
{
    if (prefix.isEmpty() || !path.startsWith(prefix))
        return false;
    if (path.size() == prefix.size())
        return true;
    const QChar next = path.at(prefix.size());
    return next == QLatin1Char('.') || next == QLatin1Char('[');
}

FieldId ScenarioPath::topLevel(const QString &path)
{
    qsizetype end = 0;
    while (end < path.size() && path.at(end) != QLatin1Char('.') &&
           path.at(end) != QLatin1Char('['))
        ++end;
    if (end == 0)
        return FieldId::Count;
    const QByteArray key = path.left(end).toUtf8();
    for (const SchemaField &f : schemaChildren(""))
        if (f.key == std::string_view(key.constData(), std::size_t(key.size())))
            return f.id;
    return FieldId::Count;
}

} // namespace fleetroi
