#pragma once

#include "casefile/CaseFile.h"
#include "common/Result.h"

#include <QAbstractItemModel>

#include <functional>

namespace OneWindow {

class WorkingDayCalendar;

// The unified case file as one tree for a QTreeView, four sections in a fixed
// order: open cases (each with its departments' sub-cases, status and
// deadline), reusable documents on file, today's appointments, and history
// (paged: the view pulls more finished cases with fetchMore on that section).
//
//   auto file = services.caseFiles().open(idNumber, session);   // audited
//   model->setCaseFile(file.value(), [&](int offset, int limit) {
//       return services.caseFiles().pastCases(personId, limit, offset); });
class CaseFileModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Section
    {
        OpenCases,
        Documents,
        Appointments,
        PastCases,
        SectionCount
    };
    enum Column
    {
        Title,
        Reference,
        State,
        Date,
        Detail,
        ColumnCount
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1, // "section", "case", "sub-case", "document", "appointment"
        CaseIdRole,
        CaseNumberRole,
        VersionRole, // the version an edit must name (optimistic locking)
        AttachmentIdRole,
    };
    using PastPager = std::function<Result<QList<CaseRecord>>(int offset, int limit)>;
    // A material's name from its template (the core stores ids).
    using MaterialNamer =
        std::function<QString(const QString &templateId, const QString &materialId)>;

    explicit CaseFileModel(QObject *parent = nullptr);

    // Replaces everything; `pager` (optional) loads more history on demand.
    void setCaseFile(const CaseFile &file, PastPager pager = {});
    void clear();
    void setMaterialNamer(MaterialNamer namer) { m_namer = std::move(namer); }
    const CaseFile &caseFile() const { return m_file; }
    // With a calendar, a deadline in a year without official holiday data reads
    // "2027-01-08（暂定）".
    void setCalendar(const WorkingDayCalendar *calendar) { m_calendar = calendar; }
    // The case behind a case or sub-case row, nullptr for anything else.
    const CaseRecord *caseAt(const QModelIndex &index) const;
    QModelIndex sectionIndex(Section section) const { return index(int(section), 0); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadFailed(const OneWindow::Error &error);

private:
    MaterialNamer m_namer;
    // internalId: 0 for a section; section+1 for an item; ((item+1) << 4) | (section+1)
    // for a sub-case under a case item.
    int itemCount(int section) const;
    QVariant sectionData(int section, int column, int role) const;
    QVariant caseData(const CaseRecord &c, int column, int role) const;
    QVariant subCaseData(const SubCase &s, int column, int role) const;
    QVariant documentData(const FileDocument &d, int column, int role) const;
    QVariant appointmentData(const Appointment &a, int column, int role) const;
    const QList<CaseRecord> *casesOf(int section) const;

    QString deadline(const QDate &day) const;

    CaseFile m_file;
    PastPager m_pager;
    const WorkingDayCalendar *m_calendar = nullptr;
    bool m_fetching = false; // views and testers may ask again from inside fetchMore
};

} // namespace OneWindow
