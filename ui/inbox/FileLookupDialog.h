#pragma once

#include "security/Session.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;
class QTreeView;

namespace OneWindow {

class CaseFileModel;
class CaseFileService;
class PersonSearchModel;

// A department officer looks up a citizen's file: their own department's
// citizens open at once; anyone else's only with a stated purpose (事由), which
// the audit trail records and the supervisor reviews. Search results are
// masked until a file is opened.
class FileLookupDialog : public QDialog
{
    Q_OBJECT

public:
    FileLookupDialog(CaseFileService &caseFiles, const Session &session, QWidget *parent = nullptr);

private:
    void openSelected();

    CaseFileService &m_caseFiles;
    Session m_session;
    QLineEdit *m_search;
    PersonSearchModel *m_results;
    QTableView *m_resultsView;
    QPlainTextEdit *m_purpose;
    QLabel *m_message;
    CaseFileModel *m_file;
    QTreeView *m_fileView;
};

} // namespace OneWindow
