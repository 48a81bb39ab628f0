// SPDX-License-Identifier: GPL-3.0-or-later
// Copy and paste in the scenario view (ui/TableClipboard): Ctrl+A then Ctrl+C on the monthly
// table copies every month with headers and full-precision numbers (it used to copy "0"); a
// selection copies only itself; Ctrl+V on the purchases table appends the pasted tranches as
// one undo step and lists refused rows by line; purchases copied and pasted come back equal.
#include "ComparePage.h"
#include "ResultTableModels.h"
#include "ScenarioDocument.h"
#include "ScenarioTableModel.h"
#include "ScenarioView.h"
#include "TableClipboard.h"
#include "TableTsv.h"

#include <QApplication>
#include <QClipboard>
#include <QMessageBox>
#include <QMimeData>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace fleetroi;

namespace {
const QString kExample = QStringLiteral(FLEETROI_TEST_DATA_DIR) +
                         QStringLiteral("/examples/hyperscaler-surplus-leasing.fleetroi.json");

void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

class NoCompare : public CompareProvider
{
public:
    QList<CompareCandidate> compareCandidates(ScenarioDocument *) override { return {}; }
};
} // namespace

class TestTableClipboard : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ScenarioDocument> m_doc;
    std::unique_ptr<ScenarioView> m_view;
    NoCompare m_compare;

private slots:
    void init()
    {
        QStringList errors;
        m_doc.reset(ScenarioDocument::openFile(kExample, &errors));
        QVERIFY2(m_doc, qPrintable(errors.join(u'\n')));
        m_view = std::make_unique<ScenarioView>(m_doc.get(), &m_compare);
        m_view->resize(1400, 900);
        m_view->show();
        settle();
    }
    void cleanup()
    {
        m_view.reset();
        m_doc.reset();
    }

    void selectAllCopiesTheWholeMonthlyTable()
    {
        m_view->tabs()->setCurrentIndex(ScenarioView::ResultsTab);
        QTableView *table = m_view->monthlyView();
        QVERIFY(table);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QApplication::clipboard()->clear();
        QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        const QString text = QApplication::clipboard()->text();
        const MonthlySeries &m = m_doc->results().monthly;
        QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + m.size());
        QVERIFY(lines[0].startsWith(QStringLiteral("Month\tCapacity (h)\tInternal demand (h)")));
        const QStringList first = lines[1].split(QLatin1Char('\t'));
        QCOMPARE(first.size(), 1 + table->model()->columnCount());
        QCOMPARE(first[0], QString::fromStdString(m.month[0]));
        QCOMPARE(first[1].toDouble(), m.capacityHours[0]);
        const QStringList last = lines.back().split(QLatin1Char('\t'));
        QCOMPARE(last.back().toDouble(), m.bookValue.back());
        QCOMPARE(text, TableTsv::wholeTable(table->model(), QStringLiteral("Month")));
    }

    void selectionCopiesItself()
    {
        m_view->tabs()->setCurrentIndex(ScenarioView::ResultsTab);
        QTableView *table = m_view->monthlyView();
        table->setFocus();
        QAbstractItemModel *model = table->model();
        table->selectionModel()->select(QItemSelection(model->index(3, 6), model->index(4, 7)),
                                        QItemSelectionModel::ClearAndSelect);
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        const QStringList lines =
            QApplication::clipboard()->text().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QStringLiteral("Month\tCapex (USD)\tLease revenue (USD)"));
        const MonthlySeries &m = m_doc->results().monthly;
        QCOMPARE(lines[2].split(QLatin1Char('\t'))[2].toDouble(), m.leaseRevenue[4]);
    }

    void pastingPurchasesIsOneUndoStep()
    {
        QTableView *table = m_view->purchaseView();
        const std::size_t before = m_doc->scenario().purchases.size();
        const int steps = m_doc->undoStack()->count();
        const QString sku = QString::fromStdString(m_doc->scenario().skus[0].id);
        QApplication::clipboard()->setText(QStringLiteral("month\tsku\tgpus\r\n"
                                                          "1\t%1\t100\r\n"
                                                          "2\t%1\tmany\r\n"
                                                          "3\t%1\t300\r\n"
                                                          "77777\t%1\t1\r\n")
                                               .arg(sku));
        m_view->tabs()->setCurrentIndex(ScenarioView::FleetTab);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_V, Qt::ControlModifier);
        settle();
        QCOMPARE(m_doc->scenario().purchases.size(), before + 2);
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        QCOMPARE(m_doc->scenario().purchases[before + 1].gpus, std::int64_t(300));
        auto *box = m_view->findChild<QMessageBox *>(QStringLiteral("pasteRefusedRows"));
        QVERIFY(box);
        QVERIFY2(box->informativeText().contains(QStringLiteral("Line 3: gpus")),
                 qPrintable(box->informativeText()));
        QVERIFY(box->informativeText().contains(QStringLiteral("Line 5: month")));
        if (qEnvironmentVariableIsSet("FLEETROI_SCREENSHOTS"))
            box->grab().save(qEnvironmentVariable("FLEETROI_SCREENSHOTS") +
                             QStringLiteral("/paste-refused.png"));
        box->close();
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->scenario().purchases.size(), before);
    }

    void purchasesCopyAndPasteBack()
    {
        QTableView *table = m_view->purchaseView();
        m_view->tabs()->setCurrentIndex(ScenarioView::FleetTab);
        table->setFocus();
        const std::vector<PurchaseTranche> original = m_doc->scenario().purchases;
        QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        QVERIFY(QApplication::clipboard()->text().startsWith(QStringLiteral("month\tsku\tgpus")));
        QTest::keyClick(table, Qt::Key_V, Qt::ControlModifier);
        settle();
        const std::vector<PurchaseTranche> &now = m_doc->scenario().purchases;
        QCOMPARE(now.size(), 2 * original.size());
        for (std::size_t i = 0; i < original.size(); ++i)
            QVERIFY(now[original.size() + i] == original[i]);
        QVERIFY(!m_view->findChild<QMessageBox *>(QStringLiteral("pasteRefusedRows")));
        QCOMPARE(m_doc->undoStack()->count(), 1);
    }

    // Every table of the scenario view (fleet, tranches, monthly table, sensitivity, risk
    // ranking, correlations, demand series, price points, sources) copies with headers.
    void everyTableCopies()
    {
        const QList<QAbstractItemView *> views = m_view->findChildren<QAbstractItemView *>();
        int tables = 0;
        for (QAbstractItemView *v : views) {
            if (!v->inherits("QTableView"))
                continue;
            ++tables;
            QVERIFY2(v->findChild<TableClipboard *>(QString(), Qt::FindDirectChildrenOnly),
                     qPrintable(QStringLiteral("no copy on %1 (parent %2)")
                                    .arg(QString::fromLatin1(v->metaObject()->className()),
                                         QString::fromLatin1(
                                             v->parentWidget()->metaObject()->className()))));
        }
        QVERIFY2(tables >= 8, qPrintable(QString::number(tables)));
    }

    // The clipboard also holds an HTML table whose number cells carry the C-locale value in
    // attributes (x:num for Excel, sdval for LibreOffice), read back here independently.
    void copyPutsHtmlBesideTsv()
    {
        m_view->tabs()->setCurrentIndex(ScenarioView::ResultsTab);
        QTableView *table = m_view->monthlyView();
        table->setFocus();
        QAbstractItemModel *model = table->model();
        table->selectionModel()->select(QItemSelection(model->index(3, 6), model->index(4, 7)),
                                        QItemSelectionModel::ClearAndSelect);
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        const QMimeData *mime = QApplication::clipboard()->mimeData();
        QVERIFY(mime->hasText());
        QVERIFY(mime->hasHtml());
        const QString html = mime->html();
        QVERIFY2(html.contains(QStringLiteral("<th>Month</th><th>Capex (USD)</th><th>Lease "
                                              "revenue (USD)</th>")),
                 qPrintable(html));
        static const QRegularExpression num(
            QStringLiteral("x:num=\"([^\"]*)\" sdval=\"([^\"]*)\""));
        QList<double> values;
        for (auto it = num.globalMatch(html); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            QCOMPARE(m.captured(1), m.captured(2));
            QVERIFY2(!m.captured(1).contains(u','), qPrintable(m.captured(1)));
            bool ok = false;
            values << m.captured(1).toDouble(&ok);
            QVERIFY(ok);
        }
        const MonthlySeries &m = m_doc->results().monthly;
        QCOMPARE(values.size(), 4);
        QCOMPARE(values[0], m.capex[3]);
        QCOMPARE(values[3], m.leaseRevenue[4]);
    }
};

QTEST_MAIN(TestTableClipboard)
#include "test_table_clipboard.moc"
