#include "CardBench.h"

#include "BenchStats.h"

#include "identity/CardTextDecoder.h"
#include "identity/IdNumber.h"
#include "identity/SamFrame.h"
#include "identity/SamFrameParser.h"

#include <QElapsedTimer>
#include <QList>

#include <algorithm>

namespace OneWindow {

using BenchStats::mix;
using BenchStats::percentile;
using BenchStats::round2;

namespace {

void put(QByteArray &block, int offset, int size, const QString &text)
{
    for (int i = 0; i < text.size() && 2 * i + 1 < size; ++i) {
        block[offset + 2 * i] = char(text.at(i).unicode() & 0xFF);
        block[offset + 2 * i + 1] = char(text.at(i).unicode() >> 8);
    }
}

// A made-up resident card; the figures do not depend on who is on it.
QByteArray readAnswer(int index)
{
    QByteArray text;
    for (int i = 0; i < CardTextDecoder::kTextSize / 2; ++i)
        text.append(" \0", 2);
    const QString first17 = QStringLiteral("110101199001%1").arg(index % 100000, 5, 10, QChar('0'));
    put(text, 0, 30, QStringLiteral("示例人"));
    put(text, 30, 2, QStringLiteral("1"));
    put(text, 32, 4, QStringLiteral("01"));
    put(text, 36, 16, QStringLiteral("19900101"));
    put(text, 52, 70, QStringLiteral("北京市东城区示例路1号"));
    put(text, 122, 36, first17 + IdNumber::checkCharacter(first17));
    put(text, 158, 30, QStringLiteral("北京市公安局东城分局"));
    put(text, 188, 16, QStringLiteral("20200101"));
    put(text, 204, 16, QStringLiteral("20400101"));
    QByteArray data("\x01\x00\x04\x00", 4);
    data.append(text);
    for (int i = 0; i < CardTextDecoder::kPhotoSize; ++i)
        data.append(char((i * 131 + index) & 0xFF));
    return SamFrame::response(SamFrame::Success, data).encode();
}

} // namespace

CardBench::CardBench(int answers)
    : m_answers(qMax(1, answers))
{}

QJsonObject CardBench::run() const
{
    constexpr qsizetype kPiece = 62;
    QList<double> lastByteMs;
    QList<double> wholeMs;
    int decoded = 0;
    for (int n = 0; n < m_answers; ++n) {
        const QByteArray wire = readAnswer(n);
        SamFrameParser parser(SamFrameParser::Expect::TextPhotoAnswer);
        QElapsedTimer whole;
        whole.start();
        qsizetype at = 0;
        for (; at + kPiece < wire.size(); at += kPiece)
            parser.feed(QByteArrayView(wire).sliced(at, kPiece));
        QElapsedTimer last;
        last.start();
        parser.feed(QByteArrayView(wire).sliced(at));
        if (parser.hasResult()) {
            const Result<SamFrame> frame = parser.takeResult();
            if (frame.ok() && CardTextDecoder::decodeAnswer(frame.value()).ok())
                ++decoded;
        }
        lastByteMs << double(last.nsecsElapsed()) / 1e6;
        wholeMs << double(whole.nsecsElapsed()) / 1e6;
    }
    return QJsonObject{
        {QStringLiteral("bench"), QStringLiteral("card")},
        {QStringLiteral("answers"), m_answers},
        {QStringLiteral("decoded"), decoded},
        {QStringLiteral("last_byte_to_identity_p50_ms"), percentile(lastByteMs, 0.50)},
        {QStringLiteral("last_byte_to_identity_p95_ms"), percentile(lastByteMs, 0.95)},
        {QStringLiteral("last_byte_to_identity_max_ms"), percentile(lastByteMs, 1.0)},
        {QStringLiteral("all_pieces_to_identity_p95_ms"), percentile(wholeMs, 0.95)},
        {QStringLiteral("target_ms"), 100},
    };
}

} // namespace OneWindow
