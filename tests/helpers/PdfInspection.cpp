#include "helpers/PdfInspection.h"

#include "helpers/TestArtifacts.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtEndian>

namespace OneWindow::Test {

namespace {

QByteArray run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return p.readAllStandardOutput();
}

QByteArray inflate(const QByteArray &deflated)
{
    // qUncompress wants the expected size first; it grows past a small guess.
    QByteArray framed(4, '\0');
    qToBigEndian<quint32>(quint32(std::min<qsizetype>(deflated.size() * 8, 64 << 20)),
                          framed.data());
    return qUncompress(framed + deflated);
}

} // namespace

PdfInspection::PdfInspection(const QString &path)
    : m_path(path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return;
    // Every paper a test looks at is scanned for personal numbers after the run.
    TestArtifacts::keepFile(path);
    m_raw = f.readAll();
    m_everything = m_raw;
    qsizetype at = 0;
    while ((at = m_raw.indexOf("stream", at)) >= 0) {
        qsizetype start = at + 6;
        if (m_raw.mid(at - 3, 3) == "end") { // "endstream"
            at = start;
            continue;
        }
        if (m_raw.mid(start, 2) == "\r\n")
            start += 2;
        else if (m_raw.mid(start, 1) == "\n")
            start += 1;
        const qsizetype end = m_raw.indexOf("endstream", start);
        if (end < 0)
            break;
        const QByteArray body = m_raw.mid(start, end - start);
        // Only zlib streams (FlateDecode) start with 0x78; others are kept as they are.
        const QByteArray inflated = body.startsWith('\x78') ? inflate(body) : QByteArray();
        if (!inflated.isEmpty())
            m_everything += '\n' + inflated;
        at = end + 9;
    }
}

bool PdfInspection::popplerAvailable()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty();
}

QStringList PdfInspection::textLines() const
{
    if (m_text.isNull())
        m_text = QString::fromUtf8(run(QStringLiteral("pdftotext"),
                                       {QStringLiteral("-enc"), QStringLiteral("UTF-8"), m_path,
                                        QStringLiteral("-")}))
                     .remove(QLatin1Char('\f'));
    QStringList lines;
    for (const QString &l : m_text.split(QLatin1Char('\n')))
        lines << l.trimmed();
    return lines;
}

QString PdfInspection::compactText() const
{
    return textLines().join(QString()).remove(QRegularExpression(QStringLiteral("\\s")));
}

bool PdfInspection::containsAnywhere(const QString &text) const
{
    if (m_everything.contains(text.toUtf8()) || m_everything.contains(text.toLatin1()))
        return true;
    QByteArray utf16;
    for (const QChar c : text) {
        utf16 += char(c.unicode() >> 8);
        utf16 += char(c.unicode() & 0xff);
    }
    return m_everything.contains(utf16) || m_everything.contains(utf16.toHex()) ||
           m_everything.contains(utf16.toHex().toUpper()) ||
           m_everything.contains(text.toUtf8().toHex()) ||
           m_everything.contains(text.toUtf8().toHex().toUpper());
}

QByteArray PdfInspection::xmp() const
{
    const qsizetype start = m_everything.indexOf("<x:xmpmeta");
    const qsizetype end = m_everything.indexOf("</x:xmpmeta>", start);
    if (start < 0 || end < 0)
        return {};
    return m_everything.mid(start, end + 12 - start);
}

QStringList PdfInspection::fontsNotEmbedded() const
{
    QStringList missing;
    const QStringList rows =
        QString::fromUtf8(run(QStringLiteral("pdffonts"), {m_path})).split(QLatin1Char('\n'));
    // name type encoding emb sub uni object ID: "emb" is the 4th field from the end but 3.
    for (int i = 2; i < rows.size(); ++i) {
        const QStringList f = rows.at(i).simplified().split(QLatin1Char(' '));
        if (f.size() >= 6 && f.at(f.size() - 5) != QLatin1String("yes"))
            missing << rows.at(i);
    }
    return missing;
}

int PdfInspection::fontCount() const
{
    const QStringList rows = QString::fromUtf8(run(QStringLiteral("pdffonts"), {m_path}))
                                 .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return std::max(0, int(rows.size()) - 2);
}

} // namespace OneWindow::Test
