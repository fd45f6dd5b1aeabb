#pragma once

#include "identity/CardIdentity.h"

#include <QByteArray>

namespace OneWindow {

// Test-side encoder: builds the bytes a reader would send for a card. Written from the
// protocol notes alone, without the parser's or decoder's code, so a mistake there is
// not silently mirrored here.
class CardFrameBuilder
{
public:
    // 256-byte UCS-2LE text block for the card's kind.
    static QByteArray textBlock(const CardIdentity &card);
    // A whole successful 30 01 answer: SW 00 00 90, lengths, text, photo, CHK.
    static QByteArray readAnswer(const CardIdentity &card);
    static QByteArray readAnswer(const QByteArray &text, const QByteArray &photo);
    // Any answer: AA AA AA 96 69, LEN, 00 00 SW3, data, CHK.
    static QByteArray answer(quint8 sw3, const QByteArray &data = {});
    // A frame around `body`; LEN and CHK computed here.
    static QByteArray frame(const QByteArray &body);

    // 1024 deterministic bytes standing in for a WLT photo (the card's photoWlt if set).
    static QByteArray photo(const CardIdentity &card);

    // Synthetic cards of every kind, with valid check digits, valid as of 2024-06-15
    // unless the test changes them.
    static CardIdentity residentCard();
    static CardIdentity hkmotwCard();
    static CardIdentity foreign2017Card();
    static CardIdentity foreign2023Card();
};

} // namespace OneWindow
