#pragma once

#include "models/Workspace.h"
#include "models/entities/OutboxMessage.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace sc::ui {

// Writes an email (a reply, a forward, or a new one) and puts it in the outbox: the Inbox agent sends
// it within the account's rules (exactly once, never to the do-not-contact list, daily cap). An
// address that cannot be mailed is said before anything is queued.
class ComposeDialog : public QDialog
{
    Q_OBJECT
public:
    ComposeDialog(const models::Workspace& workspace, models::OutboxMessage draft, QWidget* parent = nullptr);
    // The queued message's id once sent to the outbox, else 0.
    qint64 queuedId() const { return m_queued; }
    QLineEdit* toField() const { return m_to; }
    QPlainTextEdit* bodyField() const { return m_body; }

    // Prefilled messages: a reply keeps the thread (In-Reply-To, References, "Re:"), quotes the
    // message answered; a forward carries it below the rep's words.
    static models::OutboxMessage reply(qint64 accountId, const QString& to, const QString& subject,
                                       const QString& messageId, const QStringList& references,
                                       const QString& quotedFrom, qint64 quotedAt, const QString& quotedText);
    static models::OutboxMessage forward(qint64 accountId, const QString& subject, const QString& from, qint64 sentAt,
                                         const QString& text);

private:
    void send();

    models::Workspace m_workspace;
    models::OutboxMessage m_draft;
    QComboBox* m_account;
    QLineEdit* m_to;
    QLineEdit* m_subject;
    QPlainTextEdit* m_body;
    QLabel* m_problem;
    QPushButton* m_send;
    qint64 m_queued = 0;
};

} // namespace sc::ui
