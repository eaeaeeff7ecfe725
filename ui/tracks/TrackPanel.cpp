#include "ui/tracks/TrackPanel.h"

#include "ui/common/AnalysisView.h"
#include "ui/common/Timecode.h"
#include "ui/common/VerdictStyle.h"
#include "ui/tracks/ProbabilityBars.h"

#include <QEvent>
#include <QIcon>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QVBoxLayout>

namespace fp::ui {

namespace {
constexpr int kThumbnails = 12;
}

TrackPanel::TrackPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("trackPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary = new QLabel(tr("No analysis open."), this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("trackList"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setSpacing(2);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->viewport()->installEventFilter(this);
    layout->addWidget(m_list, 1);
    m_stripTitle = new QLabel(this);
    m_stripTitle->setObjectName(QStringLiteral("sectionTitle"));
    layout->addWidget(m_stripTitle);
    m_strip = new QListWidget(this);
    m_strip->setObjectName(QStringLiteral("thumbnailStrip"));
    m_strip->setViewMode(QListView::IconMode);
    m_strip->setFlow(QListView::LeftToRight);
    m_strip->setWrapping(false);
    m_strip->setIconSize(QSize(64, 64));
    m_strip->setFixedHeight(100);
    m_strip->setMovement(QListView::Static);
    layout->addWidget(m_strip);
    m_loader = new ThumbnailLoader(this);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_analysis || row < 0 || row >= m_analysis->tracks.size())
            return;
        const int number = m_analysis->tracks.at(row).record.trackNumber;
        if (number == m_selected)
            return;
        m_selected = number;
        loadThumbnails();
        Q_EMIT trackSelected(number);
    });
    connect(m_strip, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { Q_EMIT seekRequested(item->data(Qt::UserRole).toLongLong()); });
    connect(m_loader, &ThumbnailLoader::loaded, this, [this](const QVector<FaceThumbnail> &thumbnails) {
        m_strip->clear();
        for (const FaceThumbnail &t : thumbnails) {
            auto *item = new QListWidgetItem(QIcon(QPixmap::fromImage(t.image)), tr("%1").arg(t.frameIndex));
            item->setData(Qt::UserRole, t.frameIndex);
            item->setToolTip(tr("Frame %1: click to go there").arg(t.frameIndex));
            m_strip->addItem(item);
        }
        Q_EMIT thumbnailsLoaded();
    });
    connect(m_loader, &ThumbnailLoader::failed, this,
            [this](const QString &message) { m_stripTitle->setText(tr("Thumbnails: %1").arg(message)); });
}

int TrackPanel::trackCount() const
{
    return m_list->count();
}

int TrackPanel::thumbnailCount() const
{
    return m_strip->count();
}

void TrackPanel::setAnalysis(std::shared_ptr<const AnalysisView> analysis)
{
    m_analysis = std::move(analysis);
    m_selected = -1;
    m_list->clear();
    m_strip->clear();
    m_stripTitle->clear();
    if (!m_analysis) {
        m_summary->setText(tr("No analysis open."));
        return;
    }
    int counts[5] = {0, 0, 0, 0, 0};
    const QStringList verdicts = {QStringLiteral("real"), QStringLiteral("manipulated"),
                                  QStringLiteral("unknown_method"), QStringLiteral("inconclusive"),
                                  QStringLiteral("pending")};
    for (const TrackView &t : m_analysis->tracks)
        ++counts[qMax(0, int(verdicts.indexOf(t.record.verdict)))];
    QStringList parts;
    for (int i = 0; i < verdicts.size(); ++i) {
        if (counts[i] > 0)
            parts << tr("%1 %2").arg(counts[i]).arg(VerdictStyle::displayName(verdicts.at(i)).toLower());
    }
    const QString counted =
        m_analysis->tracks.isEmpty()
            ? tr("No face was found in the analysed frames.")
            : tr("%n face track(s): %1", nullptr, int(m_analysis->tracks.size())).arg(parts.join(QStringLiteral(", ")));
    // Every model-derived statement names the model, its hash and the settings, and says how it was trained.
    const cases::ModelIdentity &model = m_analysis->analysis.model;
    const QJsonObject settings = m_analysis->analysis.settings;
    QString provenance = tr("Model %1 %2 (sha256 %3…), frame stride %4, detection every %5 frames.")
                             .arg(model.name, model.version, model.sha256.left(12))
                             .arg(settings.value(QStringLiteral("frame_stride")).toInt(1))
                             .arg(settings.value(QStringLiteral("detection_interval")).toInt(1));
    if (model.card.value(QStringLiteral("training")).toObject().value(QStringLiteral("synthetic")).toBool())
        provenance += QLatin1Char(' ') + tr("Trained on synthetic manipulations only: a lead to check, not proof.");
    if (!settings.value(QStringLiteral("model_bundled")).toBool(true))
        provenance += QLatin1Char(' ') + tr("Unverified model (not bundled).");
    m_summary->setWordWrap(true);
    m_summary->setText(counted + QLatin1Char('\n') + provenance);
    for (int row = 0; row < m_analysis->tracks.size(); ++row) {
        auto *item = new QListWidgetItem(m_list);
        QWidget *card = makeCard(row);
        m_list->setItemWidget(item, card);
    }
    fitCards();
}

void TrackPanel::fitCards()
{
    const int width = std::max(120, m_list->viewport()->width() - 2 * m_list->spacing());
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        QWidget *card = m_list->itemWidget(item);
        if (!card)
            continue;
        card->setFixedWidth(width);
        const int height = card->layout()->hasHeightForWidth() ? card->layout()->totalHeightForWidth(width)
                                                               : card->sizeHint().height();
        item->setSizeHint(QSize(width, height));
    }
}

bool TrackPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list->viewport() && event->type() == QEvent::Resize)
        fitCards();
    return QWidget::eventFilter(watched, event);
}

QWidget *TrackPanel::makeCard(int row)
{
    const TrackView &t = m_analysis->tracks.at(row);
    const cases::TrackRecord &r = t.record;
    auto *card = new QWidget;
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(8, 5, 8, 6);
    layout->setSpacing(2);
    const QColor color = VerdictStyle::color(r.verdict);
    auto *title = new QLabel(card);
    QString confidence = r.confidence >= 0 ? tr(" · confidence %1%").arg(qRound(r.confidence * 100)) : QString();
    title->setText(QStringLiteral("<span style='color:%1'>&#9632;</span> <b>%2</b><br>%3%4")
                       .arg(color.name(), tr("Track %1").arg(r.trackNumber).toHtmlEscaped(),
                            VerdictStyle::describe(r.verdict, r.label).toHtmlEscaped(), confidence.toHtmlEscaped()));
    title->setWordWrap(true);
    layout->addWidget(title);
    const qint64 covered = qint64(t.detections.size());
    const qint64 span = r.lastFrame - r.firstFrame + 1;
    auto *frames = new QLabel(card);
    frames->setText(tr("Frames %1–%2 (%3 – %4) · face seen on %5 of %6 frames")
                        .arg(r.firstFrame)
                        .arg(r.lastFrame)
                        .arg(Timecode::fromSeconds(m_analysis->secondsAt(r.firstFrame)))
                        .arg(Timecode::fromSeconds(m_analysis->secondsAt(r.lastFrame)))
                        .arg(covered)
                        .arg(span));
    frames->setWordWrap(true);
    layout->addWidget(frames);
    if (r.pFake >= 0) {
        auto *pfake = new QLabel(
            tr("Track P(fake) %1 · %n scored frame(s)", nullptr, int(t.scores.size())).arg(r.pFake, 0, 'f', 2), card);
        layout->addWidget(pfake);
    }
    QStringList labels;
    QVector<double> values;
    // In the model's class order, named by the card's labels (the probabilities are stored by class key).
    for (int c = 0; c < m_analysis->classKeys.size(); ++c) {
        const QString key = m_analysis->classKeys.at(c);
        if (r.classProbabilities.contains(key)) {
            labels << m_analysis->classLabels.at(c);
            values << r.classProbabilities.value(key).toDouble();
        }
    }
    if (labels.isEmpty()) {
        for (auto it = r.classProbabilities.begin(); it != r.classProbabilities.end(); ++it) {
            labels << it.key();
            values << it.value().toDouble();
        }
    }
    if (!values.isEmpty()) {
        auto *bars = new ProbabilityBars(card);
        bars->setValues(labels, values);
        layout->addWidget(bars);
    }
    return card;
}

void TrackPanel::setSelectedTrack(int trackNumber)
{
    if (!m_analysis)
        return;
    for (int row = 0; row < m_analysis->tracks.size(); ++row) {
        if (m_analysis->tracks.at(row).record.trackNumber == trackNumber) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

void TrackPanel::loadThumbnails()
{
    m_strip->clear();
    const TrackView *t = m_analysis ? m_analysis->track(m_selected) : nullptr;
    if (!t || t->detections.isEmpty()) {
        m_stripTitle->clear();
        return;
    }
    ThumbnailLoader::Request request;
    request.videoPath = m_analysis->evidence.path;
    const int n = int(t->detections.size());
    const int count = qMin(kThumbnails, n);
    for (int i = 0; i < count; ++i) {
        const auto &d = t->detections.at(count == 1 ? 0 : int(qint64(i) * (n - 1) / (count - 1)));
        request.frames << d.frameIndex;
        request.boxes << d.box;
    }
    m_stripTitle->setText(tr("Faces of track %1").arg(m_selected));
    m_loader->load(request);
}

} // namespace fp::ui
