#include "counter/CounterWorkspace.h"

#include "casefile/CaseFileService.h"
#include "casefile/PersonSearch.h"
#include "cases/CaseDetailView.h"
#include "cases/CasePanel.h"
#include "citizen/CitizenScreen.h"
#include "common/Clock.h"
#include "common/ReceiptPreviewDialog.h"
#include "common/Theme.h"
#include "common/UserMessages.h"
#include "counter/CameraScanDialog.h"
#include "counter/CaseFilePage.h"
#include "counter/IdentityPanel.h"
#include "counter/IntakePage.h"
#include "counter/ManualIdentityDialog.h"
#include "counter/OverrideDialog.h"
#include "documents/DocumentService.h"
#include "identity/CardReader.h"
#include "identity/QrDecoder.h"
#include "identity/SerialCardReader.h"
#include "identity/WedgeScanDetector.h"
#include "intake/AcceptanceService.h"
#include "intake/DraftAutosaver.h"
#include "intake/EvidenceRecorder.h"
#include "intake/EvidenceService.h"
#include "intake/IntakeSummary.h"
#include "intake/VisitService.h"
#include "models/PersonSearchModel.h"
#include "ratings/RatingService.h"
#include "services/AppServices.h"
#include "storage/ChangeNotifier.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace OneWindow {

CounterWorkspace::CounterWorkspace(AppServices &services, const Session &session, QWidget *parent)
    : Workspace(parent)
    , m_services(services)
    , m_session(session)
{
    setObjectName(QStringLiteral("counterWorkspace"));

    m_readCardAction = addAction(QStringLiteral("id-card"), tr("读卡 (F2)"),
                                 QStringLiteral("readCardAction"), Qt::Key_F2);
    connect(m_readCardAction, &QAction::triggered, this, &CounterWorkspace::readCard);
    QAction *manual = addAction(QStringLiteral("keyboard"), tr("手工录入 (F3)"),
                                QStringLiteral("manualEntryAction"), Qt::Key_F3);
    connect(manual, &QAction::triggered, this, &CounterWorkspace::enterIdentityManually);
    // The citizen is done (nothing accepted, a question answered): their visit ends.
    QAction *next = addAction(QStringLiteral("check-check"), tr("下一位 (F12)"),
                              QStringLiteral("nextCitizenAction"), Qt::Key_F12);
    connect(next, &QAction::triggered, this, &CounterWorkspace::nextCitizen);
    QAction *scanImage = addAction(QStringLiteral("image"), tr("识别二维码图片…"),
                                   QStringLiteral("scanImageAction"), QKeySequence());
    connect(scanImage, &QAction::triggered, this, &CounterWorkspace::scanImageFile);
    QAction *camera = addAction(QStringLiteral("scan-qr-code"), tr("摄像头扫码 (F4)"),
                                QStringLiteral("cameraScanAction"), Qt::Key_F4);
    connect(camera, &QAction::triggered, this, [this] {
        auto *dialog = new CameraScanDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &CameraScanDialog::scanned, this, &CounterWorkspace::handleScan);
        dialog->open();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(this);
    layout->addWidget(splitter);
    m_identity = new IdentityPanel(splitter);
    m_identity->setMinimumWidth(260);
    m_identity->setMaximumWidth(340);
    m_stack = new QStackedWidget(splitter);
    m_stack->setObjectName(QStringLiteral("pageStack"));

    m_welcome = new QWidget(m_stack);
    m_welcome->setObjectName(QStringLiteral("welcomePage"));
    auto *welcomeLayout = new QVBoxLayout(m_welcome);
    welcomeLayout->setContentsMargins(Theme::kMargin * 2, Theme::kMargin, Theme::kMargin * 2,
                                      Theme::kMargin);
    welcomeLayout->setSpacing(Theme::kGap);
    auto *welcomeTitle = new QLabel(tr("请读取证件"), m_welcome);
    welcomeTitle->setObjectName(QStringLiteral("welcomeTitle"));
    Theme::setTextRole(welcomeTitle, Theme::TextRole::Title);
    welcomeLayout->addWidget(welcomeTitle);
    auto *welcomeText =
        new QLabel(tr("请市民将身份证放在读卡器上，按 F2 或点击“读卡”。无法读卡时按 F3 "
                      "手工录入（交值班长复核）。读卡后自动调取市民在各部门的办件档案，"
                      "已有材料无需重复提交。"),
                   m_welcome);
    welcomeText->setObjectName(QStringLiteral("welcomeText"));
    welcomeText->setWordWrap(true);
    welcomeLayout->addWidget(welcomeText);
    welcomeLayout->addSpacing(Theme::kGroupGap);
    // Finding a file without the card (a phone call, a case number on a letter):
    // the file opens for reading; a new intake still needs the card.
    auto *searchTitle = new QLabel(tr("查找档案（不读卡，仅供查看）"), m_welcome);
    Theme::setTextRole(searchTitle, Theme::TextRole::Section);
    welcomeLayout->addWidget(searchTitle);
    m_personSearch = new QLineEdit(m_welcome);
    m_personSearch->setObjectName(QStringLiteral("personSearchEdit"));
    m_personSearch->setPlaceholderText(tr("身份证号、姓名或拼音首字母、办件编号、电话"));
    m_personSearch->setClearButtonEnabled(true);
    m_personSearch->addAction(Theme::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    welcomeLayout->addWidget(m_personSearch);
    CaseFileService &caseFiles = services.caseFiles();
    m_searchModel = new PersonSearchModel(
        [&caseFiles, session](const QString &query, int limit, int offset) {
            return caseFiles.search(query, limit, offset, session);
        },
        this);
    auto *results = new QTableView(m_welcome);
    results->setObjectName(QStringLiteral("personSearchView"));
    results->setModel(m_searchModel);
    results->setSelectionBehavior(QAbstractItemView::SelectRows);
    results->setSelectionMode(QAbstractItemView::SingleSelection);
    results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    results->setAlternatingRowColors(true);
    results->setWordWrap(false);
    results->verticalHeader()->hide();
    // Whole ID numbers and phone numbers, never cut: the columns fit their contents.
    results->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    results->horizontalHeader()->setStretchLastSection(true);
    welcomeLayout->addWidget(results, 1);
    connect(m_personSearch, &QLineEdit::textChanged, m_searchModel,
            &PersonSearchModel::scheduleQuery);
    connect(m_personSearch, &QLineEdit::returnPressed, this, [this, results] {
        if (m_searchModel->rowCount() > 0)
            openPersonById(m_searchModel->index(qMax(0, results->currentIndex().row()), 0)
                               .data(PersonSearchModel::PersonIdRole)
                               .toLongLong());
    });
    connect(results, &QTableView::activated, this, [this](const QModelIndex &index) {
        openPersonById(index.data(PersonSearchModel::PersonIdRole).toLongLong());
    });
    m_stack->addWidget(m_welcome);

    m_caseFile = new CaseFilePage(services.catalogue(), m_stack);
    m_caseFile->setCalendar(&services.calendar());
    m_caseFile->setDocuments(&services.documents(), session,
                             services.counter().printers.value(QStringLiteral("notification")),
                             services.changes());
    m_stack->addWidget(m_caseFile);
    m_intake = new IntakePage(services.clock(), m_stack);
    m_intake->setAnswerHistory(&services.answerHistory());
    m_stack->addWidget(m_intake);
    // One case of the citizen: supplements, handover, withdrawal, its receipt.
    m_casePage = new QWidget(m_stack);
    m_casePage->setObjectName(QStringLiteral("caseDetailPage"));
    auto *caseLayout = new QVBoxLayout(m_casePage);
    auto *caseButtons = new QHBoxLayout;
    auto *back = new QPushButton(tr("返回档案 (Esc)"), m_casePage);
    back->setObjectName(QStringLiteral("backToFileButton"));
    auto *receipt = new QPushButton(tr("打印回执（最新期限）"), m_casePage);
    receipt->setObjectName(QStringLiteral("printReceiptButton"));
    for (QPushButton *b : {back, receipt}) {
        b->setAutoDefault(false);
        caseButtons->addWidget(b);
    }
    caseButtons->addStretch();
    caseLayout->addLayout(caseButtons);
    m_casePanel = new CasePanel(services.workflow(), services.catalogue(), services.clock(),
                                session, m_casePage);
    m_casePanel->setDocuments(&services.documents(), services.counter().printers);
    caseLayout->addWidget(m_casePanel, 1);
    m_stack->addWidget(m_casePage);
    connect(back, &QPushButton::clicked, this, &CounterWorkspace::backToCaseFile);
    connect(receipt, &QPushButton::clicked, this, &CounterWorkspace::printReceipt);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_casePage);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &CounterWorkspace::backToCaseFile);
    // Drafts and the one-time notification.
    m_intake->attach(services.drafts(), services.makeDraftAutosaver(session), session,
                     services.counter());
    m_intake->setDocuments(&services.documents());
    m_intake->setEvidence(&services.evidence());
    splitter->addWidget(m_identity);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);

    connect(m_caseFile, &CaseFilePage::intakeRequested, this, &CounterWorkspace::startIntake);
    connect(m_caseFile, &CaseFilePage::caseRequested, this, &CounterWorkspace::openCase);
    connect(m_intake, &IntakePage::acceptRequested, this, &CounterWorkspace::acceptIntake);
    connect(m_intake, &IntakePage::cancelled, this, &CounterWorkspace::backToCaseFile);
    connect(m_intake, &IntakePage::personCardRequested, this, &CounterWorkspace::readCard);
    connect(m_intake, &IntakePage::nonAcceptanceProposed, m_caseFile,
            &CaseFilePage::reloadDecisions);

    m_readerStatus = new QLabel(this);
    m_readerStatus->setObjectName(QStringLiteral("readerStatus"));
    // Reads reach the counter through the core, recorded as evidence first.
    EvidenceRecorder &recorder = services.evidenceRecorder();
    connect(&recorder, &EvidenceRecorder::cardRecorded, this, &CounterWorkspace::onCardRecorded);
    connect(&recorder, &EvidenceRecorder::readFailed, this, &CounterWorkspace::onReadFailed);
    connect(&recorder, &EvidenceRecorder::recordFailed, this,
            [this](const QString &code, const QString &detail) {
                updateReaderStatus();
                showError(tr("证件已读取，但未能记录，本次读卡无效：%1")
                              .arg(UserMessages::error(Error{code, detail})));
            });
    if (CardReader *reader = services.cardReader()) {
        // A real reader polls while the counter is open: placing a card is enough.
        if (auto *serial = qobject_cast<SerialCardReader *>(reader)) {
            connect(serial, &SerialCardReader::stateChanged, this,
                    &CounterWorkspace::updateReaderStatus);
            serial->start();
        }
        updateReaderStatus();
    } else {
        m_readerStatus->setText(tr("读卡器：未配置"));
        m_readCardAction->setEnabled(false);
    }
    if (services.options().scannerInput) {
        // A keyboard-wedge scanner types the code and Enter, wherever the focus is.
        auto *wedge = new WedgeScanDetector(this);
        qApp->installEventFilter(wedge);
        connect(wedge, &WedgeScanDetector::scanned, this, [this](const QString &text) {
            if (isVisible())
                handleScan(text);
        });
    }
    if (ChangeNotifier *changes = services.changes())
        connect(changes, &ChangeNotifier::changed, this, &CounterWorkspace::onSharedChange);

    // The screen facing the citizen: what the counter has of them, the intake to
    // confirm, the rating at the end of the visit.
    const QString where = services.counter().citizenScreen;
    if (!where.isEmpty()) {
        m_citizen = new CitizenScreen;
        connect(m_citizen, &CitizenScreen::ratingChosen, this, &CounterWorkspace::storeRating);
        connect(m_citizen, &CitizenScreen::confirmed, this, [this] {
            if (!m_awaitingConfirmation)
                return;
            const IntakeRequest request = *m_awaitingConfirmation;
            m_awaitingConfirmation.reset();
            submitIntake(request);
        });
        connect(m_citizen, &CitizenScreen::declined, this, [this] {
            m_awaitingConfirmation.reset();
            m_intake->showMessage(tr("市民表示信息有误：请与市民核对后修改，再按受理。"));
        });
        const QList<QScreen *> screens = QGuiApplication::screens();
        bool isNumber = false;
        const int index = where.toInt(&isNumber);
        if (isNumber && index >= 0 && index < screens.size()) {
            m_citizen->setGeometry(screens.at(index)->geometry());
            m_citizen->showFullScreen();
        } else {
            m_citizen->show();
        }
    }
    connect(m_intake, &IntakePage::notificationPrinted, this, &CounterWorkspace::offerRating);
    connect(m_intake, &IntakePage::nonAcceptanceProposed, this, &CounterWorkspace::offerRating);
    connect(m_casePanel, &CasePanel::changed, this, [this](const QString &, CaseAction action) {
        if (action == CaseAction::Deliver)
            offerRating();
    });
}

CounterWorkspace::~CounterWorkspace()
{
    // The reader outlives the workspace (the next user's counter uses it).
    if (CardReader *reader = m_services.cardReader())
        disconnect(reader, nullptr, this, nullptr);
    disconnect(&m_services.evidenceRecorder(), nullptr, this, nullptr);
    delete m_citizen;
}

QString CounterWorkspace::title() const
{
    return tr("综合窗口");
}

QList<QWidget *> CounterWorkspace::statusWidgets() const
{
    return {m_readerStatus};
}

void CounterWorkspace::leaving()
{
    m_intake->saveDraftNow();
}

QAction *CounterWorkspace::addAction(const QString &icon, const QString &text,
                                     const QString &objectName, const QKeySequence &key)
{
    auto *action = new QAction(Theme::icon(icon), text, this);
    action->setObjectName(objectName);
    if (!key.isEmpty()) {
        action->setShortcut(key);
        action->setShortcutContext(Qt::ApplicationShortcut);
    }
    m_actions.append(action);
    return action;
}

QString CounterWorkspace::readerStatusText(const SerialCardReader &reader)
{
    const QString port =
        reader.activePortName().isEmpty() ? reader.portName() : reader.activePortName();
    switch (reader.state()) {
    case SerialCardReader::State::Ready:
        return tr("读卡器 %1：就绪，请放置证件").arg(port);
    case SerialCardReader::State::Reading:
        return tr("读卡器 %1：正在读卡…").arg(port);
    case SerialCardReader::State::CardPresent:
        return tr("读卡器 %1：已读取，请取走证件").arg(port);
    case SerialCardReader::State::Error:
        return tr("读卡器 %1：无响应或故障（%2）").arg(port, reader.errorCode());
    case SerialCardReader::State::Disconnected:
        break;
    }
    return reader.errorCode() == QLatin1String("not-found") || port.isEmpty()
               ? tr("读卡器：未找到，请检查连接（自动重试）")
               : tr("读卡器 %1：已断开，正在重新连接…").arg(port);
}

void CounterWorkspace::updateReaderStatus()
{
    CardReader *reader = m_services.cardReader();
    if (auto *serial = qobject_cast<SerialCardReader *>(reader))
        m_readerStatus->setText(readerStatusText(*serial));
    else if (reader)
        m_readerStatus->setText(tr("读卡器：%1 就绪").arg(reader->describe()));
}

void CounterWorkspace::readCard()
{
    if (CardReader *reader = m_services.cardReader()) {
        m_readerStatus->setText(tr("读卡器：%1 正在读卡…").arg(reader->describe()));
        reader->readCard();
    }
}

void CounterWorkspace::onCardRecorded(const VisitEvidence &evidence)
{
    updateReaderStatus();
    // A party of the intake (the other parent, a seller) is not the next citizen,
    // nor is an agent collecting a result.
    if (m_stack->currentWidget() == m_intake && m_intake->takeCard(evidence))
        return;
    if (m_stack->currentWidget() == m_casePage && m_casePanel->takeCard(evidence.card))
        return;
    m_visit.identify(evidence);
    m_identity->showCard(evidence.card, m_visit.flags(), m_visit.sourceKey());
    identified();
    openCaseFile();
}

void CounterWorkspace::onReadFailed(const QString &code)
{
    updateReaderStatus();
    if (code == QLatin1String("no-card") || code == QLatin1String("no-reader")) {
        // Nothing was read: whoever is on screen stays.
        Q_EMIT statusMessage(UserMessages::readFailure(code), 8000);
        return;
    }
    // Never leave the previous citizen's file open under a failed read.
    clearCitizen();
    m_identity->showFailure(UserMessages::readFailure(code));
}

void CounterWorkspace::scanImageFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("选择二维码图片"), QString(),
                                                      tr("图片 (*.png *.jpg *.jpeg *.bmp)"));
    if (path.isEmpty())
        return;
    const QImage image(path);
    if (image.isNull()) {
        showError(tr("无法打开图片 %1。").arg(path));
        return;
    }
    const QrDecoder::Decoded decoded = QrDecoder::decode(image);
    if (!decoded.found) {
        showError(tr("图片中没有找到可识别的二维码。"));
        return;
    }
    handleScan(decoded.text);
}

void CounterWorkspace::handleScan(const QString &text)
{
    using Kind = CounterVisit::Scan::Kind;
    const CounterVisit::Scan scan =
        m_visit.scan(text, m_services.counter().hallKey, m_services.clock().now(),
                     m_services.catalogue(), m_services.evidence(), m_session);
    switch (scan.kind) {
    case Kind::Foreign:
        // Someone else's code: say what it is, never follow it.
        showNotice(tr("这不是本大厅的二维码，内容为：\n%1").arg(scan.text));
        return;
    case Kind::Web:
        showNotice(tr("这是一个网址，不是本大厅的二维码：\n%1").arg(scan.text));
        return;
    case Kind::Refused:
        // The core put it on the record (CounterVisit::scan).
        showError(scan.error == QLatin1String("expired")
                      ? tr("二维码已过期，请让市民刷新后重新出示。")
                  : scan.error == QLatin1String("unknown-version")
                      ? tr("二维码版本过新，本窗口程序无法识别，请升级。")
                      : tr("二维码校验失败：可能是伪造或被篡改的二维码，已拒绝。"));
        return;
    case Kind::OpenCase:
        openCaseByNumber(scan.caseNumber);
        return;
    case Kind::UnknownMatter:
        showError(tr("预约的事项（%1）不在本窗口的事项目录中。").arg(scan.matterId));
        return;
    case Kind::MatterBooked: {
        const FormTemplate *form = m_services.catalogue().find(scan.matterId);
        showNotice(tr("预约：%1（%2）。请读取申请人的身份证，读卡后自动进入受理。")
                       .arg(form ? form->title.text() : scan.matterId,
                            scan.slot.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        return;
    }
    case Kind::StartIntake:
        startIntake(scan.matterId);
        return;
    case Kind::Identified:
        m_identity->showCard(m_visit.card(), m_visit.flags(), m_visit.sourceKey());
        identified();
        openCaseFile();
        return;
    case Kind::Document:
        showNotice(tr("本大厅签发的文书 %1，签名核验通过。").arg(scan.documentNumber));
        return;
    case Kind::Unrecorded:
        showError(tr("电子身份码有效，但未能记录，身份未识别：%1")
                      .arg(UserMessages::error(Error{scan.error, {}})));
        return;
    }
}

void CounterWorkspace::openCaseByNumber(const QString &caseNumber)
{
    auto file = m_services.caseFiles().openByCaseNumber(caseNumber, m_session);
    if (!file) {
        showError(file.error().code == QLatin1String("not-found")
                      ? tr("没有找到办件 %1。").arg(caseNumber)
                      : UserMessages::error(file.error()));
        return;
    }
    // The receipt proves the case, not who is standing at the counter: the file
    // opens for reading and a new intake still needs the card.
    clearCitizen();
    m_identity->showFailure(
        tr("由回执二维码打开办件 %1，未核验身份；办理新事项请读卡。").arg(caseNumber));
    showFile(file.value());
    m_caseFile->highlightCase(caseNumber);
}

void CounterWorkspace::showFile(const CaseFile &file)
{
    const qint64 personId = file.person.id;
    CaseFileService &caseFiles = m_services.caseFiles();
    // Paged as whoever is signed in when the clerk scrolls on, audited each time.
    m_caseFile->setCaseFile(file, [this, &caseFiles, personId](int offset, int limit) {
        return caseFiles.pastCases(personId, limit, offset, m_session);
    });
    m_stack->setCurrentWidget(m_caseFile);
}

void CounterWorkspace::onSharedChange(const QString &topic, const QString &key)
{
    if (m_stack->currentWidget() != m_caseFile)
        return; // never pull the page from under an intake
    const CaseFile &shown = m_caseFile->caseFile();
    if (shown.person.id == 0)
        return;
    // "*": the notifier listens again after an outage; anything may have changed.
    bool relevant = topic == QLatin1String(ChangeNotifier::kAnything);
    for (const CaseRecord &c : shown.openCases) {
        if (topic == QLatin1String(ChangeNotifier::kCases) && QString::number(c.id) == key)
            relevant = true;
        for (const SubCase &s : c.subCases)
            if (topic == QLatin1String(ChangeNotifier::kSubCases) && s.department == key)
                relevant = true;
    }
    if (!relevant)
        return;
    auto file = m_services.caseFiles().openPerson(shown.person.id, m_session);
    if (file)
        showFile(file.value());
}

void CounterWorkspace::openPersonById(qint64 personId)
{
    if (personId <= 0)
        return;
    clearCitizen();
    auto file = m_services.caseFiles().openPerson(personId, m_session);
    if (!file) {
        showError(UserMessages::error(file.error()));
        return;
    }
    m_identity->showFailure(tr("由档案检索打开，未核验身份；办理新事项请读卡。"));
    showFile(file.value());
}

void CounterWorkspace::showNotice(const QString &message)
{
    Q_EMIT statusMessage(message, 20000);
    auto *box =
        new QMessageBox(QMessageBox::Information, tr("一窗通"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("noticeBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void CounterWorkspace::showError(const QString &message)
{
    Q_EMIT statusMessage(message, 20000);
    // Window-modal, not a nested event loop: the counter keeps its state underneath.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("一窗通"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void CounterWorkspace::clearCitizen()
{
    m_visit.clear();
    m_identity->clear();
    m_caseFile->setCaseFile(CaseFile());
    m_casePanel->clear();
    m_stack->setCurrentWidget(m_welcome);
}

void CounterWorkspace::enterIdentityManually()
{
    auto *dialog = new ManualIdentityDialog(m_services.clock().today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const Status recorded = m_visit.identifyManually(
                dialog->identity(), dialog->reasonCode(), m_services.evidence(), m_session);
            !recorded) {
            showError(tr("手工录入的身份未能记录：%1").arg(UserMessages::error(recorded.error())));
            return;
        }
        m_identity->showCard(m_visit.card(), m_visit.flags(), m_visit.sourceKey());
        identified();
        openCaseFile();
    });
    dialog->open();
}

void CounterWorkspace::openCaseFile()
{
    auto file = m_services.caseFiles().open(m_visit.card().idNumber, m_session);
    if (!file) {
        showError(UserMessages::error(file.error()));
        return;
    }
    showFile(file.value());
    m_caseFile->setDrafts(m_intake->drafts(m_visit.card().idNumber));
    const QString booked = m_visit.takeBookedMatter();
    if (!booked.isEmpty())
        startIntake(booked);
}

void CounterWorkspace::startIntake(const QString &templateId)
{
    const FormTemplate *form = m_services.catalogue().find(templateId);
    if (!form)
        return;
    if (!m_visit.isIdentified()) {
        showNotice(tr("请先读取申请人的身份证（F2），或手工录入身份（F3）。"));
        return;
    }
    m_intake->start(*form, m_visit.evidence(), m_caseFile->caseFile());
    // A resumed draft keeps its intake's key: if that intake was accepted and the
    // answer lost with the connection (or the window), accepting finds the case.
    m_visit.beginIntake(m_intake->intakeKey());
    m_intake->setIntakeKey(m_visit.intakeKey());
    QStringList problems;
    for (const CardFlag &f : m_visit.flags())
        problems << UserMessages::cardFlag(f);
    m_intake->setIdentityProblems(problems);
    m_stack->setCurrentWidget(m_intake);
}

void CounterWorkspace::openCase(const QString &caseNumber)
{
    if (!m_casePanel->open(caseNumber))
        return;
    m_stack->setCurrentWidget(m_casePage);
    m_casePanel->view()->setFocus();
}

void CounterWorkspace::printReceipt()
{
    // The stored case as it stands now: after a supplement, the new promised date.
    const CaseSnapshot &s = m_casePanel->snapshot();
    if (s.record.id == 0)
        return;
    // A receipt printed again is a reprint: marked 补打, counted and audited.
    auto printed = m_services.documents().render(s.record.caseNumber, DocumentKind::Acceptance,
                                                 std::nullopt, true, m_session);
    if (!printed) {
        showError(tr("回执未能生成：%1").arg(UserMessages::error(printed.error())));
        return;
    }
    ReceiptPreviewDialog::showFor(printed->path, this,
                                  m_services.counter().printers.value(QStringLiteral("receipt")));
}

void CounterWorkspace::backToCaseFile()
{
    const qint64 person = m_caseFile->caseFile().person.id;
    if (m_stack->currentWidget() == m_casePage && person != 0) {
        // Whatever was done to the case shows in the file.
        auto file = m_services.caseFiles().openPerson(person, m_session);
        if (file) {
            showFile(file.value());
            return;
        }
    }
    m_stack->setCurrentWidget(
        m_visit.isIdentified() || person != 0 ? static_cast<QWidget *>(m_caseFile) : m_welcome);
}

void CounterWorkspace::acceptIntake()
{
    const FormTemplate *form = m_intake->form();
    if (!form)
        return;
    IntakeRequest request = m_visit.request(
        *form, m_intake->values(), m_intake->materialsReceived(), m_intake->partyEvidence());
    if (m_intake->waivingFees()) {
        request.feeWaiverReason = m_intake->feeWaiverReason();
        if (request.feeWaiverReason.isEmpty()) {
            m_intake->showMessage(tr("减免费用须填写理由（交值班长复核）。"));
            return;
        }
    }
    if (needsCitizenConfirmation()) {
        // The same answers the core will store, as the citizen reads them.
        m_awaitingConfirmation = request;
        m_citizen->askConfirmation(IntakeSummary::build(m_services.intake(), *form, request.values,
                                                        request.materialsReceived,
                                                        !request.feeWaiverReason.isEmpty()));
        m_intake->showMessage(tr("请市民在市民屏上核对，确认无误后自动受理。"));
        return;
    }
    submitIntake(request);
}

bool CounterWorkspace::needsCitizenConfirmation() const
{
    return m_citizen && m_services.counter().citizenConfirms;
}

void CounterWorkspace::identified()
{
    auto visit = m_services.visits().begin(m_visit.evidence().id, m_session);
    if (!visit)
        Q_EMIT statusMessage(tr("本次来访未能记录：%1").arg(UserMessages::error(visit.error())),
                             10000);
    m_awaitingConfirmation.reset();
    if (m_citizen)
        m_citizen->showIdentity(m_visit.card());
}

void CounterWorkspace::nextCitizen()
{
    m_intake->saveDraftNow();
    if (const Status ended = m_services.visits().next(m_session); !ended) {
        showError(tr("未能结束本次来访：%1").arg(UserMessages::error(ended.error())));
        return;
    }
    clearCitizen();
    offerRating();
}

void CounterWorkspace::offerRating()
{
    if (!m_citizen)
        return;
    auto visit = m_services.visits().justEnded(m_session);
    if (!visit || visit.value().id == 0 || visit.value().id == m_offeredVisit)
        return;
    m_offeredVisit = visit.value().id;
    m_citizen->askRating(m_offeredVisit);
}

void CounterWorkspace::storeRating(qint64 visitId, const RatingInput &input)
{
    auto rated = m_services.ratings().rateVisit(visitId, input, m_session);
    if (m_citizen)
        m_citizen->showThanks(rated.ok());
    // The clerk learns that a rating was given, never which.
    Q_EMIT statusMessage(rated
                             ? tr("市民已完成评价。")
                             : tr("市民的评价未能保存：%1").arg(UserMessages::error(rated.error())),
                         8000);
}

void CounterWorkspace::askOverrideReason(const IntakeRequest &request, const QString &flags)
{
    // A problem with an identity is never accepted silently: once the intake is
    // otherwise complete, the core asks, and the clerk confirms with a reason for
    // the supervisor. The problems are the core's, worded here.
    QStringList problems;
    for (const QString &flag : flags.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int colon = flag.indexOf(QLatin1Char(':'));
        const CardFlag problem{colon < 0 ? flag : flag.mid(colon + 1), {}};
        const FieldDefinition *field =
            colon < 0 || !request.form ? nullptr : request.form->field(flag.left(colon));
        problems << (colon < 0 ? tr("申请人：%1").arg(UserMessages::cardFlag(problem))
                               : tr("%1：%2").arg(field ? field->label.text() : flag.left(colon),
                                                  UserMessages::cardFlag(problem)));
    }
    auto *dialog = new OverrideDialog(problems, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, retry = request]() mutable {
        retry.overrideReason = dialog->reason();
        submitIntake(retry);
    });
    dialog->open();
}

void CounterWorkspace::submitIntake(const IntakeRequest &request)
{
    auto accepted = m_services.acceptance().accept(request, m_session);
    if (!accepted) {
        const Error &error = accepted.error();
        if (error.code == QLatin1String("invalid-form")) {
            const int count = m_intake->showAllProblems();
            m_intake->showMessage(tr("还有 %1 项需要修改，见各项旁的红字。").arg(count));
        } else if (error.code == QLatin1String("materials-missing")) {
            // Said with the way there: the checklist, one key per material.
            QStringList titles;
            for (const QString &id : error.detail.split(QLatin1Char(','), Qt::SkipEmptyParts))
                if (const MaterialDefinition *m = request.form->material(id))
                    titles << m->title.text();
            m_intake->showMissingMaterials(
                tr("还有 %1 项材料未收取：%2。光标已在材料清单：空格或 Enter "
                   "勾选当前一项并转到下一项，F7 全部已收。")
                    .arg(titles.size())
                    .arg(titles.join(tr("、"))));
        } else if (error.code == QLatin1String("override-reason-missing") &&
                   request.overrideReason.trimmed().isEmpty()) {
            askOverrideReason(request, error.detail);
        } else {
            m_intake->showMessage(UserMessages::error(error));
        }
        return;
    }
    const AcceptanceService::Accepted &done = accepted.value();
    m_intake->discardDraft();
    showFile(done.file);
    if (done.receiptPath.isEmpty()) {
        showError(tr("办件 %1 已受理并保存，但回执未能生成：%2")
                      .arg(done.record.caseNumber, UserMessages::error(done.receiptError)));
        return;
    }
    Q_EMIT statusMessage(tr("办件 %1 已受理，回执已生成").arg(done.record.caseNumber), 15000);
    offerRating();
    ReceiptPreviewDialog::showFor(done.receiptPath, this,
                                  m_services.counter().printers.value(QStringLiteral("receipt")));
    Q_EMIT caseAccepted(done.record.caseNumber, done.receiptPath);
}

} // namespace OneWindow
