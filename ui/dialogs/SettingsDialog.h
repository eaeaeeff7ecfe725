#pragma once

#include <QDialog>
#include <QString>

#include <optional>

class QComboBox;
class QSpinBox;

namespace fp::ui {

// Application settings kept in QSettings: interface language (applied at the next start), inference device,
// CPU threads and face detector. ask() saves on OK; tests set the next answer.
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    struct Values {
        QString language; // "" = system, else a locale name such as "de"
        QString device = QStringLiteral("auto");
        int threads = 0; // 0 = all cores
        QString detector = QStringLiteral("auto");

        static Values load();
        void save() const;
    };

    static bool ask(QWidget *parent);
    static void setNextAnswer(const std::optional<Values> &answer);

    SettingsDialog(const Values &values, QWidget *parent = nullptr);
    Values values() const;

private:
    QComboBox *m_language = nullptr;
    QComboBox *m_device = nullptr;
    QSpinBox *m_threads = nullptr;
    QComboBox *m_detector = nullptr;
};

} // namespace fp::ui
