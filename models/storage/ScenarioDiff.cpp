// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioDiff.h"

#include "scenario/ScenarioSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QStringList>

#include <cmath>

namespace fleetroi {

namespace {

constexpr int kMaxCompactChars = 80;

// A schema field's key in the file ("skus", "id").
QString keyOf(FieldId id)
{
    const std::string_view k = schemaField(id).key;
    return QString::fromUtf8(k.data(), qsizetype(k.size()));
}

void compareValues(const QString &path, const QJsonValue &a, const QJsonValue &b,
                   QList<FieldChange> &out);

QString childPath(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}

void added(const QString &path, const QJsonValue &v, QList<FieldChange> &out)
{
    out.append({FieldChange::Kind::Added, path, QString(), ScenarioDiff::displayValue(v)});
}

void removed(const QString &path, const QJsonValue &v, QList<FieldChange> &out)
{
    out.append({FieldChange::Kind::Removed, path, ScenarioDiff::displayValue(v), QString()});
}

void compareObjects(const QString &path, const QJsonObject &a, const QJsonObject &b,
                    QList<FieldChange> &out)
{
    QStringList keys = a.keys();
    for (const QString &k : b.keys())
        if (!a.contains(k))
            keys.append(k);
    keys.sort();
    for (const QString &k : keys) {
        const QString p = childPath(path, k);
        if (!b.contains(k))
            removed(p, a.value(k), out);
        else if (!a.contains(k))
            added(p, b.value(k), out);
        else
            compareValues(p, a.value(k), b.value(k), out);
    }
}

// SKUs carry a unique id; naming them by id keeps a diff readable when one is inserted.
bool allHaveIds(const QJsonArray &array)
{
    QSet<QString> ids;
    for (const QJsonValue &v : array) {
        const QJsonValue id = v.toObject().value(keyOf(FieldId::SkuId));
        if (!id.isString() || ids.contains(id.toString()))
            return false;
        ids.insert(id.toString());
    }
    return true;
}

void compareById(const QString &path, const QJsonArray &a, const QJsonArray &b,
                 QList<FieldChange> &out)
{
    auto idOf = [](const QJsonValue &v) {
        return v.toObject().value(keyOf(FieldId::SkuId)).toString();
    };
    auto find = [&](const QJsonArray &array, const QString &id) -> QJsonValue {
        for (const QJsonValue &v : array)
            if (idOf(v) == id)
                return v;
        return QJsonValue(QJsonValue::Undefined);
    };
    for (const QJsonValue &old : a) {
        const QString id = idOf(old);
        const QString p = path + QLatin1Char('[') + id + QLatin1Char(']');
        const QJsonValue now = find(b, id);
        if (now.isUndefined())
            removed(p, old, out);
        else
            compareValues(p, old, now, out);
    }
    for (const QJsonValue &now : b) {
        const QString id = idOf(now);
        if (find(a, id).isUndefined())
            added(path + QLatin1Char('[') + id + QLatin1Char(']'), now, out);
    }
}

void compareByIndex(const QString &path, const QJsonArray &a, const QJsonArray &b,
                    QList<FieldChange> &out)
{
    const qsizetype n = std::max(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const QString p = path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
        if (i >= b.size())
            removed(p, a.at(i), out);
        else if (i >= a.size())
            added(p, b.at(i), out);
        else
            compareValues(p, a.at(i), b.at(i), out);
    }
}

void compareValues(const QString &path, const QJsonValue &a, const QJsonValue &b,
                   QList<FieldChange> &out)
{
    if (a.isObject() && b.isObject()) {
        compareObjects(path, a.toObject(), b.toObject(), out);
        return;
    }
    if (a.isArray() && b.isArray()) {
        const QJsonArray aa = a.toArray();
        const QJsonArray ba = b.toArray();
        if (path == keyOf(FieldId::Skus) && allHaveIds(aa) && allHaveIds(ba))
            compareById(path, aa, ba, out);
        else
            compareByIndex(path, aa, ba, out);
        return;
    }
    if (a == b)
        return;
    out.append({FieldChange::Kind::Changed, path, ScenarioDiff::displayValue(a),
                ScenarioDiff::displayValue(b)});
}

} // namespace

QString FieldChange::toString() const
{
    switch (kind) {
    case Kind::Added:
        return path + QStringLiteral(": added ") + newValue;
    case Kind::Removed:
        return path + QStringLiteral(": removed (was ") + oldValue + QLatin1Char(')');
    case Kind::Changed:
        break;
    }
    return path + QStringLiteral(": ") + oldValue + QStringLiteral(" -> ") + newValue;
}

QString ScenarioDiff::displayValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 9.0e15)
            return QString::number(static_cast<qint64>(d));
        // QString::number always uses the C locale.
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String: {
        QJsonArray wrap{value};
        QByteArray json = QJsonDocument(wrap).toJson(QJsonDocument::Compact);
        QString quoted = QString::fromUtf8(json.mid(1, json.size() - 2));
        if (quoted.size() > kMaxCompactChars)
            quoted = quoted.left(kMaxCompactChars - 4) + QStringLiteral("...\"");
        return quoted;
    }
    case QJsonValue::Array:
    case QJsonValue::Object: {
        const QByteArray json =
            value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
        QString text = QString::fromUtf8(json);
        if (text.size() > kMaxCompactChars)
            text = text.left(kMaxCompactChars - 3) + QStringLiteral("...");
        return text;
    }
    case QJsonValue::Undefined:
        break;
    }
    return QString();
}

StorageResult<QList<FieldChange>> ScenarioDiff::compare(const QByteArray &oldJson,
                                                        const QByteArray &newJson)
{
    QJsonParseError error{};
    const QJsonDocument a = QJsonDocument::fromJson(oldJson, &error);
    if (error.error != QJsonParseError::NoError || !a.isObject())
        return StorageStatus::failure(StorageStatus::Code::Invalid,
                                      QStringLiteral("The older revision is not a scenario."));
    const QJsonDocument b = QJsonDocument::fromJson(newJson, &error);
    if (error.error != QJsonParseError::NoError || !b.isObject())
        return StorageStatus::failure(StorageStatus::Code::Invalid,
                                      QStringLiteral("The newer revision is not a scenario."));
    QList<FieldChange> changes;
    compareObjects(QString(), a.object(), b.object(), changes);
    return changes;
}

} // namespace fleetroi
