#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace OneWindow {

class Database;

struct Attachment
{
    qint64 id = 0;
    QString sha256; // hex
    qint64 sizeBytes = 0;
    QString mimeType;
    QString fileName;
    QByteArray content;
};

// Scanned materials shared by the whole hall. Kept in the database row (BLOB /
// BYTEA: one backup covers everything) or, when a folder is configured (a
// share every counter mounts), as content-addressed files <folder>/ab/<sha256>
// with only the metadata in the database. Every read checks SHA-256 and fails
// with "checksum" on a mismatch, "attachment-missing" when the file is gone.
class AttachmentStore
{
public:
    explicit AttachmentStore(const Database &db, const QString &folder = {})
        : m_db(db)
        , m_folder(folder)
    {}

    // Run inside the caller's transaction to tie the file to its material.
    Result<qint64> put(const QByteArray &content, const QString &mimeType, const QString &fileName,
                       const QString &createdBy, const QDateTime &at);
    Result<Attachment> get(qint64 id) const;

    static QString sha256Hex(const QByteArray &content);

private:
    QString pathFor(const QString &sha256) const;

    const Database &m_db;
    QString m_folder;
};

} // namespace OneWindow
