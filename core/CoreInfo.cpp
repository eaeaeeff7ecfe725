#include "core/CoreInfo.h"

#include "core/common/Version.h"

#include <QStringList>
#include <QtGlobal>

namespace fp {

QString CoreInfo::libraryVersions()
{
    QStringList parts;
    parts << QStringLiteral("Fakeprint %1").arg(QString::fromLatin1(kVersion));
    parts << QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion()));
    return parts.join(QStringLiteral(", "));
}

} // namespace fp
