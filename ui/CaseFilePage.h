#pragma once

#include "casefile/CaseFile.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace OneWindow {

class CaseListModel;
class TemplateCatalogue;

// The unified case file (一号): the person, open cases with each department's
// progress, past cases, and the matter catalogue to start a new intake from.
class CaseFilePage : public QWidget
{
    Q_OBJECT

public:
    explicit CaseFilePage(const TemplateCatalogue &catalogue, QWidget *parent = nullptr);

    void setCaseFile(const CaseFile &file);
    const CaseFile &caseFile() const { return m_file; }
    // Selects the case in whichever list holds it (opened from a receipt code).
    bool highlightCase(const QString &caseNumber);
    // Matters with a draft for this citizen: listed first, marked, resumed when picked.
    void markDrafts(const QStringList &templateIds);

Q_SIGNALS:
    void intakeRequested(const QString &templateId);

private Q_SLOTS:
    void filterMatters(const QString &query);
    void startIntake();

private:
    QTableView *makeTable(CaseListModel *model, const QString &objectName);
    QTableView *m_openView = nullptr;
    QTableView *m_pastView = nullptr;

    const TemplateCatalogue &m_catalogue;
    CaseFile m_file;
    QLabel *m_person;
    QLabel *m_openTitle;
    QLabel *m_pastTitle;
    CaseListModel *m_openModel;
    CaseListModel *m_pastModel;
    QLineEdit *m_search;
    QListWidget *m_matters;
    QPushButton *m_start;
    QStringList m_drafts;
};

} // namespace OneWindow
