#include "ui/player/PlayerWidget.h"

#include "ui/common/AnalysisView.h"
#include "ui/common/Icons.h"
#include "ui/common/Timecode.h"
#include "ui/player/GradCamService.h"
#include "ui/player/PlaybackController.h"
#include "ui/player/VideoView.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace fp::ui {

PlayerWidget::PlayerWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("player"));
    m_controller = new PlaybackController(this);
    m_gradcam = new GradCamService(this);
    m_view = new VideoView(this);
    m_view->setPlaceholderText(tr("Open a case and select an analysis or an evidence file to view it."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view, 1);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("scrubSlider"));
    m_slider->setEnabled(false);
    m_slider->setTracking(true);
    layout->addWidget(m_slider);
    layout->addWidget(createTransport());
    layout->addWidget(createOverlayBar());

    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        if (!m_sliderFromFrame)
            m_controller->seek(value); // newest request wins: dragging follows the mouse
    });
    connect(m_controller, &PlaybackController::frameShown, this, &PlayerWidget::onFrame);
    connect(m_controller, &PlaybackController::opened, this, [this](const media::MediaInfo &info) {
        m_slider->setRange(0, int(qMax<qint64>(0, info.frameCount - 1)));
        m_slider->setEnabled(true);
        m_slider->setPageStep(int(qMax(1.0, info.fps)));
        Q_EMIT mediaOpened();
    });
    connect(m_controller, &PlaybackController::openFailed, this, [this](const QString &message) {
        m_view->setPlaceholderText(message);
        Q_EMIT mediaFailed(message);
    });
    connect(m_controller, &PlaybackController::speedChanged, this, [this](int speed) {
        m_play->setText(speed == 0 ? tr("Play") : tr("Pause"));
        m_play->setIcon(Icons::transport(speed == 0 ? Icons::Kind::Play : Icons::Kind::Pause));
        m_speedLabel->setText(speed == 0 ? QString() : tr("%1x").arg(speed));
        if (speed == 0)
            refreshOverlays(); // maps are computed on demand only while paused
    });
    connect(m_gradcam, &GradCamService::computed, this, [this](qint64 frameIndex) {
        if (frameIndex == m_controller->currentFrame())
            refreshOverlays();
    });
    connect(m_gradcam, &GradCamService::failed, this, [this](const QString &message) {
        m_gradcamStatus->setText(tr("Grad-CAM: error"));
        m_gradcamStatus->setToolTip(message);
    });
    connect(m_view, &VideoView::trackClicked, this, &PlayerWidget::trackClicked);
    connect(m_view, &VideoView::zoomChanged, this,
            [this](double zoom) { m_zoomLabel->setText(tr("%1%").arg(qRound(zoom * 100))); });
    updateLabels();
}

PlayerWidget::~PlayerWidget() = default;

QAction *PlayerWidget::makeAction(const QString &text, const QKeySequence &key, const QString &tip)
{
    auto *action = new QAction(text, this);
    if (!key.isEmpty()) {
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
    }
    action->setToolTip(key.isEmpty() ? tip : tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    addAction(action);
    return action;
}

QWidget *PlayerWidget::createTransport()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(6, 0, 6, 0);
    row->setSpacing(4);
    m_prevSuspicious = makeAction(tr("Previous suspicious segment"), QKeySequence(Qt::SHIFT | Qt::Key_Left),
                                  tr("Jump to the previous segment where P(fake) reaches the threshold"));
    m_prevSuspicious->setIcon(Icons::transport(Icons::Kind::SkipBack));
    m_stepBack = makeAction(tr("Previous frame"), QKeySequence(Qt::Key_Left), tr("One frame back"));
    m_stepBack->setIcon(Icons::transport(Icons::Kind::StepBack));
    m_play = makeAction(tr("Play"), QKeySequence(Qt::Key_Space), tr("Play or pause"));
    m_play->setIcon(Icons::transport(Icons::Kind::Play));
    m_stepForward = makeAction(tr("Next frame"), QKeySequence(Qt::Key_Right), tr("One frame forward"));
    m_stepForward->setIcon(Icons::transport(Icons::Kind::StepForward));
    m_nextSuspicious = makeAction(tr("Next suspicious segment"), QKeySequence(Qt::SHIFT | Qt::Key_Right),
                                  tr("Jump to the next segment where P(fake) reaches the threshold"));
    m_nextSuspicious->setIcon(Icons::transport(Icons::Kind::SkipForward));
    m_shuttleBack = makeAction(tr("Shuttle backward"), QKeySequence(Qt::Key_J), tr("Play backward, faster on repeat"));
    m_shuttlePause = makeAction(tr("Shuttle stop"), QKeySequence(Qt::Key_K), tr("Stop"));
    m_shuttleForward = makeAction(tr("Shuttle forward"), QKeySequence(Qt::Key_L), tr("Play forward, faster on repeat"));

    connect(m_play, &QAction::triggered, m_controller, &PlaybackController::togglePlay);
    connect(m_stepBack, &QAction::triggered, this, [this] { m_controller->step(-1); });
    connect(m_stepForward, &QAction::triggered, this, [this] { m_controller->step(1); });
    connect(m_shuttleBack, &QAction::triggered, m_controller, &PlaybackController::shuttleBackward);
    connect(m_shuttlePause, &QAction::triggered, m_controller, &PlaybackController::pause);
    connect(m_shuttleForward, &QAction::triggered, m_controller, &PlaybackController::shuttleForward);
    connect(m_prevSuspicious, &QAction::triggered, this, [this] { jumpSuspicious(false); });
    connect(m_nextSuspicious, &QAction::triggered, this, [this] { jumpSuspicious(true); });

    for (QAction *a : {m_prevSuspicious, m_stepBack, m_play, m_stepForward, m_nextSuspicious}) {
        auto *button = new QToolButton(bar);
        button->setDefaultAction(a);
        button->setAutoRaise(true);
        row->addWidget(button);
    }
    m_speedLabel = new QLabel(bar);
    m_speedLabel->setMinimumWidth(28);
    row->addWidget(m_speedLabel);
    m_frameLabel = new QLabel(bar);
    m_frameLabel->setObjectName(QStringLiteral("frameLabel"));
    m_timeLabel = new QLabel(bar);
    m_timeLabel->setObjectName(QStringLiteral("timeLabel"));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_frameLabel->setFont(mono);
    m_timeLabel->setFont(mono);
    row->addWidget(m_frameLabel);
    row->addSpacing(8);
    row->addWidget(m_timeLabel);
    row->addStretch(1);
    row->addWidget(new QLabel(tr("Go to:"), bar));
    m_goTo = new QLineEdit(bar);
    m_goTo->setObjectName(QStringLiteral("goTo"));
    m_goTo->setPlaceholderText(tr("frame or hh:mm:ss.mmm"));
    m_goTo->setMaximumWidth(150);
    connect(m_goTo, &QLineEdit::returnPressed, this, [this] {
        if (goTo(m_goTo->text()))
            m_goTo->clear();
    });
    row->addWidget(m_goTo);
    return bar;
}

QWidget *PlayerWidget::createOverlayBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(6, 0, 6, 4);
    row->setSpacing(6);
    m_boxes = makeAction(tr("Face boxes"), QKeySequence(Qt::Key_B), tr("Show face boxes and labels"));
    m_landmarks = makeAction(tr("Landmarks"), QKeySequence(Qt::Key_M), tr("Show facial landmarks"));
    m_heatmap = makeAction(tr("Grad-CAM"), QKeySequence(Qt::Key_H),
                           tr("Show where the model looked (stored key-frame maps, other frames computed on demand "
                              "while paused); not a map of manipulated pixels"));
    m_fit = makeAction(tr("Fit"), QKeySequence(Qt::Key_F), tr("Fit the frame to the view"));
    m_oneToOne = makeAction(tr("1:1"), QKeySequence(Qt::Key_1), tr("Native pixels, no interpolation"));
    for (QAction *a : {m_boxes, m_landmarks, m_heatmap})
        a->setCheckable(true);
    m_boxes->setChecked(true);
    m_heatmap->setChecked(true);
    connect(m_boxes, &QAction::toggled, m_view, &VideoView::setShowBoxes);
    connect(m_landmarks, &QAction::toggled, m_view, &VideoView::setShowLandmarks);
    connect(m_heatmap, &QAction::toggled, this, [this](bool on) {
        m_overlay.showHeatmaps = on;
        refreshOverlays();
    });
    connect(m_fit, &QAction::triggered, m_view, &VideoView::fitToWindow);
    connect(m_oneToOne, &QAction::triggered, m_view, &VideoView::zoomOneToOne);
    for (QAction *a : {m_boxes, m_landmarks, m_heatmap}) {
        auto *button = new QToolButton(bar);
        button->setDefaultAction(a);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        row->addWidget(button);
    }
    row->addWidget(new QLabel(tr("Class:"), bar));
    m_heatmapClass = new QComboBox(bar);
    m_heatmapClass->setObjectName(QStringLiteral("heatmapClass"));
    // Class names can be long (and longer translated); the list shows them whole, the closed box need not.
    m_heatmapClass->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_heatmapClass->setMinimumContentsLength(12);
    m_heatmapClass->addItem(tr("Attributed class"), -2);
    m_heatmapClass->addItem(tr("P(fake)"), -1);
    connect(m_heatmapClass, &QComboBox::currentIndexChanged, this, [this](int) {
        m_overlay.heatmapClass = m_heatmapClass->currentData().toInt();
        refreshOverlays();
    });
    row->addWidget(m_heatmapClass);
    row->addWidget(new QLabel(tr("Opacity:"), bar));
    m_opacity = new QSlider(Qt::Horizontal, bar);
    m_opacity->setObjectName(QStringLiteral("heatmapOpacity"));
    m_opacity->setRange(0, 100);
    m_opacity->setValue(60);
    m_opacity->setMinimumWidth(60);
    m_opacity->setMaximumWidth(110);
    connect(m_opacity, &QSlider::valueChanged, this, [this](int v) { m_view->setHeatmapOpacity(v / 100.0); });
    row->addWidget(m_opacity);
    m_gradcamStatus = new QLabel(bar);
    m_gradcamStatus->setObjectName(QStringLiteral("gradcamStatus"));
    // Takes the room that is left and never widens the window; the tooltip has the whole story.
    m_gradcamStatus->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    row->addWidget(m_gradcamStatus, 1);
    for (QAction *a : {m_fit, m_oneToOne}) {
        auto *button = new QToolButton(bar);
        button->setDefaultAction(a);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        row->addWidget(button);
    }
    m_zoomLabel = new QLabel(bar);
    m_zoomLabel->setMinimumWidth(44);
    row->addWidget(m_zoomLabel);
    return bar;
}

QList<QAction *> PlayerWidget::transportActions() const
{
    return {m_play,         m_stepBack,       m_stepForward,    m_shuttleBack,
            m_shuttlePause, m_shuttleForward, m_prevSuspicious, m_nextSuspicious};
}

QList<QAction *> PlayerWidget::viewActions() const
{
    return {m_boxes, m_landmarks, m_heatmap, m_fit, m_oneToOne};
}

void PlayerWidget::openMedia(const QString &path, std::shared_ptr<const AnalysisView> analysis, HeatmapSource heatmaps,
                             qint64 firstFrame)
{
    m_analysis = std::move(analysis);
    m_heatmaps = std::move(heatmaps);
    m_gradcam->setAnalysis(m_analysis);
    m_gradcamStatus->clear();
    m_view->setOverlays({});
    m_view->setImage({});
    m_view->setPlaceholderText(tr("Opening %1 …").arg(path));
    while (m_heatmapClass->count() > 2)
        m_heatmapClass->removeItem(2);
    if (m_analysis) {
        for (int i = 0; i < m_analysis->classLabels.size(); ++i)
            m_heatmapClass->addItem(m_analysis->classLabels.at(i), i);
    }
    const bool hasAnalysis = m_analysis != nullptr;
    m_prevSuspicious->setEnabled(hasAnalysis);
    m_nextSuspicious->setEnabled(hasAnalysis);
    m_controller->open(path, firstFrame);
}

void PlayerWidget::closeMedia()
{
    m_controller->close();
    m_analysis.reset();
    m_heatmaps = {};
    m_gradcam->setAnalysis(nullptr);
    m_gradcamStatus->clear();
    m_view->setOverlays({});
    m_view->setImage({});
    m_slider->setEnabled(false);
    m_view->setPlaceholderText(tr("Open a case and select an analysis or an evidence file to view it."));
    updateLabels();
}

void PlayerWidget::setSelectedTrack(int trackNumber)
{
    m_overlay.selectedTrack = trackNumber;
    refreshOverlays();
}

qint64 PlayerWidget::currentFrame() const
{
    return m_controller->currentFrame();
}

bool PlayerWidget::goTo(const QString &frameOrTimecode)
{
    const qint64 frame = Timecode::parse(frameOrTimecode, m_controller->info().fps);
    if (frame < 0 || frame >= m_controller->frameCount())
        return false;
    m_controller->pause();
    m_controller->seek(frame);
    return true;
}

void PlayerWidget::setHeatmapOpacity(int percent)
{
    m_opacity->setValue(percent);
}

void PlayerWidget::setHeatmapClass(int classChoice)
{
    const int index = m_heatmapClass->findData(classChoice);
    if (index >= 0)
        m_heatmapClass->setCurrentIndex(index);
}

void PlayerWidget::onFrame(const media::Frame &frame)
{
    m_view->setImage(frame.image);
    m_sliderFromFrame = true;
    if (!m_slider->isSliderDown())
        m_slider->setValue(int(frame.index));
    m_sliderFromFrame = false;
    refreshOverlays();
    updateLabels();
    Q_EMIT frameChanged(frame.index);
}

void PlayerWidget::refreshOverlays()
{
    const qint64 frame = m_controller->currentFrame();
    if (!m_analysis || frame < 0) {
        m_view->setOverlays({});
        return;
    }
    QVector<cases::HeatmapRecord> heatmaps;
    if (m_overlay.showHeatmaps) {
        if (m_heatmaps)
            heatmaps = m_heatmaps(frame);
        const qsizetype stored = heatmaps.size();
        heatmaps += m_gradcam->cached(frame);
        const qsizetype computed = heatmaps.size() - stored;
        QVector<GradCamService::Face> missing;
        for (const TrackView &t : m_analysis->tracks) {
            const cases::DetectionRecord *d = t.detectionAt(frame);
            if (!d)
                continue;
            const int wanted = OverlayBuilder::heatmapClassFor(*m_analysis, t, m_overlay);
            const bool have = std::any_of(heatmaps.begin(), heatmaps.end(), [&](const cases::HeatmapRecord &h) {
                return h.trackNumber == t.record.trackNumber && h.classIndex == wanted;
            });
            if (!have)
                missing.append(GradCamService::Face{t.record.trackNumber, wanted, d->box});
        }
        const QString unavailable = m_gradcam->unavailableReason();
        const bool canCompute =
            unavailable.isEmpty() && !m_controller->isPlaying() && m_controller->frame().index == frame;
        if (!missing.isEmpty() && canCompute)
            m_gradcam->request(frame, m_controller->frame().image, missing);
        QString status;
        if (!missing.isEmpty())
            status = canCompute
                         ? tr("Grad-CAM: computing…")
                         : (unavailable.isEmpty() ? tr("Grad-CAM: paused frames only") : tr("Grad-CAM: stored only"));
        else if (computed > 0 && stored > 0)
            status = tr("Grad-CAM: stored key frame + computed on demand");
        else if (computed > 0)
            status = tr("Grad-CAM: computed on demand");
        else if (stored > 0)
            status = tr("Grad-CAM: stored key frame");
        m_gradcamStatus->setText(status);
        m_gradcamStatus->setToolTip(unavailable.isEmpty()
                                        ? tr("Maps from model %1; they show where the model looked, not which pixels "
                                             "are manipulated.")
                                              .arg(m_gradcam->modelName())
                                        : unavailable);
    } else {
        m_gradcamStatus->clear();
    }
    m_view->setOverlays(OverlayBuilder::build(*m_analysis, frame, heatmaps, m_overlay));
}

void PlayerWidget::updateLabels()
{
    const media::MediaInfo &info = m_controller->info();
    const qint64 frame = m_controller->currentFrame();
    if (frame < 0) {
        m_frameLabel->setText(tr("Frame –"));
        m_timeLabel->setText(QString());
        return;
    }
    m_frameLabel->setText(tr("Frame %1 / %2").arg(frame).arg(qMax<qint64>(0, info.frameCount - 1)));
    const double seconds = info.timeBase.isValid() ? double(m_controller->frame().pts) * info.timeBase.toDouble()
                                                   : (info.fps > 0 ? frame / info.fps : 0.0);
    m_timeLabel->setText(Timecode::fromSeconds(seconds));
}

void PlayerWidget::jumpSuspicious(bool forward)
{
    if (!m_analysis)
        return;
    const qint64 frame = m_controller->currentFrame();
    const qint64 target = forward ? m_analysis->nextSuspicious(frame) : m_analysis->previousSuspicious(frame);
    if (target < 0)
        return;
    m_controller->pause();
    m_controller->seek(target);
}

} // namespace fp::ui
