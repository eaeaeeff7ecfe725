#pragma once

#include <QDialog>

class QListWidget;
class QTextBrowser;

namespace fp::inference {
class ModelRegistry;
}

namespace fp::ui {

// Lists the installed models (bundled and user) with each model card in full: classes, input, calibration,
// decision rules, training data, metrics and limitations; cards that failed validation are listed with why.
class ModelManagerDialog : public QDialog {
    Q_OBJECT

public:
    explicit ModelManagerDialog(const inference::ModelRegistry &registry, QWidget *parent = nullptr);
    int modelCount() const;
    QString cardText() const; // the card shown now, as plain text

private:
    void showModel(int row);

    const inference::ModelRegistry &m_registry;
    QListWidget *m_list = nullptr;
    QTextBrowser *m_card = nullptr;
};

} // namespace fp::ui
