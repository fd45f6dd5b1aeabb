#include "models/CaseFileModel.h"

#include "workflow/WorkingDayCalendar.h"

#include "common/CaseStateText.h"

#include <QHash>

namespace OneWindow {

namespace {

constexpr quintptr kSectionBits = 4;
constexpr quintptr kSectionMask = (1u << kSectionBits) - 1;

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

CaseFileModel::CaseFileModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void CaseFileModel::setCaseFile(const CaseFile &file, PastPager pager)
{
    // No paging from inside the reset: listeners of modelReset may ask for more.
    m_fetching = true;
    beginResetModel();
    m_file = file;
    m_pager = std::move(pager);
    endResetModel();
    m_fetching = false;
}

void CaseFileModel::clear()
{
    setCaseFile(CaseFile{});
}

const QList<CaseRecord> *CaseFileModel::casesOf(int section) const
{
    if (section == OpenCases)
        return &m_file.openCases;
    if (section == PastCases)
        return &m_file.pastCases;
    return nullptr;
}

int CaseFileModel::itemCount(int section) const
{
    switch (section) {
    case OpenCases:
        return int(m_file.openCases.size());
    case Documents:
        return int(m_file.reusableDocuments.size());
    case Appointments:
        return int(m_file.appointmentsToday.size());
    case PastCases:
        return int(m_file.pastCases.size());
    }
    return 0;
}

QModelIndex CaseFileModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < SectionCount ? createIndex(row, column, quintptr(0)) : QModelIndex();
    const quintptr id = parent.internalId();
    if (id == 0) { // an item of a section
        if (parent.column() != 0 || row >= itemCount(parent.row()))
            return {};
        return createIndex(row, column, quintptr(parent.row() + 1));
    }
    if (id <= kSectionMask) { // a sub-case of a case item
        const QList<CaseRecord> *cases = casesOf(int(id - 1));
        if (!cases || parent.column() != 0 || row >= cases->at(parent.row()).subCases.size())
            return {};
        return createIndex(row, column, (quintptr(parent.row() + 1) << kSectionBits) | id);
    }
    return {};
}

QModelIndex CaseFileModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const quintptr id = child.internalId();
    if (id == 0)
        return {};
    if (id <= kSectionMask)
        return createIndex(int(id - 1), 0, quintptr(0));
    return createIndex(int((id >> kSectionBits) - 1), 0, id & kSectionMask);
}

int CaseFileModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return SectionCount;
    if (parent.column() != 0)
        return 0;
    const quintptr id = parent.internalId();
    if (id == 0)
        return itemCount(parent.row());
    if (id <= kSectionMask) {
        const QList<CaseRecord> *cases = casesOf(int(id - 1));
        return cases ? int(cases->at(parent.row()).subCases.size()) : 0;
    }
    return 0;
}

int CaseFileModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const CaseRecord *CaseFileModel::caseAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const quintptr id = index.internalId();
    if (id <= kSectionMask) {
        const QList<CaseRecord> *cases = casesOf(int(id - 1));
        return cases ? &cases->at(index.row()) : nullptr;
    }
    const QList<CaseRecord> *cases = casesOf(int((id & kSectionMask) - 1));
    return cases ? &cases->at(int((id >> kSectionBits) - 1)) : nullptr;
}

QVariant CaseFileModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const quintptr id = index.internalId();
    if (id == 0)
        return sectionData(index.row(), index.column(), role);
    if (id <= kSectionMask) {
        const int section = int(id - 1);
        switch (section) {
        case OpenCases:
        case PastCases:
            return caseData(casesOf(section)->at(index.row()), index.column(), role);
        case Documents:
            return documentData(m_file.reusableDocuments.at(index.row()), index.column(), role);
        case Appointments:
            return appointmentData(m_file.appointmentsToday.at(index.row()), index.column(), role);
        }
        return {};
    }
    const CaseRecord *c = caseAt(index);
    if (!c || index.row() >= c->subCases.size())
        return {};
    if (role == CaseIdRole)
        return c->id;
    if (role == CaseNumberRole)
        return c->caseNumber;
    return subCaseData(c->subCases.at(index.row()), index.column(), role);
}

QVariant CaseFileModel::sectionData(int section, int column, int role) const
{
    if (role == KindRole)
        return QStringLiteral("section");
    if (role != Qt::DisplayRole || column != Title)
        return {};
    switch (section) {
    case OpenCases:
        return tr("在办件（%1）").arg(m_file.openCases.size());
    case Documents:
        return tr("可复用材料（%1）").arg(m_file.reusableDocuments.size());
    case Appointments:
        return tr("今日预约（%1）").arg(m_file.appointmentsToday.size());
    case PastCases:
        return tr("历史办件（%1）").arg(m_file.pastCasesTotal);
    }
    return {};
}

QVariant CaseFileModel::caseData(const CaseRecord &c, int column, int role) const
{
    switch (role) {
    case KindRole:
        return QStringLiteral("case");
    case CaseIdRole:
        return c.id;
    case CaseNumberRole:
        return c.caseNumber;
    case VersionRole:
        return c.version;
    case Qt::DisplayRole:
        switch (column) {
        case Title:
            return c.title;
        case Reference:
            return c.caseNumber;
        case State:
            return CaseStateText::text(c.state);
        case Date:
            return deadline(c.deadline);
        case Detail: {
            // What the case waits for comes first: the citizen can bring it today.
            const QStringList awaited = m_file.awaitedMaterials.value(c.id);
            if (!awaited.isEmpty()) {
                QStringList names;
                for (const QString &m : awaited)
                    names << (m_namer ? m_namer(c.templateId, m) : m);
                return tr("待补交：%1").arg(names.join(QStringLiteral("、")));
            }
            int done = 0;
            for (const SubCase &s : c.subCases)
                done += CaseStates::isDone(s.state) ? 1 : 0;
            return tr("%1/%2 个部门已办结").arg(done).arg(c.subCases.size());
        }
        }
        break;
    default:
        break;
    }
    return {};
}

QString CaseFileModel::deadline(const QDate &day) const
{
    return m_calendar && m_calendar->isProvisional(day) ? tr("%1（暂定）").arg(date(day))
                                                        : date(day);
}

QVariant CaseFileModel::subCaseData(const SubCase &s, int column, int role) const
{
    switch (role) {
    case KindRole:
        return QStringLiteral("sub-case");
    case VersionRole:
        return s.version;
    case Qt::DisplayRole:
        switch (column) {
        case Title:
            return s.department;
        case Reference:
            return s.title;
        case State:
            return CaseStateText::text(s.state);
        case Date:
            return deadline(s.deadline);
        case Detail:
            return s.completedAt.isValid() ? date(s.completedAt.toLocalTime().date()) : QString();
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant CaseFileModel::documentData(const FileDocument &d, int column, int role) const
{
    switch (role) {
    case KindRole:
        return QStringLiteral("document");
    case AttachmentIdRole:
        return d.attachmentId;
    case CaseNumberRole:
        return d.origin == QLatin1String("case") ? d.reference : QString();
    case Qt::DisplayRole:
        switch (column) {
        case Title:
            return d.title;
        case Reference:
            return d.reference;
        case State:
            return d.origin == QLatin1String("licence") ? tr("电子证照") : tr("既往办件材料");
        case Date:
            return d.validUntil.isValid() ? tr("有效至 %1").arg(date(d.validUntil))
                                          : tr("长期有效");
        case Detail:
            return d.issuer;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant CaseFileModel::appointmentData(const Appointment &a, int column, int role) const
{
    switch (role) {
    case KindRole:
        return QStringLiteral("appointment");
    case VersionRole:
        return a.version;
    case Qt::DisplayRole:
        switch (column) {
        case Title:
            return a.title;
        case Reference:
            return a.code;
        case State:
            if (a.state == QLatin1String("booked"))
                return tr("已预约");
            if (a.state == QLatin1String("arrived"))
                return tr("已到场");
            if (a.state == QLatin1String("done"))
                return tr("已办理");
            if (a.state == QLatin1String("cancelled"))
                return tr("已取消");
            return a.state;
        case Date:
            return a.slot;
        case Detail:
            return a.counterCode;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant CaseFileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("名称");
    case Reference:
        return tr("编号");
    case State:
        return tr("状态");
    case Date:
        return tr("时限/有效期");
    case Detail:
        return tr("说明");
    }
    return {};
}

bool CaseFileModel::canFetchMore(const QModelIndex &parent) const
{
    return !m_fetching && parent.isValid() && parent.internalId() == 0 &&
           parent.row() == PastCases && parent.column() == 0 && m_pager &&
           m_file.pastCases.size() < m_file.pastCasesTotal;
}

void CaseFileModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    auto more = m_pager(int(m_file.pastCases.size()), 20);
    if (!more) {
        m_fetching = false;
        Q_EMIT loadFailed(more.error());
        return;
    }
    if (more.value().isEmpty()) {
        // Someone removed cases meanwhile: stop asking.
        m_file.pastCasesTotal = int(m_file.pastCases.size());
        m_fetching = false;
        return;
    }
    const int first = int(m_file.pastCases.size());
    beginInsertRows(parent, first, first + int(more.value().size()) - 1);
    m_file.pastCases += more.value();
    endInsertRows();
    m_fetching = false;
}

} // namespace OneWindow
