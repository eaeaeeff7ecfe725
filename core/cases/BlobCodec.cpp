#include "core/cases/BlobCodec.h"

#include <QtEndian>

#include <cstring>

namespace fp::cases {

namespace {

void appendFloat(QByteArray &out, float value)
{
    quint32 bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    char bytes[4];
    qToLittleEndian(bits, bytes);
    out.append(bytes, 4);
}

float floatAt(const char *data)
{
    const quint32 bits = qFromLittleEndian<quint32>(data);
    float value = 0;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

} // namespace

QByteArray BlobCodec::encodeFloats(const QVector<float> &values)
{
    QByteArray out;
    out.reserve(values.size() * 4);
    for (float value : values)
        appendFloat(out, value);
    return out;
}

QVector<float> BlobCodec::decodeFloats(const QByteArray &blob)
{
    QVector<float> values;
    if (blob.size() % 4 != 0)
        return values;
    values.reserve(blob.size() / 4);
    for (qsizetype i = 0; i < blob.size(); i += 4)
        values.append(floatAt(blob.constData() + i));
    return values;
}

QByteArray BlobCodec::encodePoints(const QVector<QPointF> &points)
{
    QByteArray out;
    out.reserve(points.size() * 8);
    for (const QPointF &point : points) {
        appendFloat(out, float(point.x()));
        appendFloat(out, float(point.y()));
    }
    return out;
}

QVector<QPointF> BlobCodec::decodePoints(const QByteArray &blob)
{
    QVector<QPointF> points;
    if (blob.size() % 8 != 0)
        return points;
    points.reserve(blob.size() / 8);
    for (qsizetype i = 0; i < blob.size(); i += 8)
        points.append(QPointF(floatAt(blob.constData() + i), floatAt(blob.constData() + i + 4)));
    return points;
}

} // namespace fp::cases
