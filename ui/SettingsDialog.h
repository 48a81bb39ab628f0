// SPDX-License-Identifier: GPL-3.0-or-later
// Settings: default workspace, language, number display.
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace fleetroi {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    void accept() override;

    // Languages with a translation: code ("" = the system's) and name in that language.
    static QList<QPair<QString, QString>> languages();

private:
    QLineEdit *m_workspace = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_money = nullptr;
};

} // namespace fleetroi
