#include "MainWindow.h"

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
#include "identity/HallKey.h"
#include "identity/SerialCardReader.h"
#include "receipts/ReceiptRenderer.h"
#include "storage/Database.h"
#include "workflow/CounterServices.h"
#include "workflow/IntakeService.h"
#include "workflow/ReceiptBuilder.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
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
    m_stack->addWidget(m_welcome);

    m_caseFile = new CaseFilePage(services.catalogue(), m_stack);
    m_stack->addWidget(m_caseFile);
    m_intake = new IntakePage(services.clock(), m_stack);
    m_stack->addWidget(m_intake);
    splitter->addWidget(m_identity);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);

    connect(m_caseFile, &CaseFilePage::intakeRequested, this, &MainWindow::startIntake);
    connect(m_intake, &IntakePage::acceptRequested, this, &MainWindow::acceptIntake);
    connect(m_intake, &IntakePage::cancelled, this, &MainWindow::backToCaseFile);

    const Session session = services.session();
    m_userStatus = new QLabel(tr("%1 · %2号窗口").arg(session.displayName, session.counterCode), this);
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
            connect(serial, &SerialCardReader::stateChanged, this, [this, serial] {
                m_readerStatus->setText(readerStatusText(*serial));
            });
            serial->start();
            m_readerStatus->setText(readerStatusText(*serial));
        }
    } else {
        m_readerStatus->setText(tr("读卡器：未配置"));
        m_readCardAction->setEnabled(false);
    }
    m_idleLock = new IdleLock(services.options().idleLockMinutes * 60 * 1000, this);
    connect(m_idleLock, &IdleLock::idle, this, &MainWindow::lock);

    for (const QString &problem : services.catalogue().problems())
        statusBar()->showMessage(tr("有模板无法加载，已跳过：%1").arg(problem), 15000);
}

QString MainWindow::readerStatusText(const SerialCardReader &reader)
{
    const QString port = reader.activePortName().isEmpty() ? reader.portName() : reader.activePortName();
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
    m_card = card;
    m_flags = CardCheck::inspect(card, m_services.clock().today());
    m_identity->showCard(card, m_flags);
    openCaseFile();
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
    m_caseFile->setCaseFile(file.value());
    m_stack->setCurrentWidget(m_caseFile);
}

void MainWindow::startIntake(const QString &templateId)
{
    const FormTemplate *form = m_services.catalogue().find(templateId);
    if (!form || m_card.isEmpty())
        return;
    // A card read by the reader proves the applicant's ID card: no copy needed.
    QSet<QString> held;
    if (m_flags.isEmpty())
        held.insert(QStringLiteral("id-card"));
    m_intake->start(*form, m_card, m_caseFile->caseFile().person, held);
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
    request.identitySource = m_card.kind == CardIdentity::Kind::Manual ? QStringLiteral("manual")
                                                                       : QStringLiteral("card");
    for (const CardFlag &f : m_flags)
        request.identityFlags << f.code;
    request.values = m_intake->values();
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
    // The stored case is what the receipt prints, so read the person back too.
    auto file = m_services.caseFiles().open(m_card.idNumber, m_services.session());
    const Person person = file ? file.value().person : Person();
    // The hall key signs the receipt's QR code: $ONEWINDOW_HALL_KEY, else the
    // counter settings (hall/key), else one generated for a demo counter.
    QSettings keyStore;
    const ReceiptData data = ReceiptBuilder::build(
        record, person, *form, m_services.session(), m_services.options().hallName,
        m_services.options().hallCode, HallKey::loadOrCreate(keyStore));
    QDir().mkpath(m_services.options().receiptsFolder);
    const QString path = QDir(m_services.options().receiptsFolder)
                             .filePath(record.caseNumber + QStringLiteral(".pdf"));
    if (file) {
        m_caseFile->setCaseFile(file.value());
        m_stack->setCurrentWidget(m_caseFile);
    }
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
