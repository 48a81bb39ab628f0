// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCli.h"

#include "Cli.h"

#include "AtomicFileWriter.h"
#include "ScenarioInput.h"
#include "export/CsvExport.h"
#include "export/ExportData.h"
#include "export/XlsxExport.h"
#include "scenario/ScenarioReader.h"

#ifdef FLEETROI_WITH_GUI
#include "report/ComparisonReport.h"
#include "report/ReportBuilder.h"
#include "report/ReportTranslator.h"
#include <QApplication>
#endif

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <cstdio>
#include <cstring>
#include <optional>

namespace fleetroi::cli {

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitInvalidInput = 2;

int usageError(const char *command, const QString &message)
{
    std::fprintf(stderr, "fleetroi %s: %s\nTry 'fleetroi --help'.\n", command,
                 message.toUtf8().constData());
    return kExitFailure;
}

// Which version of a file the report shows: its name and the start of its SHA-256.
QString fileRevision(const QString &path)
{
    QFile f(path);
    QString hash;
    if (f.open(QIODevice::ReadOnly)) {
        QCryptographicHash h(QCryptographicHash::Sha256);
        if (h.addData(&f))
            hash = QString::fromLatin1(h.result().toHex().left(12));
    }
    const QString name = QFileInfo(path).fileName();
    return hash.isEmpty() ? name : QStringLiteral("%1 (SHA-256 %2)").arg(name, hash);
}

struct Options
{
    QStringList files;
    QString output, paper = QStringLiteral("a4"), lang, xlsx, csv;
    bool compare = false;
    bool noMonteCarlo = false;
    bool listUntranslated = false;
    QString error;
};

Options parse(const QStringList &args, const QStringList &valueOptions, const QStringList &flags)
{
    Options o;
    for (qsizetype i = 1; i < args.size(); ++i) {
        QString arg = args[i];
        QString value;
        bool hasValue = false;
        if (arg.startsWith(QLatin1String("--")) && arg.contains(QLatin1Char('='))) {
            value = arg.mid(arg.indexOf(QLatin1Char('=')) + 1);
            arg = arg.left(arg.indexOf(QLatin1Char('=')));
            hasValue = true;
        }
        if (flags.contains(arg)) {
            if (arg == QLatin1String("--compare"))
                o.compare = true;
            else if (arg == QLatin1String("--no-montecarlo"))
                o.noMonteCarlo = true;
            else if (arg == QLatin1String("--list-untranslated"))
                o.listUntranslated = true;
            continue;
        }
        if (valueOptions.contains(arg)) {
            if (!hasValue) {
                if (i + 1 >= args.size()) {
                    o.error = QStringLiteral("option '%1' needs a value").arg(arg);
                    return o;
                }
                value = args[++i];
            }
            if (value.isEmpty()) {
                o.error = QStringLiteral("option '%1' needs a value").arg(arg);
                return o;
            }
            if (arg == QLatin1String("-o") || arg == QLatin1String("--output"))
                o.output = value;
            else if (arg == QLatin1String("--paper"))
                o.paper = value;
            else if (arg == QLatin1String("--lang"))
                o.lang = value;
            else if (arg == QLatin1String("--xlsx"))
                o.xlsx = value;
            else if (arg == QLatin1String("--csv"))
                o.csv = value;
            continue;
        }
        if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1) {
            o.error = QStringLiteral("unknown option '%1'").arg(arg);
            return o;
        }
        o.files << arg;
    }
    return o;
}

int writeOutput(const QString &path, const QByteArray &bytes)
{
    const StorageStatus st = AtomicFileWriter::writeFile(path, bytes);
    if (!st.ok()) {
        std::fprintf(stderr, "%s\n", st.message.toUtf8().constData());
        return kExitFailure;
    }
    return kExitOk;
}

#ifdef FLEETROI_WITH_GUI
// The report date: SOURCE_DATE_EPOCH (reproducible builds) when set, else today.
QDate reportDate()
{
    bool ok = false;
    const qint64 epoch = qEnvironmentVariableIntValue("SOURCE_DATE_EPOCH", &ok);
    if (ok && qEnvironmentVariableIsSet("SOURCE_DATE_EPOCH"))
        return QDateTime::fromSecsSinceEpoch(epoch, QTimeZone::utc()).date();
    return QDate::currentDate();
}
#endif

} // namespace

bool commandNeedsWidgets(int argc, char **argv)
{
    const char *command = cli::commandWord(argc, argv);
    return command && !std::strcmp(command, "report");
}

void prepareHeadlessPlatform()
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return;
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

int runReport(const QStringList &args)
{
#ifndef FLEETROI_WITH_GUI
    Q_UNUSED(args);
    std::fprintf(stderr,
                 "fleetroi report: this build has no report support (built without the GUI)\n");
    return kExitFailure;
#else
    const Options o = parse(args,
                            {QStringLiteral("-o"), QStringLiteral("--output"),
                             QStringLiteral("--paper"), QStringLiteral("--lang")},
                            {QStringLiteral("--compare"), QStringLiteral("--no-montecarlo"),
                             QStringLiteral("--list-untranslated")});
    if (!o.error.isEmpty())
        return usageError("report", o.error);
    if (o.output.isEmpty())
        return usageError("report", QStringLiteral("missing -o OUT.pdf"));
    if (o.compare ? (o.files.size() < 2 || o.files.size() > 4) : o.files.size() != 1)
        return usageError("report", o.compare
                                        ? QStringLiteral("--compare needs 2 to 4 scenario files")
                                        : QStringLiteral("needs exactly one scenario file"));
    report::ReportOptions options;
    if (o.paper.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0)
        options.paper = QPageSize::A4;
    else if (o.paper.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0)
        options.paper = QPageSize::Letter;
    else
        return usageError("report", QStringLiteral("--paper must be a4 or letter"));
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        std::fprintf(stderr, "fleetroi report: internal error: needs a QApplication\n");
        return kExitFailure;
    }

    // Language: the report's strings and number formats. English needs only its plural forms.
    report::ReportTranslator translator;
    QTranslator englishPlurals;
    if (o.lang.isEmpty() || o.lang == QLatin1String("en")) {
        if (englishPlurals.load(QStringLiteral(":/i18n/fleetroi_en.qm")))
            QCoreApplication::installTranslator(&englishPlurals);
    } else {
        if (o.lang != QLatin1String("de") && o.lang != QLatin1String("zh_CN"))
            return usageError("report", QStringLiteral("--lang must be de or zh_CN"));
        options.locale = QLocale(o.lang);
        if (!translator.load(QStringLiteral(":/i18n/fleetroi_%1.qm").arg(o.lang)))
            std::fprintf(stderr,
                         "fleetroi report: no translation for '%s' in this build; "
                         "strings stay in English\n",
                         o.lang.toUtf8().constData());
        QCoreApplication::installTranslator(&translator);
    }
    options.date = reportDate();

    std::vector<report::ReportScenario> scenarios;
    for (const QString &file : o.files) {
        std::optional<Scenario> sc = loadScenario(file);
        if (!sc)
            return kExitInvalidInput;
        report::ReportScenario rs;
        rs.data = exporting::computeExportData(*sc);
        rs.revision = fileRevision(file);
#ifdef FLEETROI_REPORT_HAS_MONTECARLO
        if (sc->uncertainty && !o.noMonteCarlo && !o.compare) {
            MonteCarloResults mc = runMonteCarlo(*sc);
            if (mc.completed())
                rs.monteCarlo = std::move(mc);
        }
#endif
        scenarios.push_back(std::move(rs));
    }

    QByteArray pdf;
    QString error, missing;
    if (o.compare) {
        report::ComparisonReport builder(scenarios, options);
        pdf = builder.renderPdf();
        error = builder.errorString();
        missing = builder.missingGlyphs();
    } else {
        report::ReportBuilder builder(scenarios.front(), options);
        pdf = builder.renderPdf();
        error = builder.errorString();
        missing = builder.missingGlyphs();
    }
    // Characters no font can draw show as boxes: the cover says so, and so does stderr.
    if (!pdf.isEmpty() && !missing.isEmpty())
        std::fprintf(stderr, "fleetroi report: %s\n",
                     report::missingGlyphsWarning(missing).toUtf8().constData());
    QCoreApplication::removeTranslator(&translator);
    if (o.listUntranslated)
        for (const QString &s : translator.untranslated())
            std::fprintf(stderr, "untranslated: %s\n", s.toUtf8().constData());
    if (pdf.isEmpty()) {
        std::fprintf(stderr, "fleetroi report: %s\n", error.toUtf8().constData());
        return kExitFailure;
    }
    return writeOutput(o.output, pdf);
#endif
}

int runExport(const QStringList &args)
{
    const Options o = parse(args, {QStringLiteral("--xlsx"), QStringLiteral("--csv")}, {});
    if (!o.error.isEmpty())
        return usageError("export", o.error);
    if (o.files.size() != 1)
        return usageError("export", QStringLiteral("needs exactly one scenario file"));
    if (o.xlsx.isEmpty() && o.csv.isEmpty())
        return usageError("export", QStringLiteral("give --xlsx OUT.xlsx and/or --csv OUT.csv"));
    std::optional<Scenario> sc = loadScenario(o.files.front());
    if (!sc)
        return kExitInvalidInput;
    const exporting::ExportData data = exporting::computeExportData(*sc);
    if (!o.xlsx.isEmpty()) {
        const StorageStatus st = exporting::writeXlsx(o.xlsx, data);
        if (!st.ok()) {
            std::fprintf(stderr, "%s\n", st.message.toUtf8().constData());
            return kExitFailure;
        }
    }
    if (!o.csv.isEmpty()) {
        const StorageStatus st = exporting::writeMonthlyCsv(o.csv, data.results.monthly);
        if (!st.ok()) {
            std::fprintf(stderr, "%s\n", st.message.toUtf8().constData());
            return kExitFailure;
        }
    }
    return kExitOk;
}

} // namespace fleetroi::cli
