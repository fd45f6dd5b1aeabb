#include "shell/CalendarImportDialog.h"

#include "common/Clock.h"
#include "services/AppServices.h"
#include "workflow/CalendarFile.h"
#include "workflow/CalendarImport.h"

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
    const CalendarFile file = CalendarFile::load(path);
    if (!file.ok())
        return Status::failure(QStringLiteral("calendar-file"),
                               file.problemLines().join(QLatin1Char('\n')));
    setMaximum(int(file.days().size()));
    setValue(0);
    // The core decides who may (a hall setting) and puts it on the record; the
    // progress shows once rows are being written.
    auto imported =
        m_services.calendarImport().run(file, m_services.session(), [this](int done, int) {
            if (!isVisible())
                show();
            setValue(done);
            QApplication::processEvents();
            return !wasCanceled();
        });
    hide();
    if (!imported)
        return Status(imported.error());
    m_summary = imported.value();
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
