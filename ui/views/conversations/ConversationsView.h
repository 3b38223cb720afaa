#pragma once

#include "models/Workspace.h"
#include "models/entities/OutboxMessage.h"
#include "models/repositories/ConversationRepository.h"

#include <QHash>
#include <QImage>
#include <QPointer>
#include <QSet>
#include <QTextBrowser>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace sc::ui {

class DraftService;
class EmptyState;
class OutboxPanel;
class ReplyDraftBar;
class ViewHeader;

// Mail shown safely: no scripts (QTextBrowser runs none), no remote content (tracking pixels, remote
// images, style sheets), no local files; links open nowhere by themselves. The one exception is an
// image of a message the rep chose to see in full: its address is marked with allowRemoteImages()
// and only such images are fetched, in the background.
class SafeMailBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit SafeMailBrowser(QWidget* parent = nullptr);
    QVariant loadResource(int type, const QUrl& name) override;
    // Blocked since the last setMailHtml().
    int blockedRequests() const { return int(m_blocked.size()); }
    void setMailHtml(const QString& html);
    // The message's remote images (<img src="http(s)://...">) marked as allowed.
    static QString allowRemoteImages(const QString& html);

Q_SIGNALS:
    void remoteContentBlocked(int count);

private:
    QNetworkAccessManager* m_network = nullptr;
    QHash<QUrl, QImage> m_images;
    QSet<QUrl> m_pending;
    QString m_html;
    QSet<QUrl> m_blocked; // what the document asked for and did not get, since setMailHtml()
};

// The conversations the Inbox agent synced: threads newest first (unread in bold), filtered by
// category, unread and prospect (name, address or subject), and the
// selected thread's messages with the category of its last reply, which the rep can correct in one
// click (the classifier learns from it at the next sync). A category the Inbox agent is not sure of
// is marked "Check me" in the list and on the message until the rep confirms or corrects it.
class ConversationsView : public QWidget
{
    Q_OBJECT
public:
    explicit ConversationsView(const models::Workspace& workspace, QWidget* parent = nullptr);
    QListWidget* threadList() const { return m_threads; }
    SafeMailBrowser* reader() const { return m_reader; }
    bool isShowingEmptyState() const;
    // The last inbound message of the selected thread takes this category.
    void correctCategory(const QString& category);
    // The rep says the last inbound message's category is right.
    void confirmCategory();
    // Opens the composer on the selected thread: a reply to its last message from the other party, or
    // a forward of its last message.
    void replyToThread();
    void forwardThread();
    // The composer's AI and "Draft a reply" use this service (the app's one); without it they are off.
    void setDraftService(DraftService* service);
    DraftService* draftService() const;
    // Drafts a reply to the selected thread's latest inbound message; it lands in Approvals.
    void draftReply();
    QPushButton* draftReplyButton() const { return m_draftReply; }
    ReplyDraftBar* replyDraftBar() const { return m_replyBar; }
    void allowRemoteContent();
    QPushButton* remoteContentButton() const { return m_remote; }
    OutboxPanel* outbox() const { return m_outbox; }
    QTabWidget* tabs() const { return m_tabs; }
    static QString categoryLabel(const QString& category);
    // The "Check me" marker's explanation, in the rep's words.
    static QString reviewHint(const QString& category);

Q_SIGNALS:
    // The rep asked to see the drafted reply in Approvals.
    void approvalsRequested();

private:
    void reload();
    void showThread(qint64 threadId);
    // Confirm while the rep looks at a guess as it is, Correct once they pick another category.
    void updateCorrectionActions();
    // Opens the composer window-modal with open(), never exec(): a nested event loop would let change
    // notices and agent signals re-enter this view while the rep writes. The dialog deletes itself.
    void openComposer(const models::OutboxMessage& draft);

    models::Workspace m_workspace;
    ViewHeader* m_header;
    QComboBox* m_filter;
    QCheckBox* m_unreadOnly;
    QLineEdit* m_search;
    QTabWidget* m_tabs;
    QStackedWidget* m_stack;
    OutboxPanel* m_outbox;
    QListWidget* m_threads;
    QWidget* m_correction = nullptr; // "The last reply is: [category] Correct"
    SafeMailBrowser* m_reader;
    QComboBox* m_category;
    QPushButton* m_apply;
    QPushButton* m_confirm;
    QLabel* m_review; // "Check me", in place of m_lastReply, when the last reply's category is a guess
    QLabel* m_lastReply; // "The last reply is:"
    QPushButton* m_reply;
    QPushButton* m_forward;
    QPushButton* m_remote;
    QPushButton* m_draftReply;
    ReplyDraftBar* m_replyBar;
    QPointer<DraftService> m_drafts;
    int m_replyTicket = 0;
    QString m_replyCategory; // the category of the message being answered
    qint64 m_replyThread = 0; // the thread the bar speaks of
    QHash<qint64, qint64> m_threadProspect; // thread id → prospect id, from the list
    QHash<qint64, QString> m_threadWho; // thread id → the other party, as the list says
    QList<models::ConversationRepository::Message> m_messages;
    QSet<qint64> m_remoteAllowed; // messages whose remote images the rep chose to see
    EmptyState* m_empty;
    qint64 m_thread = 0;
    qint64 m_lastInbound = 0;
    QString m_lastCategory; // the last inbound message's, as stored
    bool m_lastNeedsReview = false;
};

} // namespace sc::ui
