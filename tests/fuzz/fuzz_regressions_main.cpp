// SPDX-License-Identifier: GPL-3.0-or-later
// Replays every input the fuzzer ever reported (tests/data/fuzz-regressions) and the seed
// corpora through the fuzz target's checks, in the normal build (no clang needed). The
// target aborts on a broken property, so a regression fails this test.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

class TestFuzzRegressions : public QObject
{
    Q_OBJECT
private slots:
    void replay_data()
    {
        QTest::addColumn<QString>("file");
        int n = 0;
        for (const char *dir : {"fuzz-regressions", "hostile", "scenario-invalid", "examples"}) {
            const QDir d(QStringLiteral(FLEETROI_TEST_DATA_DIR "/") + QLatin1String(dir));
            for (const QFileInfo &f : d.entryInfoList({QStringLiteral("*.json")}, QDir::Files)) {
                QTest::newRow(qPrintable(QLatin1String(dir) + QLatin1Char('/') + f.fileName()))
                    << f.absoluteFilePath();
                ++n;
            }
        }
        QVERIFY(n > 100);
    }

    void replay()
    {
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                                        std::size_t(bytes.size())),
                 0);
        // Generous: a starved fuzzer once called this input a timeout; it takes milliseconds.
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "fuzz_regressions_main.moc"
