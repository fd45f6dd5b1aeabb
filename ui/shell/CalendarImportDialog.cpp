#include "shell/CalendarImportDialog.h"

#include "common/Clock.h"
#include "security/AuditLog.h"
#include "services/AppServices.h"
#include "workflow/CalendarFile.h"

#include <QApplication>

namespace OneWindow {

CalendarImportDialog::CalendarImportDialog(AppServices &services, QWidget *parent)
    : QProgressDialog(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("calendarImportProgress"));
    setWindowTitle(tr("导入节假日安排"));
    setLabelText(tr("正在导入节假日安排…"));
    setCancelButtonText(tr("取消"));
    setWindowModality(Qt::WindowModal);
    setMinimumDuration(0);
    setAutoClose(false);
    setAutoReset(false);
}

Status CalendarImportDialog::importFile(const QString &path)
{
    // The hall's calendar is a setting: the administrator's, and on the record.
    const Session &session = m_services.session();
    if (const Status allowed = m_services.audit().require(session, Capability::ChangeSettings,
                                                          QStringLiteral("calendar"));
        !allowed)
        return allowed;
    const CalendarFile file = CalendarFile::load(path);
    if (!file.ok())
        return Status::failure(QStringLiteral("calendar-file"),
                               file.problemLines().join(QLatin1Char('\n')));
    setMaximum(int(file.days().size()));
    setValue(0);
    show();
    auto imported = CalendarRepository(m_services.database())
                        .import(file, m_services.session().username, m_services.clock().now(),
                                [this](int done, int) {
                                    setValue(done);
                                    QApplication::processEvents();
                                    return !wasCanceled();
                                });
    hide();
    if (!imported)
        return Status(imported.error());
    m_summary = imported.value();
    QStringList years;
    for (int y : m_summary.years)
        years << QString::number(y);
    if (const Status logged =
            m_services.audit().record(session, QStringLiteral("settings-change"),
                                      QStringLiteral("calendar"), years.join(QLatin1Char(',')));
        !logged)
        return logged;
    return m_services.reloadCalendar();
}

QString CalendarImportDialog::summaryText() const
{
    QStringList years;
    for (int y : m_summary.years)
        years << QString::number(y);
    return tr("已导入 %1 年：%2 个休息日，%3 个调休上班日。")
        .arg(years.join(QStringLiteral("、")))
        .arg(m_summary.holidays)
        .arg(m_summary.workdays);
}

} // namespace OneWindow
