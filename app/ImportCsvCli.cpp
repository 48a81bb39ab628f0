// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCsvCli.h"

#include "AtomicFileWriter.h"
#include "ScenarioInput.h"
#include "export/CsvImport.h"
#include "scenario/ScenarioReader.h"
#include "scenario/ScenarioWriter.h"

#include <QFile>

#include <cstdio>
#include <optional>
#include <string>

namespace fleetroi::cli {

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitInvalidInput = 2;
constexpr qint64 kMaxCsvBytes = 16 * 1024 * 1024; // as for scenario files

int usageError(const QString &message)
{
    std::fprintf(stderr, "fleetroi import-csv: %s\n", message.toUtf8().constData());
    std::fprintf(stderr, "Try 'fleetroi --help'.\n");
    return kExitFailure;
}

// "," ";" "tab" "\t" or the character itself; null QChar when not allowed.
QChar separatorArgument(const QString &value, bool decimal)
{
    if (!decimal && (value == QLatin1String("tab") || value == QLatin1String("\\t") ||
                     value == QLatin1String("\t")))
        return QLatin1Char('\t');
    if (value.size() != 1)
        return {};
    const QChar c = value[0];
    if (decimal)
        return c == QLatin1Char('.') || c == QLatin1Char(',') ? c : QChar();
    return c == QLatin1Char(',') || c == QLatin1Char(';') ? c : QChar();
}

void printLine(const QString &text)
{
    const QByteArray b = text.toUtf8();
    std::fprintf(stderr, "%s\n", b.constData());
}

} // namespace

int runImportCsv(const QStringList &args)
{
    QStringList positional;
    std::optional<QString> purchases, demand, output, delimiter, decimal, encoding;
    bool skipBadRows = false;
    for (int i = 1; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == QLatin1String("--skip-bad-rows")) {
            skipBadRows = true;
            continue;
        }
        if (!arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-")) {
            positional << arg;
            continue;
        }
        QString name = arg, value;
        bool hasValue = false;
        if (const qsizetype eq = arg.indexOf(QLatin1Char('='));
            eq > 0 && arg.startsWith(QLatin1String("--"))) {
            name = arg.left(eq);
            value = arg.mid(eq + 1);
            hasValue = true;
        }
        std::optional<QString> *target = nullptr;
        if (name == QLatin1String("--purchases"))
            target = &purchases;
        else if (name == QLatin1String("--demand"))
            target = &demand;
        else if (name == QLatin1String("-o") || name == QLatin1String("--output"))
            target = &output;
        else if (name == QLatin1String("--delimiter"))
            target = &delimiter;
        else if (name == QLatin1String("--decimal"))
            target = &decimal;
        else if (name == QLatin1String("--encoding"))
            target = &encoding;
        else
            return usageError(QStringLiteral("unknown option '%1'").arg(name));
        if (!hasValue) {
            if (i + 1 >= args.size())
                return usageError(QStringLiteral("option '%1' needs a value").arg(name));
            value = args[++i];
        }
        if (value.isEmpty())
            return usageError(QStringLiteral("option '%1' needs a value").arg(name));
        *target = value;
    }
    if (positional.size() != 1)
        return usageError(QStringLiteral("expects exactly one SCENARIO file"));
    if (bool(purchases) == bool(demand))
        return usageError(
            QStringLiteral("expects one of --purchases FILE.csv or --demand FILE.csv"));
    if (!output)
        return usageError(QStringLiteral("expects -o OUT.fleetroi.json"));
    exporting::CsvOptions options;
    if (delimiter) {
        options.delimiter = separatorArgument(*delimiter, false);
        if (options.delimiter.isNull())
            return usageError(
                QStringLiteral("--delimiter must be ',', ';' or tab, got '%1'").arg(*delimiter));
    }
    if (decimal) {
        options.decimal = separatorArgument(*decimal, true);
        if (options.decimal.isNull())
            return usageError(
                QStringLiteral("--decimal must be '.' or ',', got '%1'").arg(*decimal));
    }
    exporting::CsvEncoding csvEncoding = exporting::CsvEncoding::Auto;
    if (encoding && !exporting::csvEncodingFromName(*encoding, &csvEncoding))
        return usageError(QStringLiteral("--encoding must be utf-8, utf-16le, utf-16be, "
                                         "windows-1252 or latin-1, got '%1'")
                              .arg(*encoding));

    std::optional<Scenario> scenario = loadScenario(positional.front());
    if (!scenario)
        return kExitInvalidInput;

    const QString csvPath = purchases ? *purchases : *demand;
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly)) {
        printLine(QStringLiteral("%1: cannot read: %2").arg(csvPath, file.errorString()));
        return kExitInvalidInput;
    }
    if (file.size() > kMaxCsvBytes) {
        printLine(QStringLiteral("%1: larger than 16 MiB").arg(csvPath));
        return kExitInvalidInput;
    }
    const exporting::CsvDecoded decoded = exporting::decodeCsvBytes(file.readAll(), csvEncoding);
    if (!decoded.ok) {
        printLine(QStringLiteral("%1: %2 (use --encoding)").arg(csvPath, decoded.problem));
        return kExitInvalidInput;
    }

    std::vector<exporting::CsvRejectedRow> rejected;
    QString problem;
    std::size_t accepted = 0;
    if (purchases) {
        const exporting::PurchaseImport r =
            exporting::parsePurchaseCsv(decoded.text, *scenario, options);
        rejected = r.rejected;
        problem = r.problem;
        accepted = r.purchases.size();
        scenario->purchases.insert(scenario->purchases.end(), r.purchases.begin(),
                                   r.purchases.end());
    } else {
        const exporting::DemandImport r =
            exporting::parseDemandCsv(decoded.text, *scenario, options);
        rejected = r.rejected;
        accepted = r.lines.size();
        if (!r.complete()) {
            problem = r.problem;
        } else {
            scenario->internalDemand.isSeries = true;
            scenario->internalDemand.series = r.series;
        }
    }
    for (const exporting::CsvRejectedRow &row : rejected)
        printLine(QStringLiteral("%1:%2: %3").arg(csvPath).arg(row.line).arg(row.reason));
    if (!problem.isEmpty()) {
        printLine(QStringLiteral("%1: %2").arg(csvPath, problem));
        return kExitInvalidInput;
    }
    if (!rejected.empty() && !skipBadRows) {
        printLine(QStringLiteral("%1: %2 row(s) rejected; nothing written (--skip-bad-rows "
                                 "imports the others)")
                      .arg(csvPath)
                      .arg(rejected.size()));
        return kExitInvalidInput;
    }
    if (accepted == 0 && purchases) {
        printLine(QStringLiteral("%1: no rows to import").arg(csvPath));
        return kExitInvalidInput;
    }
    // The result must still be a valid scenario (e.g. at most 10,000 purchases).
    const std::vector<ValidationError> errors = validateScenario(*scenario);
    if (!errors.empty()) {
        for (const ValidationError &e : errors)
            printLine(
                QStringLiteral("%1: %2").arg(*output, QString::fromStdString(formatError(e))));
        return kExitInvalidInput;
    }
    const std::string bytes = writeScenario(*scenario);
    const StorageStatus written =
        AtomicFileWriter::writeFile(*output, QByteArray(bytes.data(), qsizetype(bytes.size())));
    if (!written.ok()) {
        printLine(QStringLiteral("%1: %2").arg(*output, written.message));
        return kExitFailure;
    }
    const std::string skipped = rejected.empty()
                                    ? std::string()
                                    : ", " + std::to_string(rejected.size()) + " row(s) skipped";
    std::printf("%s: %zu %s imported from %s%s\n", output->toUtf8().constData(), accepted,
                purchases ? "purchase(s)" : "month(s) of demand", csvPath.toUtf8().constData(),
                skipped.c_str());
    return kExitOk;
}

} // namespace fleetroi::cli
