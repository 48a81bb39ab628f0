// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemandEditor.h"

#include "DisplayFormat.h"
#include "FieldEditor.h"
#include "FieldInput.h"
#include "ItemRoles.h"
#include "ScenarioCommands.h"
#include "ScenarioDocument.h"
#include "ScenarioPath.h"
#include "TableClipboard.h"
#include "engine/FleetModel.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fleetroi {

DemandEditor::DemandEditor(ScenarioDocument *doc, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
{
    auto *layout = new QVBoxLayout(this);
    auto *modes = new QHBoxLayout;
    m_growth = new QRadioButton(tr("Month-0 demand with annual growth"), this);
    m_series = new QRadioButton(tr("Monthly series"), this);
    modes->addWidget(m_growth);
    modes->addWidget(m_series);
    modes->addStretch();
    layout->addLayout(modes);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    auto *growthForm = new FieldForm(doc,
                                     {ScenarioPath::of(FieldId::DemandComputeHours),
                                      ScenarioPath::of(FieldId::DemandAnnualGrowth)},
                                     this);
    connect(growthForm, &FieldForm::provenanceRequested, this, &DemandEditor::provenanceRequested);
    m_stack->addWidget(growthForm);

    auto *seriesPage = new QWidget(this);
    auto *sv = new QVBoxLayout(seriesPage);
    sv->setContentsMargins(0, 0, 0, 0);
    m_seriesInfo = new QLabel(seriesPage);
    m_seriesInfo->setWordWrap(true);
    sv->addWidget(m_seriesInfo);
    auto *paste = new QPushButton(tr("Paste column from spreadsheet"), seriesPage);
    paste->setToolTip(tr("Copy one column of monthly compute hours (one value per month of the "
                         "horizon) in Excel or LibreOffice, then click here"));
    sv->addWidget(paste, 0, Qt::AlignLeft);
    m_list = new QTableWidget(0, 2, seriesPage);
    m_list->setHorizontalHeaderLabels({tr("Month"), tr("Compute hours (h)")});
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_list->verticalHeader()->hide();
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setMaximumHeight(200);
    TableClipboard::install(m_list);
    sv->addWidget(m_list);
    m_stack->addWidget(seriesPage);

    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);

    // The switch alone changes no number (ScenarioCommands::enterDemandAsSeries).
    connect(m_growth, &QRadioButton::clicked, this,
            [this] { m_doc->commands().enterDemandAsSeries(false); });
    connect(m_series, &QRadioButton::clicked, this,
            [this] { m_doc->commands().enterDemandAsSeries(true); });
    connect(paste, &QPushButton::clicked, this,
            [this] { pasteSeries(QApplication::clipboard()->text()); });
    connect(doc, &ScenarioDocument::valueChanged, this, [this](const QString &p) {
        if (p == ScenarioPath::of(FieldId::InternalDemand) ||
            p == ScenarioPath::of(FieldId::HorizonMonths) || p == ScenarioPath::of(FieldId::Start))
            refresh();
    });
    connect(doc, &ScenarioDocument::validationChanged, this, &DemandEditor::refresh);
    refresh();
}

std::optional<std::vector<double>> DemandEditor::parsePastedNumbers(const QString &text)
{
    return parsePastedNumbers(text, DisplayFormat::locale());
}

std::optional<std::vector<double>>
DemandEditor::parsePastedNumbers(const QString &text, const QLocale &locale, QString *problem)
{
    static const QRegularExpression sep(QStringLiteral("[\\t\\r\\n;]+"));
    std::vector<double> out;
    for (QString cell : text.split(sep, Qt::SkipEmptyParts)) {
        cell = cell.trimmed();
        if (cell.isEmpty())
            continue;
        const SchemaField &series = schemaField(FieldId::DemandSeries);
        const FieldInputResult r =
            FieldInput::parseWith(tr("Value %1 of the pasted column").arg(out.size() + 1),
                                  series.rule, series.unit, QString(), cell, locale);
        if (!r.ok) {
            if (problem)
                *problem = r.error;
            return std::nullopt;
        }
        out.push_back(r.value.toDouble());
    }
    return out;
}

bool DemandEditor::pasteSeries(const QString &text)
{
    QString problem;
    const auto numbers = parsePastedNumbers(text, DisplayFormat::locale(), &problem);
    const int h = m_doc->scenario().horizonMonths;
    if (!numbers) {
        m_error->setText(problem);
        return false;
    }
    if (numbers->empty()) {
        m_error->setText(tr("The clipboard holds no column of numbers."));
        return false;
    }
    if (int(numbers->size()) != h) {
        m_error->setText(tr("The clipboard holds %1 numbers; the horizon has %2 months.")
                             .arg(numbers->size())
                             .arg(h));
        return false;
    }
    if (const EditResult r = m_doc->commands().setDemandSeries(*numbers); !r) {
        m_error->setText(r.message);
        return false;
    }
    emit statusMessage(tr("Pasted %n month(s) of internal demand", nullptr, int(numbers->size())));
    return true;
}

void DemandEditor::refresh()
{
    if (!m_doc)
        return;
    const Scenario &s = m_doc->scenario();
    const InternalDemand &d = s.internalDemand;
    m_growth->setChecked(!d.isSeries);
    m_series->setChecked(d.isSeries);
    m_stack->setCurrentIndex(d.isSeries ? 1 : 0);
    m_list->setRowCount(d.isSeries ? int(d.series.size()) : 0);
    if (d.isSeries) {
        for (std::size_t t = 0; t < d.series.size(); ++t) {
            auto *month =
                new QTableWidgetItem(DisplayFormat::month(s.startYear, s.startMonth, int(t)));
            month->setData(CopyRole,
                           QString::fromStdString(monthLabel(s.startYear, s.startMonth, int(t))));
            m_list->setItem(int(t), 0, month);
            auto *hours = new QTableWidgetItem(DisplayFormat::number(d.series[t], 0));
            hours->setData(CopyRole, d.series[t]); // full precision for spreadsheets
            hours->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_list->setItem(int(t), 1, hours);
        }
        m_seriesInfo->setText(tr("%1 monthly values for a horizon of %2 months, in "
                                 "H100-equivalent compute hours per month.")
                                  .arg(d.series.size())
                                  .arg(s.horizonMonths));
    }
    QString message;
    for (const auto &m : m_doc->validationMessages())
        if (ScenarioPath::within(m.path, FieldId::InternalDemand))
            message = m.path + QStringLiteral(": ") + m.text;
    m_error->setText(message);
}

} // namespace fleetroi
