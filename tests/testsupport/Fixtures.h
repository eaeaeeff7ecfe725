#pragma once

#include <QString>
#include <QStringList>

namespace fp::test {

// Fixture generators. Videos are made by the ffmpeg command-line tool (installed by packaging/setup-debian.sh)
// from its built-in test sources, so every fixture is small, generated at test time and reproducible.
bool haveFfmpeg();

struct VideoSpec {
    int width = 320;
    int height = 240;
    int frames = 48;
    QString rate = QStringLiteral("24");
    QString codec = QStringLiteral("libx264");   // any ffmpeg encoder name
    QString container = QStringLiteral("mp4");   // file extension
    QString source = QStringLiteral("testsrc2"); // lavfi source
    QStringList extraArgs;                       // e.g. {"-g", "250", "-bf", "3"}
};

// Writes the video to dir/name.<container>; returns its path or an empty string (message in *error).
QString makeVideo(const QString &dir, const QString &name, const VideoSpec &spec, QString *error = nullptr);

// Writes size bytes of deterministic pseudo-random data.
QString makeFile(const QString &dir, const QString &name, const QByteArray &content);

} // namespace fp::test
