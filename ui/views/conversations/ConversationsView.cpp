#include "ConversationsView.h"

#include "OutboxPanel.h"
#include "ReplyDraftBar.h"
#include "agents/conversation/drafting/Guardrails.h"
#include "models/ChangeHub.h"
#include "models/Clock.h"
#include "models/repositories/ConversationRepository.h"
#include "models/store/StoreError.h"
#include "ui/dialogs/ComposeDialog.h"
#include "ui/services/DraftService.h"
#include "ui/widgets/BadgeDelegate.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/ErrorBox.h"
#include "ui/widgets/ViewHeader.h"

#include <QAbstractTextDocumentLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sc::ui {

SafeMailBrowser::SafeMailBrowser(QWidget* parent)
    : QTextBrowser(parent)
{
}

namespace {
const QLatin1String AllowedScheme("sc-remote-ok");
}

QString SafeMailBrowser::allowRemoteImages(const QString& html)
{
    static const QRegularExpression src(QStringLiteral(R"((<img\b[^>]*?\bsrc\s*=\s*["']?)\s*(https?://))"),
                                        QRegularExpression::CaseInsensitiveOption);
    return QString(html).replace(src, QStringLiteral("\\1") + AllowedScheme + QStringLiteral(":\\2"));
}

void SafeMailBrowser::setMailHtml(const QString& html)
{
    m_html = html;
    m_blocked.clear();
    setHtml(html);
    // Lay the whole message out now, so every resource it asks for is known (and counted) at once.
    document()->setTextWidth(std::max(200, viewport()->width()));
    (void)document()->documentLayout()->documentSize();
    Q_EMIT remoteContentBlocked(blockedRequests());
}

QVariant SafeMailBrowser::loadResource(int type, const QUrl& name)
{
    if (name.scheme() != AllowedScheme) {
        // Nothing remote, never a file of this computer or another protocol: only what the message
        // carries itself (data: URLs).
        if (name.scheme() == QLatin1String("http") || name.scheme() == QLatin1String("https")
            || name.scheme() == QLatin1String("file") || name.scheme() == QLatin1String("ftp")
            || name.scheme() == QLatin1String("qrc")) {
            m_blocked.insert(name);
            return {};
        }
        return QTextBrowser::loadResource(type, name);
    }
    const QUrl remote(name.toString().mid(AllowedScheme.size() + 1));
    if (type != QTextDocument::ImageResource
        || (remote.scheme() != QLatin1String("https") && remote.scheme() != QLatin1String("http"))) {
        m_blocked.insert(name);
        return {};
    }
    if (const auto it = m_images.constFind(name); it != m_images.cend()) {
        return *it;
    }
    if (!m_pending.contains(name)) {
        m_pending.insert(name);
        if (m_network == nullptr) {
            m_network = new QNetworkAccessManager(this);
        }
        QNetworkRequest request(remote);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        request.setTransferTimeout(15000);
        QNetworkReply* reply = m_network->get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply, name] {
            reply->deleteLater();
            QImage image;
            if (reply->error() == QNetworkReply::NoError) {
                image.loadFromData(reply->read(8 * 1024 * 1024));
            }
            m_images.insert(name, image);
            m_pending.remove(name);
            if (m_pending.isEmpty()) {
                const int scroll = verticalScrollBar()->value();
                setHtml(m_html); // again, with the images now at hand
                verticalScrollBar()->setValue(scroll);
            }
        });
    }
    return {};
}

QString ConversationsView::categoryLabel(const QString& category)
{
    static const QHash<QString, const char*> labels {
        {QStringLiteral("interested"), QT_TR_NOOP("Interested")},
        {QStringLiteral("meeting_time"), QT_TR_NOOP("Meeting time")},
        {QStringLiteral("question"), QT_TR_NOOP("Question")},
        {QStringLiteral("referral"), QT_TR_NOOP("Referral")},
        {QStringLiteral("not_interested"), QT_TR_NOOP("Not interested")},
        {QStringLiteral("unsubscribe"), QT_TR_NOOP("Unsubscribe")},
        {QStringLiteral("auto_reply"), QT_TR_NOOP("Automatic reply")},
        {QStringLiteral("bounce"), QT_TR_NOOP("Bounce")},
        {QStringLiteral("complaint"), QT_TR_NOOP("Complaint")},
        {QStringLiteral("other"), QT_TR_NOOP("Other")},
    };
    const char* label = labels.value(category, nullptr);
    return label != nullptr ? tr(label) : category;
}

namespace {
// The category filter's entry for the threads whose last reply needs the rep's look; no category has this name.
const QLatin1String NeedsReviewFilter("@needs-review");
} // namespace

QString ConversationsView::reviewHint(const QString& category)
{
    return tr("The Inbox agent is not sure this is “%1” — confirm or correct it.")
        .arg(categoryLabel(category.isEmpty() ? QStringLiteral("other") : category));
}

ConversationsView::ConversationsView(const models::Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_header(new ViewHeader(tr("Conversations"), this))
    , m_filter(new QComboBox(this))
    , m_unreadOnly(new QCheckBox(tr("Unread only"), this))
    , m_search(new QLineEdit(this))
    , m_tabs(new QTabWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_outbox(new OutboxPanel(workspace, this))
    , m_threads(new QListWidget(this))
    , m_reader(new SafeMailBrowser(this))
    , m_category(new QComboBox(this))
    , m_apply(new QPushButton(tr("Correct"), this))
    , m_confirm(new QPushButton(tr("Confirm"), this))
    , m_review(new QLabel(tr("Check me"), this))
    , m_lastReply(new QLabel(tr("The last reply is:"), this))
    , m_reply(new QPushButton(tr("Reply"), this))
    , m_forward(new QPushButton(tr("Forward"), this))
    , m_remote(new QPushButton(tr("Show images"), this))
    , m_draftReply(new QPushButton(tr("Draft a reply"), this))
    , m_replyBar(new ReplyDraftBar(this))
    , m_empty(new EmptyState(this))
{
    setObjectName(QStringLiteral("conversationsView"));
    m_filter->setObjectName(QStringLiteral("categoryFilter"));
    m_filter->addItem(tr("All conversations"), QString());
    m_filter->addItem(tr("Replies to check"), QString(NeedsReviewFilter));
    for (const QString& category : models::ConversationRepository::categories()) {
        m_filter->addItem(categoryLabel(category), category);
        m_category->addItem(categoryLabel(category), category);
    }
    m_search->setObjectName(QStringLiteral("conversationSearch"));
    m_search->setPlaceholderText(tr("Prospect, address or subject"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_unreadOnly->setObjectName(QStringLiteral("unreadOnly"));
    m_header->addWidget(m_search);
    m_header->addWidget(m_unreadOnly);
    m_header->addWidget(m_filter);
    connect(m_filter, &QComboBox::activated, this, &ConversationsView::reload);
    connect(m_unreadOnly, &QCheckBox::toggled, this, &ConversationsView::reload);
    connect(m_search, &QLineEdit::textChanged, this, &ConversationsView::reload);

    m_threads->setObjectName(QStringLiteral("threads"));
    m_threads->setWordWrap(true);
    m_threads->setAlternatingRowColors(true);
    m_threads->setItemDelegate(new BadgeDelegate(m_threads));
    connect(m_threads, &QListWidget::currentRowChanged, this,
            [this](int row) { showThread(row >= 0 ? m_threads->item(row)->data(Qt::UserRole).toLongLong() : 0); });
    m_reader->setObjectName(QStringLiteral("reader"));
    m_reader->setOpenLinks(false); // a link in a prospect's mail opens nothing by itself
    m_category->setObjectName(QStringLiteral("categoryCorrection"));
    m_apply->setObjectName(QStringLiteral("correctCategoryButton"));
    m_apply->setToolTip(tr("The classifier learns from your correction at the next sync"));
    connect(m_apply, &QPushButton::clicked, this, [this] { correctCategory(m_category->currentData().toString()); });
    m_confirm->setObjectName(QStringLiteral("confirmCategoryButton"));
    m_confirm->setToolTip(tr("Keep this category: the classifier learns from it at the next sync"));
    connect(m_confirm, &QPushButton::clicked, this, &ConversationsView::confirmCategory);
    connect(m_category, &QComboBox::currentIndexChanged, this, &ConversationsView::updateCorrectionActions);
    m_review->setObjectName(QStringLiteral("reviewBadge"));
    m_review->setStyleSheet(QStringLiteral("QLabel { background: #fdefc3; color: #8a5300; font-weight: bold; "
                                           "border-radius: 9px; padding: 2px 8px; }"));

    m_reply->setObjectName(QStringLiteral("replyButton"));
    m_reply->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_forward->setObjectName(QStringLiteral("forwardButton"));
    m_remote->setObjectName(QStringLiteral("showRemoteContent"));
    m_remote->setToolTip(tr("This message has remote images, which can tell the sender you opened it. They "
                            "stay blocked unless you choose to see them."));
    m_remote->hide();
    connect(m_reply, &QPushButton::clicked, this, &ConversationsView::replyToThread);
    connect(m_forward, &QPushButton::clicked, this, &ConversationsView::forwardThread);
    m_draftReply->setObjectName(QStringLiteral("draftReplyButton"));
    m_draftReply->setEnabled(false);
    connect(m_draftReply, &QPushButton::clicked, this, &ConversationsView::draftReply);
    connect(m_replyBar, &ReplyDraftBar::openApprovals, this, &ConversationsView::approvalsRequested);
    connect(m_remote, &QPushButton::clicked, this, &ConversationsView::allowRemoteContent);
    connect(m_reader, &SafeMailBrowser::remoteContentBlocked, this,
            [this](int count) { m_remote->setVisible(count > 0); });
    auto* newEmail = new QPushButton(tr("New email"), this);
    newEmail->setObjectName(QStringLiteral("newEmailButton"));
    connect(newEmail, &QPushButton::clicked, this, [this] { openComposer(models::OutboxMessage {}); });
    m_header->addWidget(newEmail);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 0, 0, 0);
    // The thread's actions, then (only in a thread with a reply) the category to confirm or correct, on
    // a line of its own so that neither squeezes the thread list at 1024 px.
    auto* actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(m_remote);
    actions->addWidget(m_draftReply);
    actions->addWidget(m_reply);
    actions->addWidget(m_forward);
    rightLayout->addLayout(actions);
    m_correction = new QWidget(right);
    auto* correctionRow = new QHBoxLayout(m_correction);
    correctionRow->setContentsMargins(0, 0, 0, 0);
    correctionRow->addWidget(m_review);
    correctionRow->addWidget(m_lastReply);
    correctionRow->addWidget(m_category);
    correctionRow->addWidget(m_apply);
    correctionRow->addWidget(m_confirm);
    correctionRow->addStretch(1);
    rightLayout->addWidget(m_correction);
    rightLayout->addWidget(m_replyBar);
    rightLayout->addWidget(m_reader, 1);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_threads);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({380, 700});
    m_stack->addWidget(splitter);
    m_stack->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(m_header);
    m_tabs->setObjectName(QStringLiteral("conversationTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_stack, tr("Threads"));
    m_tabs->addTab(m_outbox, tr("Outbox"));
    auto outboxTitle = [this](int attention) {
        m_tabs->setTabText(1, attention > 0 ? tr("Outbox (%n need(s) you)", nullptr, attention) : tr("Outbox"));
    };
    outboxTitle(m_outbox->needsAttention());
    connect(m_outbox, &OutboxPanel::attentionChanged, this, outboxTitle);
    layout->addWidget(m_tabs, 1);
    connect(models::ChangeHub::instance(), &models::ChangeHub::changed, this, [this](models::ChangeHub::Topics topics) {
        if (topics.testFlag(models::ChangeHub::Prospects) || topics.testFlag(models::ChangeHub::Accounts)) {
            reload();
        }
    });
    reload();
}

bool ConversationsView::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void ConversationsView::reload()
{
    const qint64 keep = m_thread;
    QList<models::ConversationRepository::Thread> threads;
    models::ConversationRepository::ThreadFilter filter;
    filter.needsReviewOnly = m_filter->currentData().toString() == NeedsReviewFilter;
    filter.category = filter.needsReviewOnly ? QString() : m_filter->currentData().toString();
    filter.unreadOnly = m_unreadOnly->isChecked();
    filter.text = m_search->text();
    try {
        threads = models::ConversationRepository(m_workspace.connection()).threads(filter);
    } catch (const models::StoreError& error) {
        m_header->setSubtitle(error.message());
    }
    const QSignalBlocker blocker(m_threads);
    m_threads->clear();
    m_threadProspect.clear();
    m_threadWho.clear();
    const QLocale locale;
    int select = 0;
    for (const auto& t : std::as_const(threads)) {
        const QString when = t.lastMessageAt > 0
            ? locale.toString(QDateTime::fromMSecsSinceEpoch(t.lastMessageAt), QLocale::ShortFormat)
            : QString();
        auto* item = new QListWidgetItem(tr("%1 — %2\n%3 · %4 · %n message(s)", nullptr, t.messages)
                                             .arg(t.counterpart.isEmpty() ? tr("(unknown)") : t.counterpart,
                                                  t.subject.isEmpty() ? tr("(no subject)") : t.subject,
                                                  t.category.isEmpty() ? tr("Sent") : categoryLabel(t.category), when),
                                         m_threads);
        item->setData(Qt::UserRole, t.id);
        m_threadProspect.insert(t.id, t.prospectId);
        m_threadWho.insert(t.id, t.counterpart);
        QStringList tips;
        if (t.needsReview) {
            item->setData(BadgeDelegate::BadgeRole, tr("Check me"));
            tips << reviewHint(t.category);
        }
        if (t.unread > 0) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
            tips << tr("%n unread message(s)", nullptr, t.unread);
        }
        item->setToolTip(tips.join(QLatin1Char('\n')));
        if (t.id == keep) {
            select = m_threads->count() - 1;
        }
    }
    m_header->setSubtitle(tr("%n conversation(s)", nullptr, int(threads.size())));
    if (threads.isEmpty()) {
        const bool filtered
            = m_filter->currentIndex() != 0 || m_unreadOnly->isChecked() || !m_search->text().trimmed().isEmpty();
        m_empty->setText(filtered ? tr("No conversation matches") : tr("No conversations yet"),
                         filtered ? tr("Clear the search or the filters to see every conversation.")
                                  : tr("Replies appear here once a mailbox is added in Settings and synced."));
        m_stack->setCurrentWidget(m_empty);
        showThread(0);
        return;
    }
    m_stack->setCurrentIndex(0);
    m_threads->setCurrentRow(select);
    showThread(m_threads->item(select)->data(Qt::UserRole).toLongLong());
}

void ConversationsView::showThread(qint64 threadId)
{
    m_thread = threadId;
    m_lastInbound = 0;
    m_lastCategory.clear();
    m_lastNeedsReview = false;
    m_messages.clear();
    m_reader->clear();
    m_reply->setEnabled(false);
    m_forward->setEnabled(false);
    m_draftReply->setEnabled(false);
    if (m_replyTicket == 0 && threadId != m_replyThread) {
        m_replyBar->hide(); // what it said was about another thread
    }
    m_remote->hide();
    if (threadId == 0) {
        m_apply->setEnabled(false);
        m_correction->setVisible(false);
        return;
    }
    QList<models::ConversationRepository::Message>& messages = m_messages;
    try {
        messages = models::ConversationRepository(m_workspace.connection()).messages(threadId);
    } catch (const models::StoreError& error) {
        m_reader->setPlainText(error.message());
        return;
    }
    const QLocale locale;
    QString html;
    for (const auto& m : std::as_const(messages)) {
        // A guess is marked on the message itself, with why in its tooltip.
        const QString review = m.needsReview
            ? QStringLiteral(" <span style=\"background-color: #fdefc3; color: #8a5300; font-weight: bold\" "
                             "title=\"%1\">&nbsp;%2&nbsp;</span>")
                  .arg(reviewHint(m.category).toHtmlEscaped(), tr("Check me").toHtmlEscaped())
            : QString();
        html += QStringLiteral("<hr><p><b>%1</b> → %2<br><small>%3%4</small>%5</p>")
                    .arg(m.from.toHtmlEscaped(), m.to.toHtmlEscaped(),
                         locale.toString(QDateTime::fromMSecsSinceEpoch(m.sentAt), QLocale::ShortFormat),
                         m.inbound && !m.category.isEmpty() ? QStringLiteral(" · ") + categoryLabel(m.category)
                                                            : QString(),
                         review);
        // Plain text when the sender gave one; HTML only through SafeMailBrowser (no remote content
        // unless the rep allowed it for this message).
        if (m.text.trimmed().isEmpty()) {
            html += m_remoteAllowed.contains(m.id) ? SafeMailBrowser::allowRemoteImages(m.html) : m.html;
        } else {
            html += QStringLiteral("<pre style=\"white-space: pre-wrap\">%1</pre>").arg(m.text.toHtmlEscaped());
        }
        if (m.inbound) {
            m_lastInbound = m.id;
            m_lastCategory = m.category;
            m_lastNeedsReview = m.needsReview;
            m_category->setCurrentIndex(std::max(0, m_category->findData(m.category)));
        }
    }
    m_reader->setMailHtml(html);
    // Opened is read (flagged \Seen on the server at the next sync).
    try {
        models::ConversationRepository(m_workspace.connection()).markThreadRead(threadId);
    } catch (const models::StoreError& error) {
        m_header->setSubtitle(error.message());
    }
    m_apply->setEnabled(m_lastInbound > 0);
    m_correction->setVisible(m_lastInbound > 0);
    m_review->setToolTip(m_lastNeedsReview ? reviewHint(m_lastCategory) : QString());
    updateCorrectionActions();
    m_reply->setEnabled(!messages.isEmpty());
    m_forward->setEnabled(!messages.isEmpty());
    const bool prospect = m_threadProspect.value(threadId) > 0;
    m_draftReply->setEnabled(m_drafts && m_replyTicket == 0 && m_lastInbound > 0 && prospect);
    m_draftReply->setToolTip(!m_drafts ? QString()
                                 : !prospect || m_lastInbound == 0
                                 ? tr("Only a reply from a prospect can be answered with a drafted reply")
                                 : agents::conversation::Guardrails::answerable(m_lastCategory)
                                 ? tr("Draft an answer to the latest message; it waits in Approvals")
                                 : tr("A message like this one is never answered with a sales reply"));
    // The replies worth answering stand out.
    m_draftReply->setDefault(agents::conversation::Guardrails::suggestsReply(m_lastCategory));
}

DraftService* ConversationsView::draftService() const
{
    return m_drafts;
}

void ConversationsView::setDraftService(DraftService* service)
{
    m_drafts = service;
    if (service != nullptr) {
        connect(
            service, &DraftService::drafted, this,
            [this](int ticket, const agents::conversation::Drafter::Outcome& outcome) {
                if (ticket != m_replyTicket || ticket == 0) {
                    return;
                }
                m_replyTicket = 0;
                const QString who
                    = outcome.draft.prospectName.isEmpty() ? m_threadWho.value(m_thread) : outcome.draft.prospectName;
                if (outcome.ok()) {
                    m_replyBar->showDrafted(who, outcome.notice);
                } else if (!agents::conversation::Guardrails::answerable(m_replyCategory)) {
                    // The Drafter names the category as stored; the rep knows it by its label.
                    m_replyBar->showRefused(tr("The latest message is “%1”: it is never answered with a sales reply.")
                                                .arg(categoryLabel(m_replyCategory)));
                } else {
                    m_replyBar->showRefused(outcome.refused);
                }
                m_draftReply->setEnabled(m_lastInbound > 0 && m_threadProspect.value(m_thread) > 0);
            });
    }
    showThread(m_thread);
}

void ConversationsView::draftReply()
{
    const qint64 prospect = m_threadProspect.value(m_thread);
    if (!m_drafts || m_replyTicket != 0 || m_lastInbound == 0 || prospect == 0) {
        return;
    }
    m_replyCategory = m_lastCategory;
    m_replyThread = m_thread;
    agents::conversation::Drafter::Request request;
    request.prospectId = prospect;
    request.kind = QStringLiteral("reply");
    request.replyTo = m_lastInbound;
    m_replyTicket = m_drafts->draft(request);
    m_draftReply->setEnabled(false);
    m_replyBar->showWorking(m_threadWho.value(m_thread));
}

void ConversationsView::correctCategory(const QString& category)
{
    if (m_lastInbound == 0) {
        return;
    }
    try {
        models::ConversationRepository(m_workspace.connection())
            .correct(m_lastInbound, category, QStringLiteral("rep"), Clock::instance().nowMs());
    } catch (const models::StoreError& error) {
        showError(this, tr("Could not correct the category"), error.message());
    }
}

void ConversationsView::updateCorrectionActions()
{
    const bool confirm = m_lastNeedsReview && m_category->currentData().toString() == m_lastCategory;
    m_review->setVisible(m_lastNeedsReview);
    m_lastReply->setVisible(!m_lastNeedsReview);
    m_confirm->setVisible(confirm);
    m_apply->setVisible(!confirm);
}

void ConversationsView::confirmCategory()
{
    if (m_lastInbound == 0) {
        return;
    }
    try {
        models::ConversationRepository(m_workspace.connection())
            .confirm(m_lastInbound, QStringLiteral("rep"), Clock::instance().nowMs());
    } catch (const models::StoreError& error) {
        showError(this, tr("Could not confirm the category"), error.message());
    }
}

void ConversationsView::allowRemoteContent()
{
    if (m_thread == 0) {
        return;
    }
    // The messages on screen now; one that arrives later in this thread asks again.
    for (const auto& m : std::as_const(m_messages)) {
        m_remoteAllowed.insert(m.id);
    }
    m_remote->hide();
    showThread(m_thread);
}

void ConversationsView::replyToThread()
{
    if (m_messages.isEmpty()) {
        return;
    }
    // The last message from the other party, else the rep's own last one (a follow-up).
    auto it = std::find_if(m_messages.crbegin(), m_messages.crend(), [](const auto& m) { return m.inbound; });
    const models::ConversationRepository::Message& m = it != m_messages.crend() ? *it : m_messages.last();
    const QString to = m.inbound ? m.from : m.to.section(QLatin1Char(','), 0, 0).trimmed();
    openComposer(ComposeDialog::reply(m.accountId, to, m.subject, m.messageId, m.references, m.from, m.sentAt,
                                      m.text.trimmed().isEmpty() ? QString() : m.text));
}

void ConversationsView::forwardThread()
{
    if (m_messages.isEmpty()) {
        return;
    }
    const models::ConversationRepository::Message& m = m_messages.last();
    openComposer(ComposeDialog::forward(m.accountId, m.subject, m.from, m.sentAt, m.text));
}

void ConversationsView::openComposer(const models::OutboxMessage& draft)
{
    auto* dialog = new ComposeDialog(m_workspace, draft, this);
    dialog->setDraftService(m_drafts);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace sc::ui
