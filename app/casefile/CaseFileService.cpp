#include "casefile/CaseFileService.h"

#include "casefile/CaseRepository.h"
#include "casefile/PersonRepository.h"
#include "security/AuditLog.h"

namespace OneWindow {

Result<CaseFile> CaseFileService::open(const QString &idNumber, const Session &session)
{
    auto person = PersonRepository(m_db).findByIdNumber(idNumber);
    if (!person)
        return Result<CaseFile>(person.error());
    CaseFile file;
    file.person = person.value();
    if (file.person.id == 0) {
        file.person.idNumber = idNumber;
        return file;
    }
    const Status audited = m_audit.record(session, QStringLiteral("view-case-file"),
                                          QStringLiteral("person:%1").arg(file.person.id), {});
    if (!audited)
        return Result<CaseFile>(audited.error());
    auto cases = CaseRepository(m_db).listForPerson(file.person.id);
    if (!cases)
        return Result<CaseFile>(cases.error());
    for (const CaseRecord &c : cases.value())
        (c.isOpen() ? file.openCases : file.pastCases).append(c);
    return file;
}

} // namespace OneWindow
