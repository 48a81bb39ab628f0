// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProvenancePanel.h"

#include "ProvenanceTableModel.h"
#include "ScenarioCommands.h"
#include "ScenarioDocument.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

#include "TableClipboard.h"
#include <QVBoxLayout>

namespace fleetroi {

ProvenancePanel::ProvenancePanel(ScenarioDocument *doc, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *hint = new QLabel(tr("Sources of the assumptions. Click § next to a field to add its "
                               "source; double-click a cell to edit."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #57606a;"));
    layout->addWidget(hint);
    m_model = new ProvenanceTableModel(doc, this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setSectionResizeMode(ProvenanceTableModel::SourceColumn,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(ProvenanceTableModel::FieldColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ProvenanceTableModel::DateColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->setColumnWidth(ProvenanceTableModel::NoteColumn, 120);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->verticalHeader()->hide();
    TableClipboard::install(m_view);
    layout->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    auto *remove = new QPushButton(tr("Remove source"), this);
    buttons->addStretch();
    buttons->addWidget(remove);
    layout->addLayout(buttons);
    connect(remove, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_view->currentIndex();
        if (i.isValid())
            m_doc->commands().removeProvenance(i.row());
    });
}

void ProvenancePanel::showSourceFor(const QString &path)
{
    int row = m_doc->provenanceIndex(path);
    if (row < 0) {
        Provenance p;
        p.field = path.toStdString();
        row = m_doc->commands().addProvenance(p);
    }
    const QModelIndex source = m_model->index(row, ProvenanceTableModel::SourceColumn);
    m_view->setCurrentIndex(source);
    m_view->scrollTo(source);
    m_view->setFocus();
    if (m_doc->scenario().provenance[std::size_t(row)].source.empty())
        m_view->edit(source);
}

} // namespace fleetroi
