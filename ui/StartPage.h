// SPDX-License-Identifier: GPL-3.0-or-later
// What the centre of the main window shows while no scenario is open: the recent scenario
// files, the bundled examples (resources/examples, compiled in under ":/examples") and new
// scenarios from a template (a blank one or a copy of an example under a new name). The page
// only asks; MainWindow opens (signals below).
#pragma once

#include "scenario/Scenario.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <optional>

class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace fleetroi {

class StartPage : public QWidget
{
    Q_OBJECT
public:
    struct Example
    {
        QString path;        // ":/examples/....fleetroi.json"
        QString name;        // the scenario's name
        QString description; // its description ("" when none)
    };
    // The bundled examples that read as valid scenarios, by file name.
    static QList<Example> examples();
    // Reads a bundled example (or any scenario file Qt can open, resources included);
    // nullopt with the reader's messages in `error` when it is not a valid scenario.
    static std::optional<Scenario> loadScenario(const QString &path, QString *error = nullptr);
    // The scenario a template starts from: "" = the blank scenario (one H100 type, one
    // purchase, five years from this month), else an example's resource path. Named
    // `newName`.
    static std::optional<Scenario> templateScenario(const QString &templateId,
                                                    const QString &newName);

    explicit StartPage(QWidget *parent = nullptr);

    // Recent scenario files, newest first (missing files are listed greyed out).
    void setRecentFiles(const QStringList &paths);

    QListWidget *recentList() const { return m_recent; }
    QListWidget *exampleList() const { return m_examples; }
    QListWidget *templateList() const { return m_templates; }

signals:
    void openFileRequested(const QString &path);
    void openExampleRequested(const QString &resourcePath);
    // templateId as for templateScenario().
    void newFromTemplateRequested(const QString &templateId);
    void openDialogRequested();

private:
    QListWidget *m_recent = nullptr;
    QListWidget *m_examples = nullptr;
    QListWidget *m_templates = nullptr;
};

} // namespace fleetroi
