// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario schema's words in the user's language (Qt side of scenario/ScenarioSchema.h):
// labels, help texts and choice labels are English source strings marked for lupdate in the
// context kSchemaTranslationContext; unit words come from fieldUnitText (scenario/
// ScenarioValues.h). Every screen, export and report shows them through these functions, so
// a unit reads the same in the editor, the XLSX sheet and the PDF report.
#pragma once

#include "scenario/ScenarioSchema.h"

#include <QString>

namespace fleetroi {

// `text` (a schema label, help or unit source string) translated in the schema's context;
// an empty QString for a null or empty text.
QString schemaText(const char *text);

// The unit `unit` in words, with `currency` (ISO code such as "USD") for money units, e.g.
// "USD/GPU-h", "%/year", "months"; empty for FieldUnit::None and FieldUnit::Ratio.
QString schemaUnitText(FieldUnit unit, const QString &currency);

} // namespace fleetroi
