#pragma once

#include "core/cases/CaseTypes.h"
#include "core/media/Frame.h"
#include "ui/player/OverlayBuilder.h"

#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSlider;
class QToolButton;

namespace fp::ui {

class AnalysisView;
class GradCamService;
class PlaybackController;
class VideoView;

// The central video area: the view, a scrub slider that follows the mouse, transport (play, steps, J/K/L,
// suspicious segments, go to frame or timecode) and overlay controls (boxes, landmarks, Grad-CAM class and
// opacity). Owns the playback of the open evidence file.
class PlayerWidget : public QWidget {
    Q_OBJECT

public:
    using HeatmapSource = std::function<QVector<cases::HeatmapRecord>(qint64 frameIndex)>;

    explicit PlayerWidget(QWidget *parent = nullptr);
    ~PlayerWidget() override;

    PlaybackController *controller() const { return m_controller; }
    GradCamService *gradcam() const { return m_gradcam; }
    VideoView *view() const { return m_view; }
    // Transport and overlay actions, with their shortcuts, for the window's menus.
    QList<QAction *> transportActions() const;
    QList<QAction *> viewActions() const;

    // Opens the file (asynchronously); analysis may be null (no overlays).
    void openMedia(const QString &path, std::shared_ptr<const AnalysisView> analysis, HeatmapSource heatmaps,
                   qint64 firstFrame = 0);
    void closeMedia();
    void setSelectedTrack(int trackNumber);
    int selectedTrack() const { return m_overlay.selectedTrack; }
    qint64 currentFrame() const;
    bool goTo(const QString &frameOrTimecode);

    QAction *boxesAction() const { return m_boxes; }
    QAction *landmarksAction() const { return m_landmarks; }
    QAction *heatmapAction() const { return m_heatmap; }
    void setHeatmapOpacity(int percent);
    void setHeatmapClass(int classChoice); // see OverlayOptions::heatmapClass

Q_SIGNALS:
    void frameChanged(qint64 frameIndex);
    void trackClicked(int trackNumber);
    void mediaOpened();
    void mediaFailed(const QString &message);

private:
    QWidget *createTransport();
    QWidget *createOverlayBar();
    QAction *makeAction(const QString &text, const QKeySequence &key, const QString &tip);
    void onFrame(const media::Frame &frame);
    void refreshOverlays();
    void updateLabels();
    void jumpSuspicious(bool forward);

    PlaybackController *m_controller = nullptr;
    GradCamService *m_gradcam = nullptr;
    QLabel *m_gradcamStatus = nullptr;
    VideoView *m_view = nullptr;
    QSlider *m_slider = nullptr;
    QLabel *m_frameLabel = nullptr;
    QLabel *m_timeLabel = nullptr;
    QLabel *m_speedLabel = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QLineEdit *m_goTo = nullptr;
    QComboBox *m_heatmapClass = nullptr;
    QSlider *m_opacity = nullptr;
    QAction *m_play = nullptr;
    QAction *m_stepBack = nullptr;
    QAction *m_stepForward = nullptr;
    QAction *m_shuttleBack = nullptr;
    QAction *m_shuttlePause = nullptr;
    QAction *m_shuttleForward = nullptr;
    QAction *m_prevSuspicious = nullptr;
    QAction *m_nextSuspicious = nullptr;
    QAction *m_boxes = nullptr;
    QAction *m_landmarks = nullptr;
    QAction *m_heatmap = nullptr;
    QAction *m_fit = nullptr;
    QAction *m_oneToOne = nullptr;
    std::shared_ptr<const AnalysisView> m_analysis;
    HeatmapSource m_heatmaps;
    OverlayOptions m_overlay;
    bool m_sliderFromFrame = false;
};

} // namespace fp::ui
