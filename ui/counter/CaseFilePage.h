#pragma once

#include "casefile/CaseFile.h"
#include "models/CaseFileModel.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeView;

namespace OneWindow {

class TemplateCatalogue;
class WorkingDayCalendar;

// The unified case file (一号) on one screen: the person; open cases with each
// department's progress and deadline; documents on file that can be reused;
// today's appointments; history (paged). Beside it the matter catalogue to
// start a new intake from.
class CaseFilePage : public QWidget
{
    Q_OBJECT

public:
    explicit CaseFilePage(const TemplateCatalogue &catalogue, QWidget *parent = nullptr);
    // Deadlines in a year without official holiday data are marked provisional.
    void setCalendar(const WorkingDayCalendar *calendar);

    // `pager` loads further history when the clerk scrolls to its end.
    void setCaseFile(const CaseFile &file, CaseFileModel::PastPager pager = {});
    const CaseFile &caseFile() const { return m_file; }
    // Selects the case in whichever section holds it (opened from a receipt code).
    bool highlightCase(const QString &caseNumber);
    // Matters with a draft for this citizen: listed first, marked, resumed when picked.
    void markDrafts(const QStringList &templateIds);
    // Selects a matter in the catalogue, e.g. the one an appointment booked.
    void selectMatter(const QString &templateId);

Q_SIGNALS:
    void intakeRequested(const QString &templateId);
    // Enter or a double click on a case: its details, steps and actions.
    void caseRequested(const QString &caseNumber);

private Q_SLOTS:
    void filterMatters(const QString &query);
    void startIntake();

private:
    const TemplateCatalogue &m_catalogue;
    CaseFile m_file;
    QLabel *m_person;
    CaseFileModel *m_model;
    QTreeView *m_tree;
    QLineEdit *m_search;
    QListWidget *m_matters;
    QPushButton *m_start;
    QStringList m_drafts;
};

} // namespace OneWindow
