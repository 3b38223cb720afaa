#include "TodayView.h"

#include "models/ChangeHub.h"
#include "models/Clock.h"
#include "models/store/StoreError.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/ErrorBox.h"
#include "ui/widgets/ViewHeader.h"

#include <QDateTimeEdit>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace sc::ui {

namespace {
using DueTask = models::TaskRepository::DueTask;

std::function<void(const QUrl&)>& urlOpener()
{
    static std::function<void(const QUrl&)> opener;
    return opener;
}

QDateTime localNow()
{
    return Clock::instance().now().toLocalTime();
}

// 09:00 tomorrow, on the rep's clock.
qint64 tomorrowMorning()
{
    return QDateTime(localNow().date().addDays(1), QTime(9, 0)).toMSecsSinceEpoch();
}

QString kindLabel(const QString& kind)
{
    if (kind == QLatin1String("call")) {
        return TodayView::tr("Call");
    }
    if (kind == QLatin1String("linkedin")) {
        return TodayView::tr("LinkedIn visit");
    }
    if (kind == QLatin1String("custom")) {
        return TodayView::tr("Custom");
    }
    return TodayView::tr("To-do");
}

QToolButton* rowButton(const QString& text, const QString& name, const QString& tip, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setObjectName(name);
    button->setToolTip(tip);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}
} // namespace

TodayView::TodayView(const models::Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_header(new ViewHeader(tr("Today"), this))
    , m_stack(new QStackedWidget(this))
    , m_tree(new QTreeWidget(this))
    , m_empty(new EmptyState(this))
    , m_dayTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("todayView"));
    m_tree->setObjectName(QStringLiteral("todayTasks"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Due"), tr("Person"), tr("Sequence"), tr("Kind"), tr("Task"), QString()});
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setUniformRowHeights(false);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setAlternatingRowColors(false);
    QHeaderView* header = m_tree->header();
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(60);
    // The due time and the kind fit their text; the person and the sequence get a fair share, the task the
    // rest; the rep can widen any of them.
    const int ch = fontMetrics().averageCharWidth();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(Prospect, 30 * ch);
    header->resizeSection(Sequence, 22 * ch);
    header->setSectionResizeMode(Due, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Kind, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Title, QHeaderView::Stretch);
    header->setSectionResizeMode(Actions, QHeaderView::ResizeToContents);
    for (const QString& text : {tr("Do"), tr("Skip"), tr("Snooze"), tr("Undo")}) {
        m_buttonWidth = std::max(m_buttonWidth, fontMetrics().horizontalAdvance(text) + 2 * ch);
    }

    m_stack->addWidget(m_tree);
    m_stack->addWidget(m_empty);
    m_empty->setText(tr("Nothing to do today"),
                     tr("Calls, LinkedIn visits and other tasks from your sequences, and the tasks you add on a "
                        "prospect, appear here on the day they are due."));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(m_header);
    layout->addWidget(m_stack, 1);

    connect(models::ChangeHub::instance(), &models::ChangeHub::changed, this, [this](models::ChangeHub::Topics topics) {
        // Tasks change with prospects; a sequence run (a job) adds them.
        if (topics.testFlag(models::ChangeHub::Prospects) || topics.testFlag(models::ChangeHub::Jobs)) {
            reload();
        }
    });
    m_dayTimer->setSingleShot(true);
    connect(m_dayTimer, &QTimer::timeout, this, &TodayView::reload);
    reload();
}

void TodayView::setUrlOpener(std::function<void(const QUrl&)> opener)
{
    urlOpener() = std::move(opener);
}

bool TodayView::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

QTreeWidgetItem* TodayView::itemFor(qint64 taskId) const
{
    for (int s = 0; s < m_tree->topLevelItemCount(); ++s) {
        QTreeWidgetItem* section = m_tree->topLevelItem(s);
        for (int i = 0; i < section->childCount(); ++i) {
            if (section->child(i)->data(0, Qt::UserRole).toLongLong() == taskId) {
                return section->child(i);
            }
        }
    }
    return nullptr;
}

QUrl TodayView::linkedInUrl(const DueTask& task)
{
    if (!task.linkedinUrl.trimmed().isEmpty()) {
        const QUrl url = QUrl::fromUserInput(task.linkedinUrl.trimmed());
        if (url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))) {
            return url;
        }
    }
    QUrl search(QStringLiteral("https://www.linkedin.com/search/results/people/"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("keywords"),
                       QStringList({task.prospectName, task.company}).join(QLatin1Char(' ')).simplified());
    search.setQuery(query);
    return search;
}

void TodayView::armDayTimer()
{
    // The sections move at midnight: reload then (and at least every ten minutes, for overdue times).
    const QDateTime now = localNow();
    const qint64 toMidnight = now.msecsTo(QDateTime(now.date().addDays(1), QTime(0, 0)));
    m_dayTimer->start(int(std::clamp<qint64>(toMidnight + 1000, 1000, 10 * 60 * 1000)));
}

void TodayView::reload()
{
    const QDateTime now = localNow();
    const QDate today = now.date();
    const qint64 startOfToday = QDateTime(today, QTime(0, 0)).toMSecsSinceEpoch();
    const qint64 endOfToday = QDateTime(today.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    const qint64 until = QDateTime(today.addDays(WindowDays + 1), QTime(0, 0)).toMSecsSinceEpoch();
    QString failure;
    try {
        m_tasks = models::TaskRepository(m_workspace.connection()).due(until, startOfToday);
    } catch (const models::StoreError& error) {
        m_tasks.clear();
        failure = error.message();
    }
    QList<DueTask> overdue;
    QList<DueTask> dueToday;
    QList<DueTask> upcoming;
    QList<DueTask> closed;
    for (const DueTask& t : std::as_const(m_tasks)) {
        if (t.task.doneAt > 0 || t.task.skippedAt > 0) {
            closed.append(t);
        } else if (t.task.dueAt < startOfToday) {
            overdue.append(t);
        } else if (t.task.dueAt < endOfToday) {
            dueToday.append(t);
        } else {
            upcoming.append(t);
        }
    }
    const int scroll = m_tree->verticalScrollBar()->value();
    const qint64 current = m_tree->currentItem() ? m_tree->currentItem()->data(0, Qt::UserRole).toLongLong() : 0;
    m_tree->clear();
    addSection(tr("Overdue (%1)").arg(overdue.size()), overdue, false);
    addSection(tr("Today (%1)").arg(dueToday.size()), dueToday, false);
    addSection(tr("Next %1 days (%2)").arg(WindowDays).arg(upcoming.size()), upcoming, false);
    addSection(tr("Done today (%1)").arg(closed.size()), closed, true);
    m_tree->verticalScrollBar()->setValue(scroll);
    if (QTreeWidgetItem* item = current > 0 ? itemFor(current) : nullptr) {
        m_tree->setCurrentItem(item);
    }

    const qsizetype open = overdue.size() + dueToday.size() + upcoming.size();
    if (!failure.isEmpty()) {
        m_header->setSubtitle(failure);
    } else if (open == 0) {
        m_header->setSubtitle(closed.isEmpty() ? tr("No tasks due") : tr("All done for today"));
    } else {
        QStringList parts;
        if (!overdue.isEmpty()) {
            parts << tr("%n overdue", nullptr, int(overdue.size()));
        }
        parts << tr("%n due today", nullptr, int(dueToday.size()));
        if (!upcoming.isEmpty()) {
            parts << tr("%n in the next %1 days", nullptr, int(upcoming.size())).arg(WindowDays);
        }
        m_header->setSubtitle(parts.join(QStringLiteral(" · ")));
    }
    m_stack->setCurrentWidget(m_tasks.isEmpty() && failure.isEmpty() ? static_cast<QWidget*>(m_empty) : m_tree);
    armDayTimer();
}

void TodayView::addSection(const QString& title, const QList<DueTask>& tasks, bool closed)
{
    if (tasks.isEmpty()) {
        return;
    }
    auto* section = new QTreeWidgetItem(m_tree, {title});
    section->setFlags(Qt::ItemIsEnabled);
    section->setFirstColumnSpanned(true);
    QFont bold = section->font(0);
    bold.setBold(true);
    section->setFont(0, bold);
    section->setData(0, Qt::UserRole, 0);
    const QLocale locale;
    const QDate today = localNow().date();
    const QColor muted = palette().color(QPalette::PlaceholderText);
    for (const DueTask& t : tasks) {
        auto* item = new QTreeWidgetItem(section);
        item->setData(0, Qt::UserRole, t.task.id);
        const QDateTime due = QDateTime::fromMSecsSinceEpoch(t.task.dueAt).toLocalTime();
        QString dueText;
        if (closed) {
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(t.task.doneAt > 0 ? t.task.doneAt : t.task.skippedAt);
            dueText = (t.task.doneAt > 0 ? tr("Done %1") : tr("Skipped %1"))
                          .arg(locale.toString(at.toLocalTime().time(), QLocale::ShortFormat));
        } else if (due.date() == today) {
            dueText = locale.toString(due.time(), QLocale::ShortFormat);
        } else {
            dueText = locale.toString(due.date(), QStringLiteral("ddd d MMM")) + QLatin1Char(' ')
                + locale.toString(due.time(), QLocale::ShortFormat);
        }
        item->setText(Due, dueText);
        item->setText(Prospect,
                      t.company.isEmpty() ? t.prospectName
                                          : tr("%1 · %2", "a person and their company").arg(t.prospectName, t.company));
        // A task without a sequence is the rep's own, or one the app added (the demo's).
        item->setText(Sequence,
                      !t.sequence.isEmpty()                          ? t.sequence
                          : t.task.createdBy == QLatin1String("rep") ? tr("Your task")
                                                                     : QStringLiteral("—"));
        item->setText(Kind, kindLabel(t.task.kind));
        item->setText(Title, t.task.title);
        for (int c = Due; c <= Title; ++c) {
            item->setToolTip(c, item->text(c));
        }
        if (!closed && t.task.snoozedUntil > 0 && t.task.snoozedUntil == t.task.dueAt) {
            item->setToolTip(Due, tr("Snoozed to %1").arg(locale.toString(due, QLocale::ShortFormat)));
            QFont italic = item->font(Due);
            italic.setItalic(true);
            item->setFont(Due, italic);
        }
        if (t.sequence.isEmpty() || closed) {
            item->setForeground(Sequence, muted);
        }
        if (closed) {
            for (int c = Due; c <= Title; ++c) {
                item->setForeground(c, muted);
            }
            QFont struck = item->font(Title);
            struck.setStrikeOut(t.task.skippedAt > 0);
            item->setFont(Title, struck);
        } else if (due.date() < today) {
            item->setForeground(Due, QColor(0xB0, 0x2A, 0x2A));
        }
        m_tree->setItemWidget(item, Actions, actionsFor(t, closed));
    }
    section->setExpanded(true);
}

QWidget* TodayView::actionsFor(const DueTask& task, bool closed)
{
    auto* box = new QWidget(m_tree);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(4, 1, 4, 1);
    row->setSpacing(4);
    const qint64 id = task.task.id;
    if (closed) {
        auto* undo = rowButton(tr("Undo"), QStringLiteral("undoTask"), tr("Put this task back on the list"), box);
        connect(undo, &QToolButton::clicked, this, [this, id] { undoTask(id); });
        undo->setMinimumWidth(m_buttonWidth);
        row->addWidget(undo);
        row->addStretch(1);
        return box;
    }
    const bool linkedIn = task.task.kind == QLatin1String("linkedin");
    auto* done = rowButton(linkedIn ? tr("Do ↗") : tr("Do"), QStringLiteral("doTask"),
                           linkedIn ? tr("Marks it done and opens their LinkedIn page in your browser: you visit, "
                                         "nothing is automated on LinkedIn.")
                                    : tr("Mark this task done"),
                           box);
    auto* skip = rowButton(tr("Skip"), QStringLiteral("skipTask"), tr("Close this task without doing it"), box);
    auto* snooze = rowButton(tr("Snooze"), QStringLiteral("snoozeTask"), tr("Put this task off"), box);
    snooze->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(snooze);
    menu->addAction(tr("Tomorrow, %1").arg(QLocale().toString(QTime(9, 0), QLocale::ShortFormat)), this,
                    [this, id] { snoozeTask(id, tomorrowMorning()); })
        ->setObjectName(QStringLiteral("snoozeTomorrow"));
    menu->addAction(tr("Choose a day…"), this, [this, id] { chooseSnooze(id); })
        ->setObjectName(QStringLiteral("snoozeChoose"));
    snooze->setMenu(menu);
    connect(done, &QToolButton::clicked, this, [this, id] { doTask(id); });
    connect(skip, &QToolButton::clicked, this, [this, id] { skipTask(id); });
    for (QToolButton* button : {done, skip, snooze}) {
        button->setMinimumWidth(m_buttonWidth + (button == snooze ? 2 * fontMetrics().averageCharWidth() : 0));
        row->addWidget(button);
    }
    row->addStretch(1);
    return box;
}

bool TodayView::run(const std::function<void()>& change, const QString& failure)
{
    bool ok = true;
    try {
        change();
    } catch (const models::StoreError& error) {
        showError(this, failure, error.message());
        ok = false;
    }
    // Later: the buttons that asked are part of the rows the reload rebuilds.
    QMetaObject::invokeMethod(this, &TodayView::reload, Qt::QueuedConnection);
    return ok;
}

void TodayView::doTask(qint64 taskId)
{
    QUrl linkedIn;
    for (const DueTask& t : std::as_const(m_tasks)) {
        if (t.task.id == taskId && t.task.kind == QLatin1String("linkedin") && t.task.doneAt == 0) {
            linkedIn = linkedInUrl(t);
        }
    }
    const bool done = run(
        [this, taskId] {
            models::TaskRepository(m_workspace.connection())
                .setDone(taskId, true, QStringLiteral("rep"), Clock::instance().nowMs());
        },
        tr("Could not mark the task done"));
    if (done && linkedIn.isValid()) {
        if (urlOpener()) {
            urlOpener()(linkedIn);
        } else {
            QDesktopServices::openUrl(linkedIn);
        }
    }
}

void TodayView::skipTask(qint64 taskId)
{
    run(
        [this, taskId] {
            models::TaskRepository(m_workspace.connection())
                .skip(taskId, QStringLiteral("rep"), Clock::instance().nowMs());
        },
        tr("Could not skip the task"));
}

void TodayView::snoozeTask(qint64 taskId, qint64 until)
{
    run(
        [this, taskId, until] {
            models::TaskRepository(m_workspace.connection())
                .snooze(taskId, until, QStringLiteral("rep"), Clock::instance().nowMs());
        },
        tr("Could not snooze the task"));
}

void TodayView::undoTask(qint64 taskId)
{
    run(
        [this, taskId] {
            models::TaskRepository(m_workspace.connection())
                .setDone(taskId, false, QStringLiteral("rep"), Clock::instance().nowMs());
        },
        tr("Could not put the task back"));
}

void TodayView::chooseSnooze(qint64 taskId)
{
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("snoozeDialog"));
    dialog->setWindowTitle(tr("Snooze the task"));
    auto* edit = new QDateTimeEdit(QDateTime::fromMSecsSinceEpoch(tomorrowMorning()), dialog);
    edit->setObjectName(QStringLiteral("snoozeUntil"));
    edit->setCalendarPopup(true);
    edit->setMinimumDateTime(localNow().addSecs(60));
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat) + QStringLiteral(" ")
                           + QLocale().timeFormat(QLocale::ShortFormat));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Snooze"));
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this,
            [this, taskId, edit] { snoozeTask(taskId, edit->dateTime().toMSecsSinceEpoch()); });
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(tr("Bring this task back on:"), dialog));
    layout->addWidget(edit);
    layout->addWidget(buttons);
    dialog->open();
}

} // namespace sc::ui
