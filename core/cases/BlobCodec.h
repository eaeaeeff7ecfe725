#pragma once

#include <QByteArray>
#include <QPointF>
#include <QVector>

namespace fp::cases {

// Compact BLOB encodings for per-frame arrays: little-endian IEEE float32, no header. Points are (x, y) pairs.
// An empty vector encodes to an empty array, stored as NULL by the writers. Decoders return an empty vector
// for a blob whose size is not a whole number of elements.
class BlobCodec {
public:
    static QByteArray encodeFloats(const QVector<float> &values);
    static QVector<float> decodeFloats(const QByteArray &blob);
    static QByteArray encodePoints(const QVector<QPointF> &points);
    static QVector<QPointF> decodePoints(const QByteArray &blob);
};

} // namespace fp::cases
