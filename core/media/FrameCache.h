#pragma once

#include "core/media/Frame.h"

#include <QHash>
#include <QMutex>

#include <list>
#include <optional>

namespace fp::media {

// Least-recently-used cache of decoded frames keyed by frame index, bounded by the bytes of their pictures.
// Thread-safe: the FrameServer's worker inserts while the GUI thread looks up.
class FrameCache {
public:
    explicit FrameCache(qint64 capacityBytes = qint64(256) << 20);

    std::optional<Frame> find(qint64 index); // marks the frame as recently used
    bool contains(qint64 index) const;
    void insert(const Frame &frame);
    void clear();

    qint64 sizeBytes() const;
    int count() const;
    qint64 capacityBytes() const { return m_capacityBytes; }

private:
    using Order = std::list<qint64>; // most recently used first
    struct Slot {
        Frame frame;
        Order::iterator position;
    };
    void evictLocked();

    const qint64 m_capacityBytes;
    mutable QMutex m_mutex;
    QHash<qint64, Slot> m_slots;
    Order m_order;
    qint64 m_sizeBytes = 0;
};

} // namespace fp::media
