#pragma once

#include "core/lab/train/Trainer.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QTextStream>

#include <vector>

namespace fp::labapp {

// The training options shared by 'train' and 'eval --grid': added to a parser, then read into TrainParams.
class TrainOptions {
public:
    void addTo(QCommandLineParser &parser);
    // Fills params from the parsed options; a bad value returns false with the reason in *error.
    bool read(const QCommandLineParser &parser, fp::lab::TrainParams &params, QString *error) const;

    // Prints one progress line (phase, epoch, step, loss, ETA) to err, overwriting the previous one.
    static void printProgress(QTextStream &err, const fp::lab::TrainProgress &p);

private:
    std::vector<QCommandLineOption> m_options;
    const QCommandLineOption *find(const char *name) const;
};

// The command line as one string ("fakeprint-lab train --data ..."), quoted where needed, for the card.
QString commandLine(const QStringList &arguments);

} // namespace fp::labapp
