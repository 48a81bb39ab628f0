// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldInput.h"

#include "ScenarioFields.h"
#include "SchemaText.h"

#include <QRegularExpression>

#include <cmath>

namespace fleetroi {

namespace {

bool isPercentUnit(FieldUnit u)
{
    return u == FieldUnit::Fraction || u == FieldUnit::FractionPerYear;
}

QString number(double v, const QLocale &locale)
{
    // Shortest form that reads back the same, with the locale's separators.
    if (v == std::floor(v) && std::fabs(v) < 1e15)
        return locale.toString(v, 'f', 0);
    return locale.toString(v, 'g', 15);
}

} // namespace

QString FieldInput::readLocaleNumber(const QString &input, const QLocale &locale, double *out)
{
    QString t = input.trimmed();
    t.replace(QChar(0x2212), QLatin1Char('-')); // minus sign
    if (t.isEmpty())
        return tr("no number was given");
    const QString decimal = locale.decimalPoint();
    QString group = locale.groupSeparator();
    const QString exponential = locale.exponential();
    // Locales grouping with (narrow) no-break spaces also get plain spaces typed.
    QString groupClass = QRegularExpression::escape(group);
    if (group == QString(QChar(0x00A0)) || group == QString(QChar(0x202F)))
        groupClass = QStringLiteral("[ \\x{00A0}\\x{202F}]");
    const QString d = QRegularExpression::escape(decimal);
    const QRegularExpression re(
        QStringLiteral("^([+-]?)(\\d{1,3}(?:%1\\d{3})+|\\d+)(?:%2(\\d+))?(?:[eE%3]([+-]?\\d+))?$")
            .arg(groupClass, d, QRegularExpression::escape(exponential)));
    const QRegularExpressionMatch m = re.match(t);
    if (!m.hasMatch()) {
        // Say what is wrong in the analyst's terms.
        const bool hasPoint = t.contains(QLatin1Char('.'));
        const bool hasComma = t.contains(QLatin1Char(','));
        if ((hasPoint && decimal != QLatin1String(".") && group != QLatin1String(".")) ||
            (hasComma && decimal != QLatin1String(",") && group != QLatin1String(",")) ||
            ((hasPoint || hasComma) && !t.contains(decimal)))
            return tr("\"%1\" is not a number as written in %2: the decimal separator is "
                      "\"%3\" and digits are grouped with \"%4\" in groups of three")
                .arg(input.trimmed(), QLocale::languageToString(locale.language()), decimal, group);
        return tr("\"%1\" is not a number").arg(input.trimmed());
    }
    QString c = m.captured(1) + m.captured(2);
    c.remove(QRegularExpression(groupClass));
    if (m.capturedLength(3) > 0)
        c += QLatin1Char('.') + m.captured(3);
    if (m.capturedLength(4) > 0)
        c += QLatin1Char('e') + m.captured(4);
    bool ok = false;
    const double v = c.toDouble(&ok); // C locale
    if (!ok || !std::isfinite(v))
        return tr("\"%1\" is too large to be a number here").arg(input.trimmed());
    *out = v;
    return {};
}

QString FieldInput::describeRange(const scenario_detail::NumberRule &rule, FieldUnit unit,
                                  bool percent, const QString &currency, const QLocale &locale)
{
    const double scale = percent ? 100.0 : 1.0;
    const QString lo = number(rule.min * scale, locale);
    const QString hi = number(rule.max * scale, locale);
    const QString u = schemaUnitText(unit, currency);
    const QString tail = u.isEmpty() ? QString() : (u == u"%" ? QStringLiteral(" %") : u' ' + u);
    const bool whole = rule.whole;
    if (rule.minOpen && !rule.maxOpen)
        return (whole ? tr("a whole number greater than %1 and at most %2%3")
                      : tr("a number greater than %1 and at most %2%3"))
            .arg(lo, hi, tail);
    if (!rule.minOpen && rule.maxOpen)
        return (whole ? tr("a whole number of at least %1 and less than %2%3")
                      : tr("a number of at least %1 and less than %2%3"))
            .arg(lo, hi, tail);
    if (rule.minOpen && rule.maxOpen)
        return tr("a number greater than %1 and less than %2%3").arg(lo, hi, tail);
    return (whole ? tr("a whole number from %1 to %2%3") : tr("a number from %1 to %2%3"))
        .arg(lo, hi, tail);
}

FieldInputResult FieldInput::parseWith(const QString &label,
                                       const scenario_detail::NumberRule &rule, FieldUnit unit,
                                       const QString &currency, const QString &input,
                                       const QLocale &locale)
{
    FieldInputResult r;
    const bool percent = isPercentUnit(unit);
    QString text = input.trimmed();
    // The unit as shown next to the editor may be typed along.
    const QString u = schemaUnitText(unit, currency);
    if (!u.isEmpty() && text.endsWith(u))
        text.chop(u.size());
    if (percent && text.endsWith(QLatin1Char('%')))
        text.chop(1);
    const QString range = describeRange(rule, unit, percent, currency, locale);
    double shown = 0.0;
    const QString problem = readLocaleNumber(text, locale, &shown);
    if (!problem.isEmpty()) {
        r.error = tr("%1 must be %2: %3. The value was not changed.").arg(label, range, problem);
        return r;
    }
    const double stored = percent ? shown / 100.0 : shown;
    if (!scenario_detail::inRange(stored, rule)) {
        r.error = tr("%1 must be %2, got %3. The value was not changed.")
                      .arg(label, range, input.trimmed());
        return r;
    }
    r.ok = true;
    if (rule.whole)
        r.value =
            std::fabs(stored) < 2147483647.0 ? QVariant(int(stored)) : QVariant(qlonglong(stored));
    else
        r.value = stored;
    return r;
}

FieldInputResult FieldInput::parse(const Scenario &s, const QString &path, const QString &text,
                                   const QLocale &locale)
{
    const FieldInfo f = ScenarioFields::info(path);
    const FieldRange *range = findFieldRange(path.toStdString());
    FieldInputResult r;
    if (!range) {
        r.error = tr("%1 is not a number field").arg(path);
        return r;
    }
    if (f.optional && text.trimmed().isEmpty()) {
        r.ok = true; // not set
        return r;
    }
    return parseWith(ScenarioFields::describe(s, path), fieldRule(*range, s.horizonMonths),
                     range->unit, QString::fromStdString(s.currency), text, locale);
}

FieldInputResult FieldInput::check(const Scenario &s, const QString &path, const QVariant &stored,
                                   const QLocale &locale)
{
    FieldInputResult r;
    const FieldRange *range = findFieldRange(path.toStdString());
    if (!range) {
        r.ok = true; // not a numeric field: ScenarioFields decides
        r.value = stored;
        return r;
    }
    const FieldInfo f = ScenarioFields::info(path);
    if (f.optional && (!stored.isValid() || stored.isNull())) {
        r.ok = true;
        return r;
    }
    bool ok = false;
    const double v = stored.toDouble(&ok);
    const scenario_detail::NumberRule rule = fieldRule(*range, s.horizonMonths);
    const bool percent = isPercentUnit(range->unit);
    if (!ok || !scenario_detail::inRange(v, rule)) {
        r.error = tr("%1 must be %2, got %3. The value was not changed.")
                      .arg(ScenarioFields::describe(s, path),
                           describeRange(rule, range->unit, percent,
                                         QString::fromStdString(s.currency), locale),
                           ok ? number(percent ? v * 100.0 : v, locale) : stored.toString());
        return r;
    }
    r.ok = true;
    r.value = stored;
    return r;
}

QString FieldInput::editText(const Scenario &s, const QString &path, const QLocale &locale)
{
    const QVariant v = ScenarioFields::value(s, path);
    if (!v.isValid())
        return {};
    const FieldRange *range = findFieldRange(path.toStdString());
    const bool percent = range && isPercentUnit(range->unit);
    QLocale plain = locale;
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    const double d = v.toDouble();
    return number(percent ? d * 100.0 : d, plain);
}

} // namespace fleetroi
