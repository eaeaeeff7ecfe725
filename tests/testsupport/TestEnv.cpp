#include "tests/testsupport/TestEnv.h"

namespace fp::test {

QString binDir()
{
    return QStringLiteral(FAKEPRINT_TEST_BIN_DIR);
}

QString cliPath()
{
    return binDir() + QStringLiteral("/fakeprint-cli");
}

QString guiPath()
{
    return binDir() + QStringLiteral("/fakeprint");
}

QString sourceDir()
{
    return QStringLiteral(FAKEPRINT_TEST_SOURCE_DIR);
}

ProcessResult runProcess(const QString &program, const QStringList &args, int timeoutMs, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, args);
    ProcessResult result;
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.crashed = true;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitCode();
    if (process.exitStatus() == QProcess::CrashExit)
        result.crashed = true;
    return result;
}

} // namespace fp::test
