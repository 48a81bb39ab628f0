// SPDX-License-Identifier: GPL-3.0-or-later
// Big fleets in the window (issue "Big fleets feel live"): the stress scenario (240 months,
// 100 SKUs) with 300, 1,000, 3,000 and 10,000 purchase tranches, built in code, opened in
// the real main window on the offscreen platform. Figures per size, as counters:
//   open_render_s   import into a fresh workspace, open, and render every tab as
//                   `fleetroi --screenshot DIR FILE` does (PNG files included);
//   edit_median_ms  one cell edit until the KPI strip and the visible Results charts show
//   edit_p90_ms     its result (MainWindow::measureEditLatencyFigures, 20 edits);
//   compute_ms      the background model run alone (median);
//   peak_rss_mb     the process's peak resident set so far (sizes run smallest first, so
//                   this is the peak up to and including this size).
// Goals at 10,000 tranches: open + render < 5 s, edit median < 100 ms, peak < 250 MB
// (measure the peak of one size alone with `/usr/bin/time -v fleetroi --screenshot`).
//
//   bench_bigfleet                        run the benchmarks
//   bench_bigfleet --write-scenarios DIR  write stress-N.fleetroi.json files and exit
#include "StressScenario.h"

#include "MainWindow.h"
#include "ScenarioView.h"
#include "scenario/ScenarioWriter.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <sys/resource.h>

#include <cstdio>
#include <cstring>
#include <string>

using namespace fleetroi;

namespace {

constexpr int kSizes[] = {300, 1000, 3000, 10000};

bool writeScenario(int tranches, const QString &path)
{
    const std::string text = writeScenario(bench::makeStressScenario(tranches));
    QFile f(path);
    return f.open(QIODevice::WriteOnly) &&
           f.write(text.data(), qint64(text.size())) == qint64(text.size());
}

double peakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0; // kB on Linux
}

void BM_OpenRenderEdit(benchmark::State &state)
{
    const int tranches = int(state.range(0));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("stress-%1.fleetroi.json").arg(tranches));
    if (!writeScenario(tranches, file)) {
        state.SkipWithError("cannot write the scenario");
        return;
    }
    MainWindow::EditLatency edit;
    for (auto _ : state) {
        QElapsedTimer clock;
        clock.start();
        MainWindow window;
        window.resize(1600, 1000);
        window.openWorkspace(dir.filePath(QStringLiteral("ws-%1.sqlite").arg(tranches)));
        if (!window.openPath(file)) {
            state.SkipWithError("the scenario did not open");
            return;
        }
        window.show();
        QApplication::processEvents();
        if (!window.saveScreenshots(dir.filePath(QStringLiteral("shots")))) {
            state.SkipWithError("rendering the tabs failed");
            return;
        }
        state.SetIterationTime(double(clock.nsecsElapsed()) / 1e9);
        state.counters["open_render_s"] = double(clock.nsecsElapsed()) / 1e9;
        edit = window.measureEditLatencyFigures(20);
        window.close();
    }
    state.counters["edit_median_ms"] = edit.median;
    state.counters["edit_p90_ms"] = edit.p90;
    state.counters["compute_ms"] = edit.computeMedian;
    state.counters["peak_rss_mb"] = peakRssMb();
    state.counters["tranches"] = tranches;
}

} // namespace

BENCHMARK(BM_OpenRenderEdit)
    ->Arg(kSizes[0])
    ->Arg(kSizes[1])
    ->Arg(kSizes[2])
    ->Arg(kSizes[3])
    ->Iterations(1)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    if (argc == 3 && std::strcmp(argv[1], "--write-scenarios") == 0) {
        QDir().mkpath(QString::fromLocal8Bit(argv[2]));
        for (int n : kSizes) {
            const QString path = QDir(QString::fromLocal8Bit(argv[2]))
                                     .filePath(QStringLiteral("stress-%1.fleetroi.json").arg(n));
            if (!writeScenario(n, path)) {
                std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
                return 1;
            }
            std::printf("%s\n", qPrintable(path));
        }
        return 0;
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // never the user's settings or workspace
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
