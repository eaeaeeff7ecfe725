#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace fp::fuzz {

// A private scratch directory for this process (created once, removed at exit).
QString scratchDir();

// Writes the bytes to scratchDir()/name and returns its path.
QString writeScratch(const QString &name, const uint8_t *data, size_t size);
QString writeScratch(const QString &name, const QByteArray &bytes);

// Qt needs a QCoreApplication for translations and file engines; made once.
void ensureApplication();

} // namespace fp::fuzz
