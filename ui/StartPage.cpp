// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartPage.h"

#include "ScenarioDocument.h"
#include "scenario/ScenarioReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace fleetroi {

namespace {

constexpr int kPathRole = Qt::UserRole + 1;

QListWidget *makeList(QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setWordWrap(true);
    list->setSpacing(3);
    list->setUniformItemSizes(false);
    return list;
}

QGroupBox *column(const QString &title, const QString &help, QListWidget *list, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *l = new QVBoxLayout(box);
    auto *label = new QLabel(help, box);
    label->setWordWrap(true);
    l->addWidget(label);
    l->addWidget(list, 1);
    return box;
}

} // namespace

QList<StartPage::Example> StartPage::examples()
{
    QList<Example> out;
    const QDir dir(QStringLiteral(":/examples"));
    for (const QString &file :
         dir.entryList({QStringLiteral("*.fleetroi.json")}, QDir::Files, QDir::Name)) {
        const QString path = dir.filePath(file);
        if (const auto s = loadScenario(path))
            out.append(
                {path, QString::fromStdString(s->name), QString::fromStdString(s->description)});
    }
    return out;
}

std::optional<Scenario> StartPage::loadScenario(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    ScenarioReadResult r = readScenario(std::string_view(bytes.constData(), bytes.size()));
    if (!r.ok()) {
        if (error) {
            QStringList lines;
            for (const ValidationError &e : r.errors)
                lines << QString::fromStdString(formatError(e));
            *error = lines.join(QLatin1Char('\n'));
        }
        return std::nullopt;
    }
    return *r.scenario;
}

std::optional<Scenario> StartPage::templateScenario(const QString &templateId,
                                                    const QString &newName)
{
    std::optional<Scenario> s = templateId.isEmpty()
                                    ? std::optional<Scenario>(ScenarioDocument::newScenario())
                                    : loadScenario(templateId);
    if (s && !newName.isEmpty())
        s->name = newName.toStdString();
    return s;
}

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("StartPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    auto *title = new QLabel(tr("<h2>FleetROI</h2><p>Open a scenario to work on, look at an "
                                "example, or start a new scenario from a template.</p>"),
                             this);
    title->setWordWrap(true);
    layout->addWidget(title);

    auto *columns = new QHBoxLayout;
    m_recent = makeList(this);
    m_examples = makeList(this);
    m_templates = makeList(this);
    auto *recentBox =
        column(tr("Recent scenarios"),
               tr("Files you opened or exported lately. Double-click to open."), m_recent, this);
    auto *openButton = new QPushButton(tr("Open a file..."), recentBox);
    recentBox->layout()->addWidget(openButton);
    columns->addWidget(recentBox, 1);
    columns->addWidget(column(tr("Examples"),
                              tr("Worked scenarios that come with FleetROI. Double-click to "
                                 "open one (your changes are saved as a new scenario)."),
                              m_examples, this),
                       1);
    columns->addWidget(column(tr("New from template"),
                              tr("A new scenario under a new name, starting from a blank set-up "
                                 "or from an example's assumptions."),
                              m_templates, this),
                       1);
    layout->addLayout(columns, 1);

    for (const Example &e : examples()) {
        auto *item = new QListWidgetItem(
            e.description.isEmpty() ? e.name : QStringLiteral("%1\n%2").arg(e.name, e.description),
            m_examples);
        item->setData(kPathRole, e.path);
        item->setToolTip(e.description);
    }
    auto *blank = new QListWidgetItem(
        tr("Blank scenario\nOne H100 type, one purchase, five years from this month"), m_templates);
    blank->setData(kPathRole, QString());
    for (const Example &e : examples()) {
        auto *item =
            new QListWidgetItem(tr("Based on \"%1\"\nIts fleet, prices and assumptions under a "
                                   "new name")
                                    .arg(e.name),
                                m_templates);
        item->setData(kPathRole, e.path);
    }

    connect(openButton, &QPushButton::clicked, this, &StartPage::openDialogRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit openFileRequested(item->data(kPathRole).toString());
    });
    connect(m_examples, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit openExampleRequested(item->data(kPathRole).toString());
    });
    connect(m_templates, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit newFromTemplateRequested(item->data(kPathRole).toString());
    });
    setRecentFiles({});
}

void StartPage::setRecentFiles(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        const QFileInfo info(path);
        auto *item =
            new QListWidgetItem(QStringLiteral("%1\n%2").arg(
                                    info.fileName(), QDir::toNativeSeparators(info.absolutePath())),
                                m_recent);
        item->setData(kPathRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        if (!info.exists()) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(tr("%1 (not found)").arg(QDir::toNativeSeparators(path)));
        }
    }
    if (paths.isEmpty()) {
        auto *none = new QListWidgetItem(tr("No recent files yet."), m_recent);
        none->setFlags(Qt::NoItemFlags);
    }
}

} // namespace fleetroi
