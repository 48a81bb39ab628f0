// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "AppSettings.h"
#include "FileDialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace fleetroi {

QList<QPair<QString, QString>> SettingsDialog::languages()
{
    return {{QString(), tr("System language")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    auto *form = new QFormLayout(this);
    auto *row = new QHBoxLayout;
    m_workspace = new QLineEdit(settings::defaultWorkspace.value(), this);
    m_workspace->setPlaceholderText(tr("Default location"));
    auto *browse = new QPushButton(tr("Browse..."), this);
    row->addWidget(m_workspace, 1);
    row->addWidget(browse);
    form->addRow(tr("Workspace file:"), row);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = fileDialogs::saveFileName(this, tr("Workspace file"), m_workspace->text(),
                                                    tr("FleetROI workspaces (*.sqlite)"), nullptr,
                                                    QFileDialog::DontConfirmOverwrite);
        if (!f.isEmpty())
            m_workspace->setText(f);
    });
    m_language = new QComboBox(this);
    for (const auto &[code, name] : languages())
        m_language->addItem(name, code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings::language.value())));
    form->addRow(tr("Language:"), m_language);
    m_money = new QComboBox(this);
    m_money->addItem(tr("Compact (USD 12.3 m)"), 0);
    m_money->addItem(tr("Full (USD 12,345,678)"), 1);
    m_money->setCurrentIndex(settings::moneyStyle.value() == 1 ? 1 : 0);
    form->addRow(tr("Money amounts:"), m_money);
    auto *note = new QLabel(tr("Numbers on screen follow the language's conventions; scenario "
                               "files and the command line always use the C locale. A new "
                               "language or workspace takes effect after a restart."),
                            this);
    note->setWordWrap(true);
    form->addRow(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    form->addRow(buttons);
    resize(560, sizeHint().height());
}

void SettingsDialog::accept()
{
    settings::defaultWorkspace.setValue(m_workspace->text().trimmed());
    settings::language.setValue(m_language->currentData().toString());
    settings::moneyStyle.setValue(m_money->currentData().toInt());
    QDialog::accept();
}

} // namespace fleetroi
