#include "ui/cases/CaseBrowser.h"

#include "core/cases/CaseStore.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QMimeData>
#include <QTreeWidgetItemIterator>
#include <QUrl>

namespace fp::ui {

namespace {

QStringList localFiles(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            paths << url.toLocalFile();
    }
    return paths;
}

} // namespace

CaseBrowser::CaseBrowser(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("caseBrowser"));
    setHeaderLabels({tr("Case / evidence / analysis"), tr("Status")});
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DropOnly);
    setUniformRowHeights(true);
    connect(this, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current, QTreeWidgetItem *) { onCurrentChanged(current); });
}

void CaseBrowser::clearAll()
{
    clear();
}

QString CaseBrowser::reload(cases::CaseDatabase &db)
{
    int keepKind = 0;
    qint64 keepId = -1;
    if (QTreeWidgetItem *item = currentItem()) {
        keepKind = item->type();
        keepId = item->data(0, IdRole).toLongLong();
    }
    const QSignalBlocker blocker(this);
    clear();
    cases::CaseStore store(db);
    auto list = store.listCases();
    if (!list)
        return list.error().message;
    for (const cases::CaseInfo &c : *list) {
        auto *caseItem = new QTreeWidgetItem(this, CaseItem);
        caseItem->setText(0, c.name);
        caseItem->setText(1, tr("%n file(s)", nullptr, c.evidenceCount));
        caseItem->setToolTip(0, tr("Case %1 · analyst %2 · created %3")
                                    .arg(c.id)
                                    .arg(c.analyst.isEmpty() ? tr("unknown") : c.analyst, c.createdAtUtc));
        QFont bold = caseItem->font(0);
        bold.setBold(true);
        caseItem->setFont(0, bold);
        caseItem->setData(0, IdRole, c.id);
        caseItem->setData(0, CaseIdRole, c.id);
        auto evidence = store.evidenceOfCase(c.id);
        if (!evidence)
            return evidence.error().message;
        auto analyses = store.analysesOfCase(c.id);
        if (!analyses)
            return analyses.error().message;
        for (const cases::EvidenceInfo &e : *evidence) {
            auto *evidenceItem = new QTreeWidgetItem(caseItem, EvidenceItem);
            evidenceItem->setText(0, e.fileName);
            evidenceItem->setToolTip(0, tr("%1\nSHA-256 %2").arg(e.path, e.sha256));
            evidenceItem->setData(0, IdRole, e.id);
            evidenceItem->setData(0, CaseIdRole, c.id);
            evidenceItem->setData(0, EvidenceIdRole, e.id);
            for (const cases::AnalysisInfo &a : *analyses) {
                if (a.evidenceId != e.id)
                    continue;
                auto *analysisItem = new QTreeWidgetItem(evidenceItem, AnalysisItem);
                analysisItem->setText(
                    0, tr("Analysis %1 · %2").arg(a.id).arg(a.model.name + QLatin1Char(' ') + a.model.version));
                analysisItem->setText(1, cases::analysisStatusLabel(a.status));
                analysisItem->setToolTip(0, tr("Started %1\nDetector %2").arg(a.startedAtUtc, a.detector));
                analysisItem->setData(0, IdRole, a.id);
                analysisItem->setData(0, CaseIdRole, c.id);
                analysisItem->setData(0, EvidenceIdRole, e.id);
            }
        }
    }
    expandAll();
    if (QTreeWidgetItem *keep = findItem(keepKind, keepId))
        setCurrentItem(keep);
    return {};
}

QTreeWidgetItem *CaseBrowser::findItem(int kind, qint64 id) const
{
    QTreeWidgetItemIterator it(const_cast<CaseBrowser *>(this));
    for (; *it; ++it) {
        if ((*it)->type() == kind && (*it)->data(0, IdRole).toLongLong() == id)
            return *it;
    }
    return nullptr;
}

bool CaseBrowser::selectAnalysis(qint64 analysisId)
{
    QTreeWidgetItem *item = findItem(AnalysisItem, analysisId);
    if (!item)
        return false;
    setCurrentItem(item);
    return true;
}

qint64 CaseBrowser::currentCaseId() const
{
    const QTreeWidgetItem *item = currentItem();
    if (!item && topLevelItemCount() == 1)
        item = topLevelItem(0);
    return item ? item->data(0, CaseIdRole).toLongLong() : -1;
}

void CaseBrowser::onCurrentChanged(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const qint64 caseId = item->data(0, CaseIdRole).toLongLong();
    switch (item->type()) {
    case CaseItem: Q_EMIT caseSelected(caseId); break;
    case EvidenceItem: Q_EMIT evidenceSelected(caseId, item->data(0, IdRole).toLongLong()); break;
    case AnalysisItem: Q_EMIT analysisSelected(caseId, item->data(0, IdRole).toLongLong()); break;
    default: break;
    }
}

qint64 CaseBrowser::caseIdAt(const QPoint &pos) const
{
    if (QTreeWidgetItem *item = itemAt(pos))
        return item->data(0, CaseIdRole).toLongLong();
    return currentCaseId();
}

void CaseBrowser::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void CaseBrowser::dragMoveEvent(QDragMoveEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty() && caseIdAt(event->position().toPoint()) >= 0)
        event->acceptProposedAction();
    else
        event->ignore();
}

void CaseBrowser::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFiles(event->mimeData());
    const qint64 caseId = caseIdAt(event->position().toPoint());
    if (paths.isEmpty() || caseId < 0) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    Q_EMIT filesDropped(caseId, paths);
}

} // namespace fp::ui
