#pragma once

#include "ui/tracks/ThumbnailLoader.h"

#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;

namespace fp::ui {

class AnalysisView;

// The track dock: one card per face track (verdict, confidence, frames covered, class probability bars) and a
// strip of face thumbnails of the selected track. Selecting a card selects the track everywhere; a thumbnail
// seeks to its frame.
class TrackPanel : public QWidget {
    Q_OBJECT

public:
    explicit TrackPanel(QWidget *parent = nullptr);

    void setAnalysis(std::shared_ptr<const AnalysisView> analysis);
    void setSelectedTrack(int trackNumber);
    int selectedTrack() const { return m_selected; }
    int trackCount() const;
    int thumbnailCount() const;

Q_SIGNALS:
    void trackSelected(int trackNumber);
    void seekRequested(qint64 frameIndex);
    void thumbnailsLoaded();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *makeCard(int row);
    void fitCards(); // cards as wide as the list, as tall as their wrapped text needs
    void loadThumbnails();

    QLabel *m_summary = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_stripTitle = nullptr;
    QListWidget *m_strip = nullptr;
    ThumbnailLoader *m_loader = nullptr;
    std::shared_ptr<const AnalysisView> m_analysis;
    int m_selected = -1;
};

} // namespace fp::ui
