#include "cli/CardParseCommand.h"

#include "identity/CardTextDecoder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace OneWindow {

namespace {

// QJsonObject would sort the keys; the contract lists them in reading order, so the
// object is assembled by hand and only the string escaping is left to QJsonDocument.
QString jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

class ObjectWriter
{
public:
    void add(const char *key, const QString &value)
    {
        if (value.isEmpty())
            return;
        m_text += m_text.isEmpty() ? QStringLiteral("{") : QStringLiteral(", ");
        m_text += jsonString(QString::fromLatin1(key)) + QStringLiteral(": ") + jsonString(value);
    }
    void add(const char *key, const QDate &date)
    {
        if (date.isValid())
            add(key, date.toString(Qt::ISODate));
    }
    QString text() const
    {
        return m_text.isEmpty() ? QStringLiteral("{}") : m_text + QLatin1Char('}');
    }

private:
    QString m_text;
};

} // namespace

QStringList CardParseCommand::words() const
{
    return {QStringLiteral("card"), QStringLiteral("parse")};
}

QString CardParseCommand::synopsis() const
{
    return QStringLiteral("FILE");
}

QString CardParseCommand::summary() const
{
    return QStringLiteral("Decode the raw bytes of a card reader's read answer (30 01; '-' reads "
                          "stdin) to one JSON object. Exits 1 with {\"error\": CODE} for a "
                          "broken answer.");
}

QString CardParseCommand::toJson(const CardIdentity &card)
{
    const bool foreign = card.kind == CardIdentity::Kind::Foreign2017 ||
                         card.kind == CardIdentity::Kind::Foreign2023;
    ObjectWriter json;
    json.add("kind", cardKindKey(card.kind));
    json.add("name", card.name);
    if (foreign)
        json.add("nameEn", card.nameEn);
    json.add("sex", sexKey(card.sex));
    if (card.kind == CardIdentity::Kind::Resident)
        json.add("ethnicity", ethnicityName(card.ethnicityCode));
    if (foreign)
        json.add("nationality", card.nationality);
    json.add("birth", card.birth);
    json.add("address", card.address);
    json.add("id", card.idNumber);
    json.add("authority", card.authority);
    json.add("validFrom", card.validFrom);
    if (card.longTerm)
        json.add("validUntil", QStringLiteral("long-term"));
    else
        json.add("validUntil", card.validUntil);
    if (card.kind == CardIdentity::Kind::HkMoTw)
        json.add("passNumber", card.passNumber);
    return json.text();
}

QString CardParseCommand::errorJson(const QString &code)
{
    ObjectWriter json;
    json.add("error", code);
    return json.text();
}

int CardParseCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.size() != 1) {
        err << "onewindow-cli card parse: expects exactly one FILE\n";
        return UsageError;
    }
    const QString path = arguments.first();
    if (path.startsWith(QLatin1Char('-')) && path != QLatin1String("-")) {
        err << "onewindow-cli card parse: unknown option " << path << '\n';
        return UsageError;
    }

    QFile file;
    const bool opened = path == QLatin1String("-")
                            ? file.open(stdin, QIODevice::ReadOnly)
                            : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        err << "onewindow-cli card parse: cannot read " << path << ": " << file.errorString()
            << '\n';
        return UsageError;
    }
    const QByteArray bytes = file.readAll();

    const Result<CardIdentity> card = CardTextDecoder::decodeRaw(bytes);
    if (!card.ok()) {
        out << errorJson(card.error().code) << '\n';
        return Failure;
    }
    out << toJson(card.value()) << '\n';
    return Success;
}

} // namespace OneWindow
