#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace fp::test {

// Paths of the build being tested.
QString binDir(); // where fakeprint and fakeprint-cli are
QString cliPath();
QString guiPath();
QString sourceDir();

struct ProcessResult {
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
};

// Runs a program to completion (timeoutMs, then killed) with stdin closed.
ProcessResult runProcess(const QString &program, const QStringList &args, int timeoutMs = 120000,
                         const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

} // namespace fp::test
