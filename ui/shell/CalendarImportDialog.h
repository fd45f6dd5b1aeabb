#pragma once

#include "common/Result.h"
#include "workflow/CalendarRepository.h"

#include <QProgressDialog>

namespace OneWindow {

class AppServices;

// Imports an official holiday list into the hall's database with progress
// and a Cancel button (a cancelled import changes nothing), then reloads the
// counter's calendar so the next deadline counts on it.
class CalendarImportDialog : public QProgressDialog
{
    Q_OBJECT

public:
    CalendarImportDialog(AppServices &services, QWidget *parent = nullptr);

    // Codes: "calendar-file" (detail: every problem, one per line), "cancelled",
    // and the database's.
    Status importFile(const QString &path);
    // What was imported, for the status bar.
    QString summaryText() const;

private:
    AppServices &m_services;
    CalendarRepository::Summary m_summary;
};

} // namespace OneWindow
