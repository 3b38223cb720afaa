#pragma once

#include "models/Workspace.h"
#include "models/entities/OutboxMessage.h"

#include <QDialog>

class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QTimer;

namespace sc::ui {

class AiComposer;
class DraftService;

// Writes an email (a reply, a forward, or a new one) and puts it in the outbox: the Inbox agent sends
// it within the account's rules (exactly once, never to the do-not-contact list, daily cap). An
// address that cannot be mailed is said before anything is queued. The To field looks prospects up
// as the rep types (name, company or address) and offers "Name — Company <email>".
class ComposeDialog : public QDialog
{
    Q_OBJECT
public:
    ComposeDialog(const models::Workspace& workspace, models::OutboxMessage draft, QWidget* parent = nullptr);
    // The queued message's id once sent to the outbox, else 0.
    qint64 queuedId() const { return m_queued; }
    QLineEdit* toField() const { return m_to; }
    // What the To field offers for what was typed ("Name — Company <email>"), shown in its popup.
    QCompleter* toCompleter() const { return m_toCompleter; }
    // The suggestions' role holding the address that choosing one puts in the To field.
    static constexpr int AddressRole = Qt::UserRole + 1;
    QPlainTextEdit* bodyField() const { return m_body; }
    QLineEdit* subjectField() const { return m_subject; }
    // Write with AI and Rewrite (unavailable until a service is set).
    void setDraftService(DraftService* service);
    AiComposer* aiComposer() const { return m_ai; }

    // Prefilled messages: a reply keeps the thread (In-Reply-To, References, "Re:"), quotes the
    // message answered; a forward carries it below the rep's words.
    static models::OutboxMessage reply(qint64 accountId, const QString& to, const QString& subject,
                                       const QString& messageId, const QStringList& references,
                                       const QString& quotedFrom, qint64 quotedAt, const QString& quotedText);
    static models::OutboxMessage forward(qint64 accountId, const QString& subject, const QString& from, qint64 sentAt,
                                         const QString& text);

private:
    void send();
    void lookUpRecipients();
    void chooseRecipient(const QModelIndex& index);
    // Write with AI needs the prospect the To address belongs to.
    void findProspect();

    models::Workspace m_workspace;
    models::OutboxMessage m_draft;
    QComboBox* m_account;
    QLineEdit* m_to;
    QStandardItemModel* m_suggestions;
    QCompleter* m_toCompleter;
    QTimer* m_lookUp; // one query once the rep pauses, not one per key
    QLineEdit* m_subject;
    QPlainTextEdit* m_body;
    QLabel* m_problem;
    AiComposer* m_ai;
    QPushButton* m_send;
    qint64 m_queued = 0;
};

} // namespace sc::ui
