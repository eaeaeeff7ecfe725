#pragma once

#include "core/common/Error.h"

#include <QJsonDocument>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace fp::cli {

// Exit codes shared by every subcommand (documented in --help and README).
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,     // the operation failed (reason on stderr)
    ExitUsage = 2,       // bad command line
    ExitBadInput = 3,    // input file unreadable, not a video, corrupt, unsupported
    ExitModel = 4,       // model missing, invalid or tampered
    ExitDatabase = 5,    // case database error
    ExitIntegrity = 6,   // evidence hash mismatch or audit chain broken
    ExitCancelled = 130, // interrupted by the user
};

// What a subcommand gets: its own arguments (argv[0] is "fakeprint-cli <name>") and the two streams.
// Human text and progress go to err; --json output is one document on out.
struct CliContext {
    QStringList arguments;
    QTextStream &out;
    QTextStream &err;

    int fail(int code, const QString &reason) const; // prints "fakeprint-cli: <reason>" and returns code
    void printJson(const QJsonDocument &doc) const;
};

// The exit code that matches a core error (see ExitCode).
int exitCodeFor(const Error &error);

using CommandFunction = int (*)(CliContext &);

struct CommandSpec {
    const char *name;
    const char *summary; // translated with QCoreApplication::translate("cli", summary)
    CommandFunction run;
};

} // namespace fp::cli
