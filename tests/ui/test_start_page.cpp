// SPDX-License-Identifier: GPL-3.0-or-later
// The start page (ui/StartPage) and File > Export (ui/ExportActions): the page lists the
// recent files and the bundled examples and fills the window's centre only while no scenario
// is open; templates open new scenarios; the exports write real XLSX, CSV and PDF files.
#include "AppSettings.h"
#include "ComparePage.h"
#include "ExportActions.h"
#include "MainWindow.h"
#include "ScenarioDocument.h"
#include "ScenarioView.h"
#include "StartPage.h"

#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace fleetroi;

namespace {
const QString kExample = QStringLiteral(FLEETROI_TEST_DATA_DIR) +
                         QStringLiteral("/examples/hyperscaler-surplus-leasing.fleetroi.json");

class NoCompare : public CompareProvider
{
public:
    QList<CompareCandidate> compareCandidates(ScenarioDocument *) override { return {}; }
};
} // namespace

class TestStartPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void listsRecentFilesAndExamples()
    {
        StartPage page;
        // The bundled examples: every *.fleetroi.json of resources/examples, by name.
        const QList<StartPage::Example> examples = StartPage::examples();
        const QStringList files =
            QDir(QStringLiteral(FLEETROI_TEST_DATA_DIR "/../../resources/examples"))
                .entryList({QStringLiteral("*.fleetroi.json")}, QDir::Files);
        QCOMPARE(examples.size(), files.size());
        QVERIFY(examples.size() >= 2);
        QCOMPARE(page.exampleList()->count(), examples.size());
        bool hyperscaler = false;
        for (int i = 0; i < page.exampleList()->count(); ++i)
            hyperscaler = hyperscaler || page.exampleList()->item(i)->text().startsWith(
                                             QStringLiteral("Hyperscaler"));
        QVERIFY(hyperscaler);
        // Templates: the blank one and one per example.
        QCOMPARE(page.templateList()->count(), 1 + examples.size());
        // Recent files, newest first; a missing one is shown but cannot be opened.
        page.setRecentFiles({kExample, QStringLiteral("/nonexistent/gone.fleetroi.json")});
        QCOMPARE(page.recentList()->count(), 2);
        QVERIFY(page.recentList()->item(0)->text().startsWith(
            QStringLiteral("hyperscaler-surplus-leasing.fleetroi.json")));
        QVERIFY(page.recentList()->item(0)->flags() & Qt::ItemIsEnabled);
        QVERIFY(!(page.recentList()->item(1)->flags() & Qt::ItemIsEnabled));
        // Activating asks the window to open it.
        QString asked;
        connect(&page, &StartPage::openFileRequested, this, [&](const QString &p) { asked = p; });
        emit page.recentList()->itemActivated(page.recentList()->item(0));
        QCOMPARE(asked, kExample);
        page.setRecentFiles({});
        QCOMPARE(page.recentList()->count(), 1); // "No recent files yet."
        QVERIFY(!(page.recentList()->item(0)->flags() & Qt::ItemIsEnabled));
    }

    void templatesMakeNewScenarios()
    {
        const auto blank = StartPage::templateScenario(QString(), QStringLiteral("Plan A"));
        QVERIFY(blank);
        QCOMPARE(blank->name, std::string("Plan A"));
        QCOMPARE(blank->skus.size(), std::size_t(1));
        const auto examples = StartPage::examples();
        const auto fromExample =
            StartPage::templateScenario(examples[0].path, QStringLiteral("Plan B"));
        QVERIFY(fromExample);
        QCOMPARE(fromExample->name, std::string("Plan B"));
        QVERIFY(fromExample->skus.size() >= 1);
        QString error;
        QVERIFY(!StartPage::loadScenario(QStringLiteral(":/nothing.json"), &error));
        QVERIFY(!error.isEmpty());
    }

    void shownOnlyWhileNothingIsOpen()
    {
        MainWindow window;
        window.show();
        auto *central = qobject_cast<QStackedWidget *>(window.centralWidget());
        QVERIFY(central);
        QCOMPARE(central->currentWidget(), static_cast<QWidget *>(window.startPage()));
        emit window.startPage()->newFromTemplateRequested(QString());
        QCOMPARE(window.views().size(), 1);
        QVERIFY(central->currentWidget() != window.startPage());
        emit window.startPage()->openExampleRequested(StartPage::examples()[0].path);
        QCOMPARE(window.views().size(), 2);
        QCOMPARE(window.currentView()->document()->name(), StartPage::examples()[0].name);
        for (ScenarioView *v : window.views())
            v->document()->markSaved();
        auto *tabs = qobject_cast<QTabWidget *>(central->widget(1));
        QVERIFY(tabs);
        while (!window.views().isEmpty())
            emit tabs->tabCloseRequested(0);
        QCOMPARE(central->currentWidget(), static_cast<QWidget *>(window.startPage()));
    }

    void exportsWriteRealFiles()
    {
        QStringList errors;
        std::unique_ptr<ScenarioDocument> doc(ScenarioDocument::openFile(kExample, &errors));
        QVERIFY(doc);
        NoCompare compare;
        ScenarioView view(doc.get(), &compare);
        QTemporaryDir dir;
        QString error;
        const QString xlsx = dir.filePath(QStringLiteral("a.xlsx"));
        QVERIFY2(ExportActions::exportTo(&view, ExportActions::Format::Xlsx, xlsx, &error),
                 qPrintable(error));
        QFile x(xlsx);
        QVERIFY(x.open(QIODevice::ReadOnly));
        QCOMPARE(x.read(2), QByteArray("PK")); // a zip container
        const QString csv = dir.filePath(QStringLiteral("a.csv"));
        QVERIFY(ExportActions::exportTo(&view, ExportActions::Format::Csv, csv, &error));
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        QVERIFY(c.readLine().startsWith("month,capacity_hours"));
        const QString pdf = dir.filePath(QStringLiteral("a.pdf"));
        QVERIFY2(ExportActions::exportTo(&view, ExportActions::Format::Pdf, pdf, &error),
                 qPrintable(error));
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QCOMPARE(p.read(5), QByteArray("%PDF-"));
        // An invalid scenario exports nothing and says why.
        QVERIFY(doc->setValue(QStringLiteral("horizon_months"), 12));
        QVERIFY(!ExportActions::exportTo(&view, ExportActions::Format::Csv,
                                         dir.filePath(QStringLiteral("b.csv")), &error));
        QVERIFY(error.contains(QStringLiteral("input problems")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("b.csv"))));
        // The suggested name sits in the last export directory.
        settings::lastExportDirectory.setValue(dir.path());
        QCOMPARE(ExportActions::suggestedPath(QStringLiteral("Budget v3/4"),
                                              ExportActions::Format::Xlsx),
                 QDir(dir.path()).filePath(QStringLiteral("Budget v3_4.xlsx")));
    }
};

QTEST_MAIN(TestStartPage)
#include "test_start_page.moc"
