#include "ComposeDialog.h"

#include "AiComposer.h"
#include "models/Clock.h"
#include "models/repositories/JobRepository.h"
#include "models/repositories/MailAccountRepository.h"
#include "models/repositories/OutboxRepository.h"
#include "models/repositories/ProspectRepository.h"
#include "models/store/StoreError.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QTimer>
#include <QVBoxLayout>

namespace sc::ui {

namespace {

QString withPrefix(const QString& prefix, const QString& subject)
{
    static const QRegularExpression already(QStringLiteral(R"(^\s*(re|fwd?|tr|aw)\s*:)"),
                                            QRegularExpression::CaseInsensitiveOption);
    return already.match(subject).hasMatch() && prefix == QLatin1String("Re:") ? subject
                                                                               : prefix + QLatin1Char(' ') + subject;
}

// How many prospects the To field offers at most.
constexpr int MaxSuggestions = 8;
constexpr int LookUpDelayMs = 120;

QString when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::LongFormat);
}

} // namespace

models::OutboxMessage ComposeDialog::reply(qint64 accountId, const QString& to, const QString& subject,
                                           const QString& messageId, const QStringList& references,
                                           const QString& quotedFrom, qint64 quotedAt, const QString& quotedText)
{
    models::OutboxMessage m;
    m.accountId = accountId;
    m.toAddress = to;
    m.subject = withPrefix(QStringLiteral("Re:"), subject);
    m.inReplyTo = messageId;
    m.references = references;
    QString quoted;
    const QStringList lines = quotedText.trimmed().split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        quoted += QStringLiteral("> ") + line + QLatin1Char('\n');
    }
    m.text
        = QStringLiteral("\n\n") + tr("On %1, %2 wrote:").arg(when(quotedAt), quotedFrom) + QLatin1Char('\n') + quoted;
    return m;
}

models::OutboxMessage ComposeDialog::forward(qint64 accountId, const QString& subject, const QString& from,
                                             qint64 sentAt, const QString& text)
{
    models::OutboxMessage m;
    m.accountId = accountId;
    m.subject = withPrefix(QStringLiteral("Fwd:"), subject);
    m.text = QStringLiteral("\n\n") + tr("---------- Forwarded message ----------") + QLatin1Char('\n')
        + tr("From: %1").arg(from) + QLatin1Char('\n') + tr("Date: %1").arg(when(sentAt)) + QLatin1Char('\n')
        + tr("Subject: %1").arg(subject) + QStringLiteral("\n\n") + text.trimmed() + QLatin1Char('\n');
    return m;
}

ComposeDialog::ComposeDialog(const models::Workspace& workspace, models::OutboxMessage draft, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_draft(std::move(draft))
    , m_account(new QComboBox(this))
    , m_to(new QLineEdit(m_draft.toAddress, this))
    , m_suggestions(new QStandardItemModel(this))
    , m_toCompleter(new QCompleter(m_suggestions, this))
    , m_lookUp(new QTimer(this))
    , m_subject(new QLineEdit(m_draft.subject, this))
    , m_body(new QPlainTextEdit(m_draft.text, this))
    , m_problem(new QLabel(this))
    , m_ai(new AiComposer(m_subject, m_body, this))
{
    setObjectName(QStringLiteral("composeDialog"));
    setWindowTitle(m_draft.inReplyTo.isEmpty() ? tr("New email") : tr("Reply"));
    resize(680, 520);
    const QList<models::MailAccount> accounts = models::MailAccountRepository(m_workspace.connection()).list();
    for (const models::MailAccount& a : accounts) {
        m_account->addItem(QStringLiteral("%1 <%2>").arg(a.displayName, a.email), a.id);
    }
    m_account->setCurrentIndex(std::max(0, m_account->findData(m_draft.accountId)));
    m_to->setObjectName(QStringLiteral("composeTo"));
    m_to->setPlaceholderText(tr("Name, company or name@company.com"));
    // The suggestions come filtered from the prospects' search index, so the completer shows them as
    // they are; choosing one puts its address in the field (see chooseRecipient).
    m_toCompleter->setWidget(m_to);
    m_toCompleter->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_toCompleter->setCompletionRole(AddressRole);
    m_toCompleter->setMaxVisibleItems(MaxSuggestions);
    m_toCompleter->popup()->setObjectName(QStringLiteral("composeToSuggestions"));
    m_lookUp->setSingleShot(true);
    m_lookUp->setInterval(LookUpDelayMs);
    connect(m_to, &QLineEdit::textEdited, m_lookUp, qOverload<>(&QTimer::start));
    connect(m_lookUp, &QTimer::timeout, this, &ComposeDialog::lookUpRecipients);
    connect(m_toCompleter, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            &ComposeDialog::chooseRecipient);
    m_subject->setObjectName(QStringLiteral("composeSubject"));
    m_body->setObjectName(QStringLiteral("composeBody"));
    m_problem->setObjectName(QStringLiteral("composeProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("From:"), m_account);
    form->addRow(tr("To:"), m_to);
    form->addRow(tr("Subject:"), m_subject);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_send = buttons->addButton(tr("Send"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("composeSend"));
    m_send->setDefault(true);
    m_send->setEnabled(!accounts.isEmpty());
    if (accounts.isEmpty()) {
        m_problem->setText(tr("Add a mailbox in Settings to send email."));
        m_problem->show();
    }
    connect(m_send, &QPushButton::clicked, this, &ComposeDialog::send);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A reply or a forward: AI writes above the quoted message and never rewrites it.
    m_ai->setReply(!m_draft.inReplyTo.isEmpty());
    // (reply() and forward() put the rep's blank lines first, the quoted message after them).
    if (m_draft.text.startsWith(QStringLiteral("\n\n")) && !m_draft.text.trimmed().isEmpty()) {
        m_ai->setQuotedTail(m_draft.text);
    }
    connect(m_ai, &AiComposer::streamingChanged, this, [this, haveAccount = !accounts.isEmpty()](bool streaming) {
        m_send->setEnabled(haveAccount && !streaming);
    });
    connect(m_to, &QLineEdit::textChanged, this, &ComposeDialog::findProspect);
    findProspect();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_ai);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    m_body->setFocus();
    m_body->moveCursor(QTextCursor::Start);
    if (m_to->text().isEmpty()) {
        m_to->setFocus();
    }
}

void ComposeDialog::setDraftService(DraftService* service)
{
    m_ai->setService(service);
}

void ComposeDialog::findProspect()
{
    const QString address = m_to->text().trimmed();
    qint64 prospect = 0;
    if (address.contains(QLatin1Char('@'))) {
        try {
            const auto found = models::ProspectRepository(m_workspace.connection()).findByEmail(address);
            prospect = found && !found->trashed ? found->id : 0;
        } catch (const models::StoreError&) {
            prospect = 0; // Write with AI waits; the rep can still write
        }
    }
    m_ai->setProspect(prospect);
}

void ComposeDialog::lookUpRecipients()
{
    const QString typed = m_to->text().trimmed();
    QList<models::Prospect> found;
    // One letter matches too much to help.
    if (typed.size() >= 2) {
        try {
            found = models::ProspectRepository(m_workspace.connection()).addressBook(typed, MaxSuggestions);
        } catch (const models::StoreError&) {
            found.clear(); // suggestions are a help: the rep can still type the address
        }
    }
    // An address typed (or chosen) in full needs no suggestion.
    if (found.size() == 1 && found.first().email.compare(typed, Qt::CaseInsensitive) == 0) {
        found.clear();
    }
    m_suggestions->clear();
    for (const models::Prospect& p : std::as_const(found)) {
        const QString name = p.fullName().isEmpty() ? p.email : p.fullName();
        const QString who = p.companyName.isEmpty() ? name : tr("%1 — %2").arg(name, p.companyName);
        auto* item = new QStandardItem(tr("%1 <%2>").arg(who, p.email));
        item->setData(p.email, AddressRole);
        item->setToolTip(p.title.isEmpty() ? p.email : p.title);
        item->setEditable(false);
        m_suggestions->appendRow(item);
    }
    if (m_suggestions->rowCount() == 0) {
        m_toCompleter->popup()->hide();
        return;
    }
    m_toCompleter->complete(m_to->rect());
}

void ComposeDialog::chooseRecipient(const QModelIndex& index)
{
    // The field takes one address (the outbox sends to one recipient): the choice replaces what was typed.
    m_lookUp->stop();
    m_to->setText(index.data(AddressRole).toString());
    m_toCompleter->popup()->hide();
    m_subject->setFocus();
}

void ComposeDialog::send()
{
    if (m_ai->isStreaming()) {
        return;
    }
    if (m_subject->text().trimmed().isEmpty() || m_body->toPlainText().trimmed().isEmpty()) {
        m_problem->setText(tr("An email needs a subject and a message."));
        m_problem->show();
        return;
    }
    models::OutboxMessage m = m_draft;
    m.accountId = m_account->currentData().toLongLong();
    m.toAddress = m_to->text().trimmed();
    m.subject = m_subject->text().trimmed();
    m.text = m_body->toPlainText();
    const qint64 now = Clock::instance().nowMs();
    try {
        QString problem;
        m_queued = models::OutboxRepository(m_workspace.connection()).enqueue(m, now, &problem);
        if (m_queued == 0) {
            m_problem->setText(tr("Not sent: %1").arg(problem));
            m_problem->show();
            return;
        }
        models::JobRepository(m_workspace.connection()).enqueue(models::OutboxRepository::sendJob(m.accountId), now);
    } catch (const models::StoreError& error) {
        m_problem->setText(error.message());
        m_problem->show();
        return;
    }
    accept();
}

} // namespace sc::ui
