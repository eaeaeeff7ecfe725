#pragma once

#include <QTreeWidget>

namespace fp::cases {
class CaseDatabase;
}

namespace fp::ui {

// The case dock: cases -> evidence files -> analyses of that file. Video files dropped on a case (or anywhere
// when one case is current) are offered for adding as evidence. Reads through the GUI thread's connection.
class CaseBrowser : public QTreeWidget {
    Q_OBJECT

public:
    enum ItemKind { CaseItem = QTreeWidgetItem::UserType + 1, EvidenceItem, AnalysisItem };
    enum Role { IdRole = Qt::UserRole + 1, CaseIdRole, EvidenceIdRole };

    explicit CaseBrowser(QWidget *parent = nullptr);

    // Re-reads the tree; keeps the selection when the item still exists. Returns an error message or empty.
    QString reload(cases::CaseDatabase &db);
    void clearAll();
    qint64 currentCaseId() const;
    bool selectAnalysis(qint64 analysisId);
    QTreeWidgetItem *findItem(int kind, qint64 id) const;

Q_SIGNALS:
    void caseSelected(qint64 caseId);
    void evidenceSelected(qint64 caseId, qint64 evidenceId);
    void analysisSelected(qint64 caseId, qint64 analysisId);
    void filesDropped(qint64 caseId, const QStringList &paths);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    qint64 caseIdAt(const QPoint &pos) const;
    void onCurrentChanged(QTreeWidgetItem *item);
};

} // namespace fp::ui
