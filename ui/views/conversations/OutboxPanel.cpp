#include "OutboxPanel.h"

#include "models/ChangeHub.h"
#include "models/Clock.h"
#include "models/repositories/JobRepository.h"
#include "models/repositories/OutboxRepository.h"
#include "models/store/StoreError.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/ErrorBox.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sc::ui {

namespace {
enum Column { To, Subject, State, When, Detail, ColumnCount };
}

QString OutboxPanel::stateLabel(const QString& state)
{
    static const QHash<QString, const char*> labels {
        {QStringLiteral("queued"), QT_TR_NOOP("Waiting")},
        {QStringLiteral("sending"), QT_TR_NOOP("Sending")},
        {QStringLiteral("transmitting"), QT_TR_NOOP("Sending")},
        {QStringLiteral("sent"), QT_TR_NOOP("Sent")},
        {QStringLiteral("failed"), QT_TR_NOOP("Failed")},
        {QStringLiteral("blocked"), QT_TR_NOOP("Blocked: do not contact")},
        {QStringLiteral("uncertain"), QT_TR_NOOP("Needs your decision")},
        {QStringLiteral("cancelled"), QT_TR_NOOP("Cancelled")},
    };
    const char* label = labels.value(state, nullptr);
    return label != nullptr ? tr(label) : state;
}

OutboxPanel::OutboxPanel(const models::Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_empty(new EmptyState(this))
    , m_retry(new QPushButton(tr("Send again"), this))
    , m_confirm(new QPushButton(tr("It was sent"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_addMailbox(new QPushButton(tr("Add a mailbox…"), this))
{
    setObjectName(QStringLiteral("outboxPanel"));
    m_table->setObjectName(QStringLiteral("outboxTable"));
    m_table->setHorizontalHeaderLabels({tr("To"), tr("Subject"), tr("State"), tr("When"), tr("Details")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Subject, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Detail, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_retry->setObjectName(QStringLiteral("outboxRetry"));
    m_confirm->setObjectName(QStringLiteral("outboxConfirm"));
    m_cancel->setObjectName(QStringLiteral("outboxCancel"));
    m_addMailbox->setObjectName(QStringLiteral("outboxAddMailbox"));
    m_addMailbox->setVisible(false);
    connect(m_addMailbox, &QPushButton::clicked, this, &OutboxPanel::addMailboxRequested);
    m_confirm->setToolTip(
        tr("The recipient got it (or you checked your Sent folder): record it as sent, send nothing"));
    m_empty->setText(tr("The outbox is empty"),
                     tr("Emails you send or approve wait here until they go, within your sending limit."));
    connect(m_retry, &QPushButton::clicked, this, &OutboxPanel::retrySelected);
    connect(m_confirm, &QPushButton::clicked, this, &OutboxPanel::confirmSelected);
    connect(m_cancel, &QPushButton::clicked, this, &OutboxPanel::cancelSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OutboxPanel::updateButtons);

    auto* page = new QWidget(this);
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addMailbox);
    buttons->addStretch(1);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_confirm);
    buttons->addWidget(m_cancel);
    pageLayout->addWidget(m_table, 1);
    pageLayout->addLayout(buttons);
    m_stack->addWidget(page);
    m_stack->addWidget(m_empty);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_stack);
    connect(models::ChangeHub::instance(), &models::ChangeHub::changed, this, [this](models::ChangeHub::Topics topics) {
        if (topics.testFlag(models::ChangeHub::Outbox) || topics.testFlag(models::ChangeHub::Drafts)) {
            reload();
        }
    });
    reload();
}

void OutboxPanel::reload()
{
    const qint64 keep = selectedId();
    QList<models::OutboxMessage> messages;
    try {
        messages = models::OutboxRepository(m_workspace.connection()).list();
    } catch (const models::StoreError& error) {
        showError(this, tr("Could not read the outbox"), error.message());
    }
    // Approved with no mailbox to send from: waiting here, visibly, with the reason and the way out.
    QList<models::OutboxRepository::WaitingDraft> waiting;
    try {
        waiting = models::OutboxRepository(m_workspace.connection()).waitingDrafts();
    } catch (const models::StoreError&) {
        // the outbox itself said why, above
    }
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(waiting.size() + messages.size()));
    for (int row = 0; row < waiting.size(); ++row) {
        const auto& w = waiting.at(row);
        const QStringList cells {w.toAddress, w.subject, tr("Waiting for a mailbox"),
                                 QLocale().toString(QDateTime::fromMSecsSinceEpoch(w.approvedAt), QLocale::ShortFormat),
                                 tr("No mailbox yet — add one in Settings")};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_table->setItem(row, column, item);
        }
        m_table->item(row, To)->setData(Qt::UserRole, 0);
        m_table->item(row, To)->setData(Qt::UserRole + 1, QStringLiteral("waiting"));
    }
    m_addMailbox->setVisible(!waiting.isEmpty());
    const int offset = int(waiting.size());
    const QLocale locale;
    int attention = 0;
    int select = -1;
    for (int index = 0; index < messages.size(); ++index) {
        const int row = offset + index;
        const models::OutboxMessage& m = messages.at(index);
        const bool needsRep = m.state == QLatin1String("uncertain") || m.state == QLatin1String("failed");
        attention += needsRep ? 1 : 0;
        const qint64 when = m.sentAt > 0 ? m.sentAt : (m.notBefore > m.createdAt ? m.notBefore : m.createdAt);
        const QStringList cells {
            m.toName.isEmpty() ? m.toAddress : QStringLiteral("%1 <%2>").arg(m.toName, m.toAddress), m.subject,
            stateLabel(m.state), locale.toString(QDateTime::fromMSecsSinceEpoch(when), QLocale::ShortFormat),
            m.lastError};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            if (needsRep && column == State) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(row, column, item);
        }
        m_table->item(row, To)->setData(Qt::UserRole, m.id);
        m_table->item(row, To)->setData(Qt::UserRole + 1, m.state);
        if (m.id == keep) {
            select = row;
        }
    }
    m_table->resizeColumnToContents(To);
    m_table->resizeColumnToContents(State);
    m_table->resizeColumnToContents(When);
    m_stack->setCurrentIndex(messages.isEmpty() && waiting.isEmpty() ? 1 : 0);
    if (select >= 0) {
        m_table->selectRow(select);
    }
    updateButtons();
    if (attention != m_attention) {
        m_attention = attention;
        Q_EMIT attentionChanged(attention);
    }
}

qint64 OutboxPanel::selectedId() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    return selected.isEmpty() ? 0 : m_table->item(selected.first()->row(), To)->data(Qt::UserRole).toLongLong();
}

QString OutboxPanel::selectedState() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    return selected.isEmpty() ? QString()
                              : m_table->item(selected.first()->row(), To)->data(Qt::UserRole + 1).toString();
}

void OutboxPanel::updateButtons()
{
    const QString state = selectedState();
    const bool decidable = state == QLatin1String("uncertain") || state == QLatin1String("failed");
    m_retry->setEnabled(decidable);
    m_confirm->setEnabled(state == QLatin1String("uncertain"));
    m_cancel->setEnabled(decidable || state == QLatin1String("queued"));
}

void OutboxPanel::retrySelected()
{
    const qint64 id = selectedId();
    try {
        models::OutboxRepository outbox(m_workspace.connection());
        const qint64 now = Clock::instance().nowMs();
        if (outbox.sendAgain(id, now)) {
            models::JobRepository(m_workspace.connection())
                .enqueue(models::OutboxRepository::sendJob(outbox.find(id)->accountId), now);
        }
    } catch (const models::StoreError& error) {
        showError(this, tr("Could not send it again"), error.message());
    }
}

void OutboxPanel::confirmSelected()
{
    try {
        models::OutboxRepository(m_workspace.connection()).confirmSent(selectedId(), Clock::instance().nowMs());
    } catch (const models::StoreError& error) {
        showError(this, tr("Could not record it as sent"), error.message());
    }
}

void OutboxPanel::cancelSelected()
{
    try {
        models::OutboxRepository(m_workspace.connection()).cancel(selectedId());
    } catch (const models::StoreError& error) {
        showError(this, tr("Could not cancel it"), error.message());
    }
}

} // namespace sc::ui
