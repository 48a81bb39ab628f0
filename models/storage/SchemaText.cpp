// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaText.h"

#include "scenario/ScenarioValues.h"

#include <QCoreApplication>

namespace fleetroi {

QString schemaText(const char *text)
{
    return text && *text ? QCoreApplication::translate(kSchemaTranslationContext, text) : QString();
}

QString schemaUnitText(FieldUnit unit, const QString &currency)
{
    const QString text = schemaText(fieldUnitText(unit));
    return isMoneyUnit(unit) ? text.arg(currency) : text;
}

} // namespace fleetroi
