#include "MainWindow.h"

#include "CameraScanDialog.h"
#include "CaseFilePage.h"
#include "IdentityPanel.h"
#include "IdleLock.h"
#include "IntakePage.h"
#include "LoginDialog.h"
#include "ManualIdentityDialog.h"
#include "ReceiptPreviewDialog.h"
#include "SettingsDialog.h"
#include "UserMessages.h"
#include "casefile/CaseFileService.h"
#include "common/Clock.h"
#include "identity/CardReader.h"
#include "identity/IdNumber.h"
#include "identity/QrDecoder.h"
#include "identity/QrPayload.h"
#include "identity/SerialCardReader.h"
#include "identity/WedgeScanDetector.h"
#include "models/PersonSearchModel.h"
#include "receipts/ReceiptRenderer.h"
#include "storage/ChangeNotifier.h"
#include "storage/Database.h"
#include "workflow/CounterServices.h"
#include "workflow/IntakeService.h"
#include "workflow/ReceiptBuilder.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUuid>
#include <QVBoxLayout>

namespace OneWindow {

MainWindow::MainWindow(CounterServices &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("一窗通 · %1 · %2号窗口")
                       .arg(services.options().hallName, services.options().counterCode));
    resize(1366, 800);

    auto *toolbar = addToolBar(tr("操作"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_readCardAction = toolbar->addAction(tr("读卡 (F2)"));
    m_readCardAction->setObjectName(QStringLiteral("readCardAction"));
    m_readCardAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_readCardAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_readCardAction, &QAction::triggered, this, &MainWindow::readCard);
    QAction *manual = toolbar->addAction(tr("手工录入 (F3)"));
    manual->setObjectName(QStringLiteral("manualEntryAction"));
    manual->setShortcut(QKeySequence(Qt::Key_F3));
    manual->setShortcutContext(Qt::ApplicationShortcut);
    connect(manual, &QAction::triggered, this, &MainWindow::enterIdentityManually);
    QAction *scanImage = toolbar->addAction(tr("识别二维码图片…"));
    scanImage->setObjectName(QStringLiteral("scanImageAction"));
    connect(scanImage, &QAction::triggered, this, &MainWindow::scanImageFile);
    QAction *camera = toolbar->addAction(tr("摄像头扫码 (F4)"));
    camera->setObjectName(QStringLiteral("cameraScanAction"));
    camera->setShortcut(QKeySequence(Qt::Key_F4));
    connect(camera, &QAction::triggered, this, [this] {
        auto *dialog = new CameraScanDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &CameraScanDialog::scanned, this, &MainWindow::handleScan);
        dialog->open();
    });
    toolbar->addSeparator();
    QAction *lockAction = toolbar->addAction(tr("锁屏 (Ctrl+L)"));
    lockAction->setObjectName(QStringLiteral("lockAction"));
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(lockAction, &QAction::triggered, this, &MainWindow::lock);
    if (services.session().role == Role::Administrator) {
        QAction *settings = toolbar->addAction(tr("窗口设置"));
        settings->setObjectName(QStringLiteral("settingsAction"));
        connect(settings, &QAction::triggered, this, &MainWindow::openSettings);
    }

    auto *splitter = new QSplitter(this);
    m_identity = new IdentityPanel(splitter);
    m_identity->setMinimumWidth(300);
    m_identity->setMaximumWidth(380);
    m_stack = new QStackedWidget(splitter);
    m_stack->setObjectName(QStringLiteral("pageStack"));

    m_welcome = new QWidget(m_stack);
    m_welcome->setObjectName(QStringLiteral("welcomePage"));
    auto *welcomeLayout = new QVBoxLayout(m_welcome);
    auto *welcomeText = new QLabel(
        tr("<h2>请读取证件</h2><p>请市民将身份证放在读卡器上，按 F2 或点击“读卡”。</p>"
           "<p>一号一窗一网：读卡后自动调取市民在各部门的办件档案，已有材料无需重复提交。</p>"),
        m_welcome);
    welcomeText->setAlignment(Qt::AlignCenter);
    welcomeText->setWordWrap(true);
    welcomeLayout->addWidget(welcomeText);
    // Finding a file without the card (a phone call, a case number on a letter):
    // the file opens for reading; a new intake still needs the card.
    m_personSearch = new QLineEdit(m_welcome);
    m_personSearch->setObjectName(QStringLiteral("personSearchEdit"));
    m_personSearch->setPlaceholderText(tr("查找档案：身份证号、姓名或拼音首字母、办件编号、电话"));
    m_personSearch->setClearButtonEnabled(true);
    welcomeLayout->addWidget(m_personSearch);
    m_searchModel = new PersonSearchModel(services.database(), this);
    auto *results = new QTableView(m_welcome);
    results->setObjectName(QStringLiteral("personSearchView"));
    results->setModel(m_searchModel);
    results->setSelectionBehavior(QAbstractItemView::SelectRows);
    results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    results->verticalHeader()->hide();
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
    m_stack->addWidget(m_caseFile);
    m_intake = new IntakePage(services.clock(), m_stack);
    m_stack->addWidget(m_intake);
    m_intake->attach(services); // drafts and the one-time notification (issue 5)
    splitter->addWidget(m_identity);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);

    connect(m_caseFile, &CaseFilePage::intakeRequested, this, &MainWindow::startIntake);
    connect(m_intake, &IntakePage::acceptRequested, this, &MainWindow::acceptIntake);
    connect(m_intake, &IntakePage::cancelled, this, &MainWindow::backToCaseFile);
    connect(m_intake, &IntakePage::personCardRequested, this, &MainWindow::readCard);

    const Session session = services.session();
    m_userStatus =
        new QLabel(tr("%1 · %2号窗口").arg(session.displayName, session.counterCode), this);
    m_userStatus->setObjectName(QStringLiteral("userStatus"));
    statusBar()->addWidget(m_userStatus);
    m_readerStatus = new QLabel(this);
    m_readerStatus->setObjectName(QStringLiteral("readerStatus"));
    statusBar()->addPermanentWidget(m_readerStatus);
    auto *db = new QLabel(services.database().url().toString(), this);
    db->setObjectName(QStringLiteral("databaseStatus"));
    statusBar()->addPermanentWidget(db);

    if (CardReader *reader = services.cardReader()) {
        connect(reader, &CardReader::cardRead, this, &MainWindow::onCardRead);
        connect(reader, &CardReader::readFailed, this, &MainWindow::onReadFailed);
        m_readerStatus->setText(tr("读卡器：%1 就绪").arg(reader->describe()));
        // A real reader polls while the counter is open: placing a card is enough.
        if (auto *serial = qobject_cast<SerialCardReader *>(reader)) {
            connect(serial, &SerialCardReader::stateChanged, this,
                    [this, serial] { m_readerStatus->setText(readerStatusText(*serial)); });
            serial->start();
            m_readerStatus->setText(readerStatusText(*serial));
        }
    } else {
        m_readerStatus->setText(tr("读卡器：未配置"));
        m_readCardAction->setEnabled(false);
    }
    if (services.options().scannerInput) {
        // A keyboard-wedge scanner types the code and Enter, wherever the focus is.
        auto *wedge = new WedgeScanDetector(this);
        qApp->installEventFilter(wedge);
        connect(wedge, &WedgeScanDetector::scanned, this, &MainWindow::handleScan);
    }
    // Other counters and department officers change cases too: on PostgreSQL the
    // file on screen follows their commits (LISTEN/NOTIFY). One SQLite file serves
    // one counter, so there is nobody else to follow.
    if (services.database().dialect() == DatabaseUrl::Dialect::Postgres) {
        m_changes = new ChangeNotifier(services.database().url(), this);
        if (m_changes->start())
            connect(m_changes, &ChangeNotifier::changed, this, &MainWindow::onSharedChange);
        else
            statusBar()->showMessage(tr("无法接收其他窗口的实时更新，请手动刷新。"), 10000);
    }
    m_idleLock = new IdleLock(services.options().idleLockMinutes * 60 * 1000, this);
    connect(m_idleLock, &IdleLock::idle, this, &MainWindow::lock);

    for (const QString &problem : services.catalogue().problems())
        statusBar()->showMessage(tr("有模板无法加载，已跳过：%1").arg(problem), 15000);
}

QString MainWindow::readerStatusText(const SerialCardReader &reader)
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

void MainWindow::readCard()
{
    if (CardReader *reader = m_services.cardReader()) {
        m_readerStatus->setText(tr("读卡器：%1 正在读卡…").arg(reader->describe()));
        reader->readCard();
    }
}

void MainWindow::onCardRead(const CardIdentity &card)
{
    if (auto *serial = qobject_cast<SerialCardReader *>(m_services.cardReader()))
        m_readerStatus->setText(readerStatusText(*serial));
    else
        m_readerStatus->setText(tr("读卡器：%1 就绪").arg(m_services.cardReader()->describe()));
    // A party of the intake (the other parent, a seller) is not the next citizen.
    if (m_stack->currentWidget() == m_intake && m_intake->takeCard(card))
        return;
    m_card = card;
    m_cardSource = QStringLiteral("card");
    m_flags = CardCheck::inspect(card, m_services.clock().today());
    m_identity->showCard(card, m_flags);
    openCaseFile();
}

void MainWindow::scanImageFile()
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

void MainWindow::handleScan(const QString &text)
{
    const QrPayload::Inspection seen =
        QrPayload::inspect(text, m_services.options().hallKey, m_services.clock().now());
    if (!seen.ours) {
        // Someone else's code: say what it is, never follow it.
        const bool web =
            text.startsWith(QLatin1String("http://")) || text.startsWith(QLatin1String("https://"));
        showNotice(web ? tr("这是一个网址，不是本大厅的二维码：\n%1").arg(text.left(200))
                       : tr("这不是本大厅的二维码，内容为：\n%1").arg(text.left(200)));
        return;
    }
    if (!seen.valid()) {
        const QString &c = seen.error.code;
        showError(c == QLatin1String("expired") ? tr("二维码已过期，请让市民刷新后重新出示。")
                  : c == QLatin1String("unknown-version")
                      ? tr("二维码版本过新，本窗口程序无法识别，请升级。")
                      : tr("二维码校验失败：可能是伪造或被篡改的二维码，已拒绝。"));
        return;
    }
    const QrPayload &payload = *seen.payload;
    switch (payload.type()) {
    case QrPayload::Type::ReceiptTracking:
        openCaseByNumber(payload.caseNumber());
        break;
    case QrPayload::Type::Appointment: {
        const FormTemplate *form = m_services.catalogue().find(payload.matterId());
        if (!form) {
            showError(tr("预约的事项（%1）不在本窗口的事项目录中。").arg(payload.matterId()));
            return;
        }
        if (m_card.isEmpty()) {
            // The booking names the matter, not the person: intake starts after the card.
            m_pendingMatter = form->id;
            showNotice(tr("预约：%1（%2）。请读取申请人的身份证，读卡后自动进入受理。")
                           .arg(form->title.text(),
                                payload.slot().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        } else {
            startIntake(form->id);
        }
        break;
    }
    case QrPayload::Type::ElectronicId: {
        CardIdentity card;
        card.kind = CardIdentity::Kind::Manual;
        card.idNumber = payload.idNumber();
        card.name = payload.name();
        const IdNumberInfo info = IdNumber::check(card.idNumber, m_services.clock().today());
        card.birth = info.birth;
        card.sex = info.sex;
        m_card = card;
        m_cardSource = QStringLiteral("qr");
        m_flags = CardCheck::inspect(card, m_services.clock().today());
        m_identity->showCard(card, m_flags);
        openCaseFile();
        break;
    }
    }
}

void MainWindow::openCaseByNumber(const QString &caseNumber)
{
    auto file = m_services.caseFiles().openByCaseNumber(caseNumber, m_services.session());
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

void MainWindow::showFile(const CaseFile &file)
{
    const qint64 personId = file.person.id;
    m_caseFile->setCaseFile(file, [this, personId](int offset, int limit) {
        return m_services.caseFiles().pastCases(personId, limit, offset);
    });
    m_stack->setCurrentWidget(m_caseFile);
}

void MainWindow::onSharedChange(const QString &topic, const QString &key)
{
    if (m_stack->currentWidget() != m_caseFile)
        return; // never pull the page from under an intake
    const CaseFile &shown = m_caseFile->caseFile();
    if (shown.person.id == 0)
        return;
    bool relevant = false;
    for (const CaseRecord &c : shown.openCases) {
        if (topic == QLatin1String(ChangeNotifier::kCases) && QString::number(c.id) == key)
            relevant = true;
        for (const SubCase &s : c.subCases)
            if (topic == QLatin1String(ChangeNotifier::kSubCases) && s.department == key)
                relevant = true;
    }
    if (!relevant)
        return;
    auto file = m_services.caseFiles().openPerson(shown.person.id, m_services.session());
    if (file)
        showFile(file.value());
}

void MainWindow::openPersonById(qint64 personId)
{
    if (personId <= 0)
        return;
    clearCitizen();
    auto file = m_services.caseFiles().openPerson(personId, m_services.session());
    if (!file) {
        showError(UserMessages::error(file.error()));
        return;
    }
    m_identity->showFailure(tr("由档案检索打开，未核验身份；办理新事项请读卡。"));
    showFile(file.value());
}

void MainWindow::showNotice(const QString &message)
{
    statusBar()->showMessage(message, 20000);
    auto *box =
        new QMessageBox(QMessageBox::Information, tr("一窗通"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("noticeBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::lock()
{
    m_idleLock->setEnabled(false);
    // Nothing of the citizen's file stays visible behind the lock screen.
    centralWidget()->hide();
    const QString previous = m_services.session().username;
    auto *login = new LoginDialog(m_services, this);
    login->setObjectName(QStringLiteral("lockDialog"));
    login->setAttribute(Qt::WA_DeleteOnClose);
    login->setLocked(previous);
    connect(login, &QDialog::finished, this, [this, login, previous](int result) {
        if (result != QDialog::Accepted) {
            QTimer::singleShot(0, this, &MainWindow::lock); // a lock cannot be dismissed
            return;
        }
        const Session session = login->session();
        if (session.username != previous)
            clearCitizen();
        m_userStatus->setText(tr("%1 · %2号窗口").arg(session.displayName, session.counterCode));
        centralWidget()->show();
        m_idleLock->setEnabled(true);
    });
    login->open();
}

void MainWindow::openSettings()
{
    QSettings store;
    SettingsDialog dialog(store, m_services.session(), this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("设置已保存，重新启动后生效。"), 10000);
}

void MainWindow::clearCitizen()
{
    m_card = CardIdentity();
    m_flags.clear();
    m_identity->clear();
    m_caseFile->setCaseFile(CaseFile());
    m_stack->setCurrentWidget(m_welcome);
}

void MainWindow::enterIdentityManually()
{
    auto *dialog = new ManualIdentityDialog(m_services.clock().today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_card = dialog->identity();
        m_cardSource = QStringLiteral("manual");
        // Recorded on the case: a supervisor reviews every manual identity.
        m_flags = {CardFlag{QStringLiteral("manual-identity"), dialog->reasonCode()}};
        m_identity->showCard(m_card, m_flags);
        openCaseFile();
    });
    dialog->open();
}

void MainWindow::onReadFailed(const QString &code)
{
    if (auto *serial = qobject_cast<SerialCardReader *>(m_services.cardReader()))
        m_readerStatus->setText(readerStatusText(*serial));
    else
        m_readerStatus->setText(tr("读卡器：%1 就绪").arg(m_services.cardReader()->describe()));
    if (code == QLatin1String("no-card") || code == QLatin1String("no-reader")) {
        // Nothing was read: whoever is on screen stays.
        statusBar()->showMessage(UserMessages::readFailure(code), 8000);
        return;
    }
    // Never leave the previous citizen's file open under a failed read.
    clearCitizen();
    m_identity->showFailure(UserMessages::readFailure(code));
}

void MainWindow::openCaseFile()
{
    auto file = m_services.caseFiles().open(m_card.idNumber, m_services.session());
    if (!file) {
        showError(UserMessages::error(file.error()));
        return;
    }
    showFile(file.value());
    m_caseFile->markDrafts(m_intake->draftTemplates(m_card.idNumber));
    if (!m_pendingMatter.isEmpty()) {
        const QString matter = m_pendingMatter;
        m_pendingMatter.clear();
        startIntake(matter);
    }
}

void MainWindow::startIntake(const QString &templateId)
{
    const FormTemplate *form = m_services.catalogue().find(templateId);
    if (!form)
        return;
    if (m_card.isEmpty()) {
        showNotice(tr("请先读取申请人的身份证（F2），或手工录入身份（F3）。"));
        return;
    }
    // A card read by the reader proves the applicant's ID card: no copy needed.
    QSet<QString> held;
    if (m_flags.isEmpty())
        held.insert(QStringLiteral("id-card"));
    m_intakeKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_intake->start(*form, m_card, m_caseFile->caseFile(), held);
    m_stack->setCurrentWidget(m_intake);
}

void MainWindow::backToCaseFile()
{
    m_stack->setCurrentWidget(m_card.isEmpty() ? m_welcome : static_cast<QWidget *>(m_caseFile));
}

void MainWindow::acceptIntake()
{
    const FormTemplate *form = m_intake->form();
    if (!form)
        return;
    IntakeRequest request;
    request.form = form;
    request.applicant = m_card;
    request.identitySource = m_cardSource;
    for (const CardFlag &f : m_flags)
        request.identityFlags << f.code;
    request.values = m_intake->values();
    request.intakeKey = m_intakeKey; // a retry after a lost connection finds the same case
    request.materialsReceived = m_intake->materialsReceived();
    request.heldDocuments = m_intake->heldDocuments();

    auto accepted = m_services.intake().accept(request, m_services.session());
    if (!accepted) {
        if (accepted.error().code == QLatin1String("invalid-form")) {
            const int count = m_intake->showAllProblems();
            m_intake->showMessage(tr("还有 %1 项需要修改，见各项旁的红字。").arg(count));
        } else {
            m_intake->showMessage(UserMessages::error(accepted.error()));
        }
        return;
    }
    const CaseRecord &record = accepted.value();
    m_intake->discardDraft();
    // The stored case is what the receipt prints, so read the person back too.
    auto file = m_services.caseFiles().open(m_card.idNumber, m_services.session());
    const Person person = file ? file.value().person : Person();
    const ReceiptData data = ReceiptBuilder::build(
        record, person, *form, m_services.session(), m_services.options().hallName,
        m_services.options().hallCode, m_services.options().hallKey);
    QDir().mkpath(m_services.options().receiptsFolder);
    const QString path = QDir(m_services.options().receiptsFolder)
                             .filePath(record.caseNumber + QStringLiteral(".pdf"));
    if (file)
        showFile(file.value());
    const Status written = ReceiptRenderer::writePdf(data, path);
    if (!written) {
        showError(tr("办件 %1 已受理并保存，但回执未能生成：%2")
                      .arg(record.caseNumber, UserMessages::error(written.error())));
        return;
    }
    auto *preview = new ReceiptPreviewDialog(path, this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->open();
    Q_EMIT caseAccepted(record.caseNumber, path);
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 20000);
    // Window-modal, not a nested event loop: the counter keeps its state underneath.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("一窗通"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace OneWindow
