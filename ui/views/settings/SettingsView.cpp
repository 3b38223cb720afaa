#include "SettingsView.h"

#include "pages/ContactFormsPage.h"
#include "pages/DoNotContactPage.h"
#include "pages/IdealCustomerPage.h"
#include "pages/KnowledgeBasePage.h"
#include "pages/LanguagePage.h"
#include "pages/LocalApiPage.h"
#include "pages/MailboxesPage.h"
#include "pages/PipelineStagesEditor.h"
#include "pages/WorkspacePage.h"
#include "ui/dialogs/MailAccountDialog.h"
#include "ui/widgets/ViewHeader.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <algorithm>

namespace sc::ui {

SettingsView::SettingsView(const models::Workspace& workspace, const QString& language, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("settingsView"));
    // Built in the order they are shown, which is also the keyboard's.
    auto* languagePage = new LanguagePage(language, this);
    auto* workspacePage = new WorkspacePage(workspace, this);
    auto* stages = new PipelineStagesEditor(workspace, this);
    m_aiProviders = new AiProvidersPage(workspace, this);
    m_knowledgeBase = new KnowledgeBasePage(workspace, this);
    m_mailboxes = new MailboxesPage(workspace, this);
    auto* idealCustomer = new IdealCustomerPage(workspace, this);
    auto* contactForms = new ContactFormsPage(workspace, this);
    auto* doNotContact = new DoNotContactPage(workspace, this);
    m_localApi = new LocalApiPage(workspace, this);
    m_pages = {languagePage, workspacePage, stages,       m_aiProviders, m_knowledgeBase,
               m_mailboxes,  idealCustomer, contactForms, doNotContact,  m_localApi};

    connect(languagePage, &LanguagePage::languageChosen, this, &SettingsView::languageChosen);
    connect(workspacePage, &WorkspacePage::workspaceFolderChosen, this, &SettingsView::workspaceFolderChosen);
    connect(m_aiProviders, &AiProvidersPage::saveSecretRequested, this, &SettingsView::saveSecretRequested);
    connect(m_aiProviders, &AiProvidersPage::removeSecretRequested, this, &SettingsView::removeSecretRequested);
    connect(m_mailboxes, &MailboxesPage::saveSecretRequested, this, &SettingsView::saveSecretRequested);
    connect(m_mailboxes, &MailboxesPage::removeSecretRequested, this, &SettingsView::removeSecretRequested);
    connect(m_mailboxes, &MailboxesPage::testMailAccountRequested, this, &SettingsView::testMailAccountRequested);
    connect(m_aiProviders, &AiProvidersPage::keychainRetryRequested, this, &SettingsView::keychainRetryRequested);
    connect(m_aiProviders, &AiProvidersPage::testProviderRequested, this, &SettingsView::testProviderRequested);
    connect(m_mailboxes, &MailboxesPage::keychainRetryRequested, this, &SettingsView::keychainRetryRequested);
    connect(m_localApi, &LocalApiPage::apiSettingsChanged, this, &SettingsView::apiSettingsChanged);

    auto* content = new QWidget(this);
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(20, 16, 20, 16);
    column->setSpacing(14);
    column->addWidget(new ViewHeader(tr("Settings"), content));
    for (SettingsPage* page : std::as_const(m_pages)) {
        column->addWidget(page);
    }
    column->addStretch(1);
    content->setMaximumWidth(900);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The sections on the left: a click brings one to the top; scrolling marks the one in sight.
    m_sections = new QListWidget(this);
    m_sections->setObjectName(QStringLiteral("settingsSections"));
    m_sections->setFrameShape(QFrame::NoFrame);
    m_sections->setFocusPolicy(Qt::StrongFocus);
    int widest = 0;
    for (const SettingsPage* page : std::as_const(m_pages)) {
        m_sections->addItem(page->title());
        widest = std::max(widest, m_sections->fontMetrics().horizontalAdvance(page->title()));
    }
    m_sections->setFixedWidth(widest + 36);
    // Quiet, like the sidebar: no white box, a little air between the entries.
    m_sections->setStyleSheet(QStringLiteral("QListWidget { background: transparent; } "
                                             "QListWidget::item { padding: 4px 6px; }"));
    connect(m_sections, &QListWidget::itemClicked, this, [this, scroll](QListWidgetItem* item) {
        const SettingsPage* page = m_pages.value(m_sections->row(item));
        if (page != nullptr) {
            m_followScroll = false;
            scroll->verticalScrollBar()->setValue(page->y() - 8);
            m_followScroll = true;
        }
    });
    connect(scroll->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (!m_followScroll) {
            return;
        }
        int current = 0;
        for (int i = 0; i < m_pages.size(); ++i) {
            if (m_pages.at(i)->y() <= value + 40) {
                current = i;
            }
        }
        const QSignalBlocker blocker(m_sections);
        m_sections->setCurrentRow(current);
    });
    m_sections->setCurrentRow(0);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* rail = new QVBoxLayout;
    rail->setContentsMargins(12, 64, 0, 12);
    rail->addWidget(m_sections);
    layout->addLayout(rail);
    layout->addWidget(scroll, 1);
}

void SettingsView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // A narrow window keeps its width for the settings themselves.
    m_sections->setVisible(width() >= 900);
}

QListWidget* SettingsView::sections() const
{
    return m_sections;
}

void SettingsView::addMailbox()
{
    m_mailboxes->addMailbox();
}

void SettingsView::setKeychainStatus(bool available, const QString& message)
{
    m_aiProviders->setKeychainStatus(available, message);
    m_mailboxes->setKeychainStatus(available, message);
}

void SettingsView::secretResult(const QString& key, bool ok, const QString& message)
{
    if (!m_mailboxes->secretResult(key, ok, message)) {
        m_aiProviders->secretResult(key, ok, message);
    }
}

void SettingsView::secretPresence(const QString& key, bool present)
{
    m_aiProviders->secretPresence(key, present);
}

void SettingsView::showProviderTest(const QString& providerName, bool ok, const QString& message)
{
    m_aiProviders->showTestResult(providerName, ok, message);
}

void SettingsView::setApiStatus(const QString& status, const QStringList& recentRequests)
{
    m_localApi->setApiStatus(status, recentRequests);
}

void SettingsView::setApiCertificate(const QString& sha256)
{
    m_localApi->setApiCertificate(sha256);
}

QString SettingsView::createApiKey(const QString& name, const QStringList& scopes)
{
    return m_localApi->createApiKey(name, scopes);
}

bool SettingsView::revokeApiKey(qint64 id)
{
    return m_localApi->revokeApiKey(id);
}

} // namespace sc::ui
