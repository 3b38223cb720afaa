#pragma once

#include "agents/conversation/drafting/Drafter.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QPushButton;

namespace sc::ui {

class DraftService;

// The composer's AI row: "Write with AI" (a draft for the recipient's prospect, streamed into the body
// as the model writes, "Subject: …" going to the subject field) and "Rewrite ▾" (shorter, more formal,
// friendlier, translated), with Stop (keeps what arrived) and Undo (puts back the rep's text as it was).
// While text streams the subject and the body are read-only and "Writing…" shows. Problems (no
// provider, the budget, a wrong key) are one line under the row; the rep's text is never lost.
// Without a provider Write fills from the template (the Drafter does) and Rewrite is disabled.
class AiComposer : public QWidget
{
    Q_OBJECT
public:
    AiComposer(QLineEdit* subject, QPlainTextEdit* body, QWidget* parent = nullptr);
    ~AiComposer() override;

    void setService(DraftService* service);
    // The prospect the email is for (0: none, Write with AI is then unavailable).
    void setProspect(qint64 prospectId);
    qint64 prospectId() const { return m_prospect; }
    // A reply: Write drafts a reply to the thread's latest message and keeps the "Re:" subject.
    void setReply(bool reply) { m_reply = reply; }
    // Text at the end of the body that AI never rewrites (the quoted message of a reply or a forward).
    void setQuotedTail(const QString& tail) { m_quoted = tail; }

    void writeWithAi();
    // style: "shorter", "formal", "friendly", "translate" (into language "en" / "fr").
    void rewrite(const QString& style, const QString& language = {});
    // Stops the stream; what arrived stays (Undo puts the text back as it was before).
    void stop();
    void undo();
    bool isStreaming() const { return m_ticket != 0; }

    QPushButton* writeButton() const { return m_write; }
    QPushButton* rewriteButton() const { return m_rewrite; }
    QMenu* rewriteMenu() const { return m_menu; }
    QPushButton* stopButton() const { return m_stop; }
    QPushButton* undoButton() const { return m_undo; }
    QLabel* writingIndicator() const { return m_writing; }
    QLabel* statusLine() const { return m_status; }

Q_SIGNALS:
    void streamingChanged(bool streaming);

private:
    enum class Mode { Write, Rewrite };
    void begin(Mode mode, const QString& tail);
    void onDelta(int ticket, const QString& text);
    void onDrafted(int ticket, const agents::conversation::Drafter::Outcome& outcome);
    void onRewritten(int ticket, const agents::conversation::Drafter::Rewritten& result);
    // Paints the streamed text so far: only what is new is inserted at the end of the streamed region.
    void showStreamed(const QString& body);
    void finish(const QString& subject, const QString& body);
    void endStream();
    void say(const QString& text, bool problem);
    void updateActions();

    QLineEdit* m_subjectField;
    QPlainTextEdit* m_body;
    QPointer<DraftService> m_service;
    QPushButton* m_write;
    QPushButton* m_rewrite;
    QMenu* m_menu;
    QPushButton* m_stop;
    QPushButton* m_undo;
    QLabel* m_writing;
    QLabel* m_status;
    qint64 m_prospect = 0;
    bool m_reply = false;
    QString m_quoted;

    int m_ticket = 0;
    Mode m_mode = Mode::Write;
    QString m_raw; // the model's text so far
    QString m_shown; // the part of the body painted from it
    QString m_tail; // what follows the streamed text in the body
    bool m_subjectStreamed = false;
    QString m_beforeSubject; // the text as it was before the last AI change, for Undo
    QString m_beforeBody;
};

} // namespace sc::ui
