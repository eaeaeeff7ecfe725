#include "core/media/FrameCache.h"

namespace fp::media {

FrameCache::FrameCache(qint64 capacityBytes) : m_capacityBytes(capacityBytes)
{
}

std::optional<Frame> FrameCache::find(qint64 index)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_slots.find(index);
    if (it == m_slots.end())
        return std::nullopt;
    m_order.splice(m_order.begin(), m_order, it->position);
    return it->frame;
}

bool FrameCache::contains(qint64 index) const
{
    QMutexLocker lock(&m_mutex);
    return m_slots.contains(index);
}

void FrameCache::insert(const Frame &frame)
{
    if (!frame.isValid())
        return;
    QMutexLocker lock(&m_mutex);
    auto it = m_slots.find(frame.index);
    if (it != m_slots.end()) {
        m_order.splice(m_order.begin(), m_order, it->position);
        return;
    }
    m_order.push_front(frame.index);
    m_slots.insert(frame.index, Slot{frame, m_order.begin()});
    m_sizeBytes += frame.image.sizeInBytes();
    evictLocked();
}

void FrameCache::evictLocked()
{
    // Keep at least the newest frame even when one picture exceeds the budget.
    while (m_sizeBytes > m_capacityBytes && m_order.size() > 1) {
        const qint64 victim = m_order.back();
        m_order.pop_back();
        m_sizeBytes -= m_slots.value(victim).frame.image.sizeInBytes();
        m_slots.remove(victim);
    }
}

void FrameCache::clear()
{
    QMutexLocker lock(&m_mutex);
    m_slots.clear();
    m_order.clear();
    m_sizeBytes = 0;
}

qint64 FrameCache::sizeBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_sizeBytes;
}

int FrameCache::count() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_slots.size());
}

} // namespace fp::media
