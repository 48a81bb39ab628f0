// SPDX-License-Identifier: GPL-3.0-or-later
// Numbers typed by the analyst (issue #14): read in the user's locale, strictly, and checked
// against the field's range from the one table the file validation uses (FieldRanges.h).
// A typed value that is malformed, ambiguous or out of range is refused with a message that
// names the field, the range and the unit; the caller keeps the old value. Never rounded,
// clamped or read in another locale: "1e308" is a huge price (refused), not 1,308; "-500"
// stays negative (refused for a GPU price); "9999" months is refused, not cut to 99;
// "38.000" in German is 38000, and "38.5" in German (where '.' groups digits) is refused.
#pragma once

#include "scenario/FieldRanges.h"
#include "scenario/Scenario.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QVariant>

namespace fleetroi {

struct FieldInputResult
{
    bool ok = false;
    QVariant value; // stored units: double, or int / qlonglong for whole-number fields
    QString error;  // when !ok: "GPU price must be a number from 0 to 1,000,000,000 USD; ..."
};

class FieldInput
{
    Q_DECLARE_TR_FUNCTIONS(fleetroi::FieldInput)
public:
    // Reads `text` as typed into the editor of the scalar field at `path` (ScenarioFields
    // paths; percent fields in percent, e.g. "9,5" for 0.095 in German). An empty text is
    // "not set" for an optional field (the purchase's GPU price override): ok with an
    // invalid value. Any other field: refused.
    static FieldInputResult parse(const Scenario &scenario, const QString &path,
                                  const QString &text, const QLocale &locale);

    // Checks a value in stored units (as an editor passes a double or int) against the
    // field's range; whole-number fields must be whole.
    static FieldInputResult check(const Scenario &scenario, const QString &path,
                                  const QVariant &stored, const QLocale &locale);

    // The stored value of `path` as editor text: display units, full precision, the
    // locale's decimal separator and no group separators, so reading it back gives the same
    // number.
    static QString editText(const Scenario &scenario, const QString &path, const QLocale &locale);

    // A number of a locale, strictly: optional sign, digits with the locale's group
    // separators only between groups of three, the locale's decimal separator, an optional
    // exponent. Empty string when read into *out; else why not (translated).
    static QString readLocaleNumber(const QString &text, const QLocale &locale, double *out);

    // "a number from 0 to 1,000,000,000 USD", "a whole number from 1 to 240 months",
    // "a number from 0 to 90 %", in display units and the locale's digits.
    static QString describeRange(const scenario_detail::NumberRule &rule, FieldUnit unit,
                                 bool percent, const QString &currency, const QLocale &locale);

    // The generic form for editors outside the scenario's fields (price curves): reads
    // `text` against `rule` (stored units; percent = shown as percent), naming `label`.
    static FieldInputResult parseWith(const QString &label, const scenario_detail::NumberRule &rule,
                                      FieldUnit unit, const QString &currency, const QString &text,
                                      const QLocale &locale);
};

} // namespace fleetroi
