#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace fp::analysis {

// A FIFO with a capacity, shared by one producer stage and one consumer stage. push() blocks while the queue is
// full, pop() while it is empty. close() ends the stream: pop() drains what is left, then returns nullopt.
// abort() (cancel or a failure elsewhere) wakes everybody at once and drops what is queued. Any thread may call any
// member; the queue's capacity is what keeps memory flat however long the video is.
template<typename T> class BoundedQueue {
public:
    explicit BoundedQueue(size_t capacity) : m_capacity(capacity ? capacity : 1) {}

    // False when the queue was aborted (the item is dropped).
    bool push(T item)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_aborted || m_items.size() < m_capacity; });
        if (m_aborted)
            return false;
        m_items.push_back(std::move(item));
        m_notEmpty.notify_one();
        return true;
    }

    std::optional<T> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return m_aborted || m_closed || !m_items.empty(); });
        if (m_aborted || m_items.empty())
            return std::nullopt;
        T item = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.notify_one();
        return item;
    }

    // Like pop() but returns nullopt at once when nothing is queued (the stream may go on).
    std::optional<T> tryPop()
    {
        std::unique_lock lock(m_mutex);
        if (m_aborted || m_items.empty())
            return std::nullopt;
        T item = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.notify_one();
        return item;
    }

    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_notEmpty.notify_all();
    }

    void abort()
    {
        std::lock_guard lock(m_mutex);
        m_aborted = true;
        m_items.clear();
        m_notEmpty.notify_all();
        m_notFull.notify_all();
    }

    bool closedAndEmpty() const
    {
        std::lock_guard lock(m_mutex);
        return m_aborted || (m_closed && m_items.empty());
    }

    size_t size() const
    {
        std::lock_guard lock(m_mutex);
        return m_items.size();
    }

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_notEmpty;
    std::condition_variable m_notFull;
    std::deque<T> m_items;
    size_t m_capacity;
    bool m_closed = false;
    bool m_aborted = false;
};

} // namespace fp::analysis
