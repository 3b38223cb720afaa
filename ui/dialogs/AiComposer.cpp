#include "AiComposer.h"

#include "ui/services/DraftService.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextCursor>
#include <QVBoxLayout>

namespace sc::ui {

using agents::conversation::Drafter;
using agents::conversation::ErrorKind;

namespace {

// The model's text so far, split as PromptBuilder::parse splits the whole answer: a first line
// "Subject: …" (or "Objet : …") goes to the subject field, the rest to the body.
struct Split
{
    bool pending = false; // it may still turn out to be "Subject:": nothing to show yet
    bool hasSubject = false;
    QString subject;
    QString body;
};

Split splitStream(const QString& raw)
{
    static const QRegularExpression head(QStringLiteral(R"(^\s*(?:Subject|Objet)\s*:[ \t]*)"),
                                         QRegularExpression::CaseInsensitiveOption);
    Split s;
    if (const QRegularExpressionMatch m = head.match(raw); m.hasMatch()) {
        s.hasSubject = true;
        const QString rest = raw.mid(m.capturedEnd());
        const qsizetype newline = rest.indexOf(QLatin1Char('\n'));
        if (newline < 0) {
            s.subject = rest;
            return s;
        }
        s.subject = rest.left(newline).trimmed();
        s.body = rest.mid(newline + 1);
    } else {
        const QString lead = raw.trimmed().toLower();
        for (const QLatin1String prefix : {QLatin1String("subject:"), QLatin1String("objet :")}) {
            if (lead.size() < prefix.size() && QString(prefix).startsWith(lead)) {
                s.pending = true;
                return s;
            }
        }
        s.body = raw;
    }
    qsizetype start = 0;
    while (start < s.body.size() && (s.body.at(start) == QLatin1Char('\n') || s.body.at(start) == QLatin1Char('\r'))) {
        ++start;
    }
    s.body = s.body.mid(start);
    return s;
}

} // namespace

AiComposer::AiComposer(QLineEdit* subject, QPlainTextEdit* body, QWidget* parent)
    : QWidget(parent)
    , m_subjectField(subject)
    , m_body(body)
    , m_write(new QPushButton(tr("Write with AI"), this))
    , m_rewrite(new QPushButton(tr("Rewrite"), this))
    , m_menu(new QMenu(this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_undo(new QPushButton(tr("Undo rewrite"), this))
    , m_writing(new QLabel(tr("Writing…"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("aiComposer"));
    m_write->setObjectName(QStringLiteral("aiWrite"));
    m_rewrite->setObjectName(QStringLiteral("aiRewrite"));
    m_rewrite->setMenu(m_menu);
    m_menu->setObjectName(QStringLiteral("aiRewriteMenu"));
    const struct
    {
        const char* name;
        QString text;
        QString style;
        QString language;
    } styles[] = {
        {"rewriteShorter", tr("Shorter"), QStringLiteral("shorter"), QString()},
        {"rewriteFormal", tr("More formal"), QStringLiteral("formal"), QString()},
        {"rewriteFriendly", tr("Friendlier"), QStringLiteral("friendly"), QString()},
        {nullptr, QString(), QString(), QString()},
        {"rewriteFrench", tr("Translate to French"), QStringLiteral("translate"), QStringLiteral("fr")},
        {"rewriteEnglish", tr("Translate to English"), QStringLiteral("translate"), QStringLiteral("en")},
    };
    for (const auto& s : styles) {
        if (s.name == nullptr) {
            m_menu->addSeparator();
            continue;
        }
        QAction* action = m_menu->addAction(
            s.text, this, [this, style = s.style, language = s.language] { rewrite(style, language); });
        action->setObjectName(QLatin1String(s.name));
    }
    m_stop->setObjectName(QStringLiteral("aiStop"));
    m_stop->setToolTip(tr("Stop writing; what is written so far stays"));
    m_undo->setObjectName(QStringLiteral("aiUndo"));
    m_undo->setToolTip(tr("Put your text back as it was"));
    m_writing->setObjectName(QStringLiteral("aiWriting"));
    m_writing->setStyleSheet(QStringLiteral("color: #5f6368; font-style: italic;"));
    m_status->setObjectName(QStringLiteral("aiStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stop->hide();
    m_undo->hide();
    m_writing->hide();
    m_status->hide();
    connect(m_write, &QPushButton::clicked, this, &AiComposer::writeWithAi);
    connect(m_stop, &QPushButton::clicked, this, &AiComposer::stop);
    connect(m_undo, &QPushButton::clicked, this, &AiComposer::undo);

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_write);
    row->addWidget(m_rewrite);
    row->addWidget(m_stop);
    row->addWidget(m_undo);
    row->addSpacing(8);
    row->addWidget(m_writing);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_status);
    updateActions();
}

AiComposer::~AiComposer()
{
    if (m_ticket != 0 && m_service) {
        m_service->cancel(m_ticket);
    }
}

void AiComposer::setService(DraftService* service)
{
    if (m_service) {
        disconnect(m_service, nullptr, this, nullptr);
    }
    m_service = service;
    if (service != nullptr) {
        connect(service, &DraftService::delta, this, &AiComposer::onDelta);
        connect(service, &DraftService::drafted, this, &AiComposer::onDrafted);
        connect(service, &DraftService::rewritten, this, &AiComposer::onRewritten);
    }
    updateActions();
}

void AiComposer::setProspect(qint64 prospectId)
{
    m_prospect = prospectId;
    updateActions();
}

void AiComposer::updateActions()
{
    const bool idle = m_ticket == 0;
    const bool provider = m_service && m_service->hasProvider();
    m_write->setEnabled(idle && m_service && m_prospect > 0);
    m_write->setToolTip(!m_service            ? tr("Writing with AI is not available here")
                            : m_prospect == 0 ? tr("Write to a prospect (choose one in the To field) to draft with AI")
                            : provider        ? tr("Draft this email with AI, from what you know about the prospect")
                                              : tr("No AI provider: the email is written from your template"));
    m_rewrite->setEnabled(idle && provider);
    m_rewrite->setToolTip(provider ? tr("Rewrite your text: shorter, more formal, friendlier, translated")
                                   : tr("Add an AI provider in Settings"));
    m_stop->setVisible(!idle);
    m_writing->setVisible(!idle);
}

void AiComposer::say(const QString& text, bool problem)
{
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b3261e;") : QStringLiteral("color: #5f6368;"));
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void AiComposer::begin(Mode mode, const QString& tail)
{
    m_mode = mode;
    m_raw.clear();
    m_tail = tail;
    m_subjectStreamed = false;
    m_beforeSubject = m_subjectField->text();
    m_beforeBody = m_body->toPlainText();
    // The region AI writes is the start of the body; until the first words arrive it shows what was there.
    m_shown = m_beforeBody.left(m_beforeBody.size() - tail.size());
    if (mode == Mode::Write && !tail.isEmpty()) {
        m_shown.clear();
        if (!tail.startsWith(QLatin1Char('\n'))) {
            m_tail = QStringLiteral("\n\n") + tail;
            m_body->setPlainText(m_tail);
        }
    }
    m_undo->hide();
    say(QString(), false);
    m_ticket = -1; // streaming from now on; the service's ticket follows
    m_body->setReadOnly(true);
    m_subjectField->setReadOnly(true);
    updateActions();
    Q_EMIT streamingChanged(true);
}

void AiComposer::writeWithAi()
{
    if (!m_service || m_prospect == 0 || m_ticket != 0) {
        return;
    }
    const QString body = m_body->toPlainText();
    begin(Mode::Write, body.trimmed().isEmpty() ? QString() : body);
    Drafter::Request request;
    request.prospectId = m_prospect;
    request.kind = m_reply ? QStringLiteral("reply") : QStringLiteral("first_email");
    m_ticket = m_service->write(request);
}

void AiComposer::rewrite(const QString& style, const QString& language)
{
    if (!m_service || m_ticket != 0) {
        return;
    }
    const QString body = m_body->toPlainText();
    const QString tail = !m_quoted.isEmpty() && body.endsWith(m_quoted) ? m_quoted : QString();
    const QString text = body.left(body.size() - tail.size());
    if (text.trimmed().isEmpty()) {
        say(tr("Write something first, or use Write with AI."), true);
        return;
    }
    begin(Mode::Rewrite, tail);
    m_ticket = m_service->rewrite(m_subjectField->text(), text, style, language);
}

void AiComposer::onDelta(int ticket, const QString& text)
{
    if (ticket != m_ticket || ticket == 0) {
        return;
    }
    m_raw += text;
    const Split split = splitStream(m_raw);
    if (split.pending) {
        return;
    }
    if (split.hasSubject && !(m_mode == Mode::Write && m_reply)) {
        m_subjectField->setText(split.subject);
        m_subjectStreamed = true;
    }
    if (!split.body.isEmpty()) {
        showStreamed(split.body);
    }
}

void AiComposer::showStreamed(const QString& body)
{
    QTextCursor cursor(m_body->document());
    if (body.startsWith(m_shown)) {
        cursor.setPosition(int(m_shown.size()));
        cursor.insertText(body.mid(m_shown.size()));
    } else {
        cursor.setPosition(0);
        cursor.setPosition(int(m_shown.size()), QTextCursor::KeepAnchor);
        cursor.insertText(body);
    }
    m_shown = body;
}

void AiComposer::onDrafted(int ticket, const Drafter::Outcome& outcome)
{
    if (ticket != m_ticket || ticket == 0 || m_mode != Mode::Write) {
        return;
    }
    if (!outcome.ok()) {
        // Nothing was written (do-not-contact, a message that must not be answered...): as it was.
        m_body->setPlainText(m_beforeBody);
        m_subjectField->setText(m_beforeSubject);
        endStream();
        say(outcome.refused, true);
        return;
    }
    finish(m_reply ? m_subjectField->text() : outcome.draft.subject, outcome.draft.body);
    if (!outcome.notice.isEmpty()) {
        say(outcome.notice, outcome.error != ErrorKind::None);
        return;
    }
    // What the draft stands on, and what to check before sending, as Approvals says it.
    QStringList lines;
    QStringList documents;
    for (const auto& source : outcome.draft.sources) {
        if (!documents.contains(source.document)) {
            documents.append(source.document);
        }
    }
    if (!documents.isEmpty()) {
        lines.append(tr("Sources: %1").arg(documents.join(QStringLiteral(", "))));
    }
    QStringList unchecked;
    for (const auto& flag : outcome.draft.flags) {
        if (flag.kind == QLatin1String("ungrounded")) {
            unchecked.append(flag.text);
        } else {
            lines.append(flag.text);
        }
    }
    if (!unchecked.isEmpty()) {
        lines.append(tr("Check before sending: %1 — not in your documents").arg(unchecked.join(QStringLiteral(", "))));
    }
    say(lines.join(QLatin1Char('\n')), !unchecked.isEmpty());
}

void AiComposer::onRewritten(int ticket, const Drafter::Rewritten& result)
{
    if (ticket != m_ticket || ticket == 0 || m_mode != Mode::Rewrite) {
        return;
    }
    if (result.error != ErrorKind::None || result.body.trimmed().isEmpty()) {
        // What arrived stays on screen (Undo puts the text back); with nothing arrived it is as it was.
        const bool changed = m_body->toPlainText() != m_beforeBody;
        endStream();
        m_undo->setVisible(changed);
        say(result.message.isEmpty() ? tr("The rewrite came back empty: your text is unchanged.") : result.message,
            true);
        return;
    }
    finish(result.subject, result.body);
    if (result.truncated) {
        say(tr("The rewrite was cut short: check the end of the text."), true);
    }
}

void AiComposer::finish(const QString& subject, const QString& body)
{
    if (!subject.trimmed().isEmpty()) {
        m_subjectField->setText(subject);
    }
    m_body->setPlainText(body + m_tail);
    m_body->moveCursor(QTextCursor::Start);
    endStream();
    m_undo->setText(m_mode == Mode::Rewrite ? tr("Undo rewrite") : tr("Undo"));
    m_undo->setVisible(m_body->toPlainText() != m_beforeBody || m_subjectField->text() != m_beforeSubject);
}

void AiComposer::endStream()
{
    m_ticket = 0;
    m_body->setReadOnly(false);
    m_subjectField->setReadOnly(false);
    updateActions();
    Q_EMIT streamingChanged(false);
}

void AiComposer::stop()
{
    if (m_ticket == 0) {
        return;
    }
    if (m_service) {
        m_service->cancel(m_ticket);
    }
    const bool changed = m_body->toPlainText() != m_beforeBody || m_subjectField->text() != m_beforeSubject;
    endStream();
    m_undo->setText(m_mode == Mode::Rewrite ? tr("Undo rewrite") : tr("Undo"));
    m_undo->setVisible(changed);
    say(changed ? tr("Stopped: what was written so far is kept.") : tr("Stopped."), false);
}

void AiComposer::undo()
{
    if (m_ticket != 0) {
        return;
    }
    m_subjectField->setText(m_beforeSubject);
    m_body->setPlainText(m_beforeBody);
    m_undo->hide();
    say(QString(), false);
}

} // namespace sc::ui
