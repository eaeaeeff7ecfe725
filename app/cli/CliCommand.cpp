#include "app/cli/CliCommand.h"

namespace fp::cli {

int CliContext::fail(int code, const QString &reason) const
{
    err << "fakeprint-cli: " << reason << Qt::endl;
    return code;
}

void CliContext::printJson(const QJsonDocument &doc) const
{
    out << doc.toJson(QJsonDocument::Indented);
    out.flush();
}

} // namespace fp::cli
