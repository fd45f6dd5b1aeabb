#pragma once

#include "common/Result.h"
#include "identity/CardIdentity.h"
#include "identity/SamFrame.h"

#include <QByteArray>
#include <QByteArrayView>

namespace OneWindow {

// Reads the 256-byte UCS-2LE text block of a 30 01 answer: the resident ID card and,
// told apart by the type character at offset 248, the Hong Kong/Macao/Taiwan residence
// permit (J) and the foreigner permanent residence cards of 2017 (I) and 2023 (Y).
// Fields are decoded as found; judging them (dates, check digits) is CardCheck's job.
class CardTextDecoder
{
public:
    static constexpr int kTextSize = 256;
    static constexpr int kPhotoSize = 1024;
    static constexpr int kTypeAt = 248;

    // Errors: "length" (not 256 bytes), "card-type" (a type character we do not know).
    static Result<CardIdentity> decodeText(QByteArrayView text);

    // A successful 30 01 answer: text and photo (kept raw in photoWlt).
    // Errors: "length" when the stated lengths do not fit the data, plus decodeText's.
    static Result<CardIdentity> decodeAnswer(const SamFrame &frame);

    // Frame bytes as a reader sends them (noise allowed before the frame) to an identity:
    // SamFrameParser::parseAnswer followed by decodeAnswer, so every error code of both.
    static Result<CardIdentity> decodeRaw(QByteArrayView bytes);
};

} // namespace OneWindow
