#pragma once

#include "casefile/CaseFile.h"
#include "common/Result.h"
#include "security/Session.h"

namespace OneWindow {

class AuditLog;
class Database;

// Opens a person's unified case file. Every opening is written to the audit log
// (who, which counter, whose file) before the file is handed out.
class CaseFileService
{
public:
    CaseFileService(const Database &db, AuditLog &audit) : m_db(db), m_audit(audit) {}

    Result<CaseFile> open(const QString &idNumber, const Session &session);

private:
    const Database &m_db;
    AuditLog &m_audit;
};

} // namespace OneWindow
