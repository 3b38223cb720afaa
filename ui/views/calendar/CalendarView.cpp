#include "CalendarView.h"

#include "agents/decision/ProspectZone.h"
#include "models/Clock.h"
#include "models/repositories/MeetingRepository.h"
#include "models/repositories/ProspectRepository.h"
#include "models/repositories/TaskRepository.h"
#include "ui/dialogs/MeetingDialog.h"
#include "ui/widgets/ViewHeader.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sc::ui {

namespace {

constexpr qint64 TaskMinutes = 30; // a due task takes a half-hour box on the grid

QDate localToday(const QTimeZone& zone)
{
    return QDateTime::fromMSecsSinceEpoch(Clock::instance().nowMs(), zone).date();
}

} // namespace

CalendarView::CalendarView(const models::Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_header(new ViewHeader(tr("Calendar"), this))
    , m_layouts(new QButtonGroup(this))
    , m_range(new QLabel(this))
    , m_zoneLabel(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_scroll(new QScrollArea(this))
    , m_grid(new CalendarGrid)
    , m_agenda(new QTreeWidget(this))
{
    m_anchor = localToday(m_zone);
    auto* layout = new QVBoxLayout(this);
    auto* create = new QPushButton(tr("New meeting…"), this);
    create->setObjectName(QStringLiteral("newMeeting"));
    m_header->addWidget(create);
    layout->addWidget(m_header);

    auto* bar = new QHBoxLayout;
    auto* backButton = new QToolButton(this);
    backButton->setArrowType(Qt::LeftArrow);
    backButton->setToolTip(tr("Previous"));
    auto* todayButton = new QPushButton(tr("Today"), this);
    auto* forwardButton = new QToolButton(this);
    forwardButton->setArrowType(Qt::RightArrow);
    forwardButton->setToolTip(tr("Next"));
    bar->addWidget(backButton);
    bar->addWidget(todayButton);
    bar->addWidget(forwardButton);
    QFont rangeFont = m_range->font();
    rangeFont.setBold(true);
    m_range->setFont(rangeFont);
    bar->addSpacing(8);
    bar->addWidget(m_range);
    bar->addStretch(1);
    m_zoneLabel->setForegroundRole(QPalette::PlaceholderText);
    bar->addWidget(m_zoneLabel);
    bar->addSpacing(12);
    const std::pair<Layout, QString> layouts[]
        = {{Layout::Day, tr("Day")}, {Layout::Week, tr("Week")}, {Layout::Agenda, tr("Agenda")}};
    for (const auto& [which, label] : layouts) {
        auto* button = new QPushButton(label, this);
        button->setCheckable(true);
        button->setChecked(which == m_layout);
        button->setObjectName(QStringLiteral("layout%1").arg(int(which)));
        m_layouts->addButton(button, int(which));
        bar->addWidget(button);
    }
    m_layouts->setExclusive(true);
    layout->addLayout(bar);

    m_scroll->setWidget(m_grid);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::StyledPanel);
    m_agenda->setRootIsDecorated(false);
    m_agenda->setUniformRowHeights(true);
    m_agenda->setHeaderLabels({tr("When"), tr("What"), tr("With")});
    m_agenda->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_agenda->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto* gridPage = new QWidget(this);
    auto* gridLayout = new QVBoxLayout(gridPage);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->setSpacing(0);
    gridLayout->addWidget(new CalendarDayHeader(m_grid, gridPage));
    gridLayout->addWidget(m_scroll, 1);
    m_stack->addWidget(gridPage);
    m_stack->addWidget(m_agenda);
    layout->addWidget(m_stack, 1);

    connect(backButton, &QToolButton::clicked, this, &CalendarView::back);
    connect(forwardButton, &QToolButton::clicked, this, &CalendarView::forward);
    connect(todayButton, &QPushButton::clicked, this, &CalendarView::goToday);
    connect(create, &QPushButton::clicked, this, [this] { newMeeting(); });
    connect(m_grid, &CalendarGrid::emptySlotActivated, this, &CalendarView::newMeeting);
    connect(m_layouts, &QButtonGroup::idClicked, this, [this](int id) { setLayout(Layout(id)); });
    connect(m_grid, &CalendarGrid::entryActivated, this, [this](qsizetype index) {
        const CalendarEntry& e = m_grid->entries().at(index);
        if (e.prospectId > 0) {
            Q_EMIT prospectRequested(e.prospectId);
        }
    });
    connect(m_agenda, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (const qint64 prospect = item->data(0, Qt::UserRole).toLongLong(); prospect > 0) {
            Q_EMIT prospectRequested(prospect);
        }
    });
    auto* minute = new QTimer(this); // the red line of now moves with the clock
    minute->setInterval(60 * 1000);
    connect(minute, &QTimer::timeout, m_grid, qOverload<>(&QWidget::update));
    minute->start();
    reload();
    // Open on the working day, not at midnight.
    QTimer::singleShot(0, this, [this] { m_scroll->verticalScrollBar()->setValue(m_grid->yOf(QTime(7, 30))); });
}

void CalendarView::setLayout(Layout layout)
{
    m_layout = layout;
    if (QAbstractButton* button = m_layouts->button(int(layout))) {
        button->setChecked(true);
    }
    reload();
}

void CalendarView::setAnchor(const QDate& day)
{
    m_anchor = day;
    reload();
}

void CalendarView::setZone(const QTimeZone& zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    reload();
}

QDate CalendarView::firstDay() const
{
    if (m_layout != Layout::Week) {
        return m_anchor;
    }
    // The week as the rep's locale starts it.
    const int first = int(locale().firstDayOfWeek());
    return m_anchor.addDays(-((m_anchor.dayOfWeek() - first + 7) % 7));
}

int CalendarView::spanDays() const
{
    switch (m_layout) {
    case Layout::Day:
        return 1;
    case Layout::Week:
        return 7;
    case Layout::Agenda:
        return AgendaDays;
    }
    return 7;
}

void CalendarView::back()
{
    setAnchor(m_anchor.addDays(-spanDays()));
}

void CalendarView::forward()
{
    setAnchor(m_anchor.addDays(spanDays()));
}

void CalendarView::goToday()
{
    setAnchor(localToday(m_zone));
}

void CalendarView::newMeeting(qint64 startMs)
{
    auto* dialog = new MeetingDialog(m_workspace.connection(), startMs, 0, m_zone, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &CalendarView::reload);
    dialog->open();
}

QList<CalendarEntry> CalendarView::load(qint64 fromMs, qint64 toMs) const
{
    QList<CalendarEntry> entries;
    const models::ProspectRepository prospects(m_workspace.connection());
    struct Person
    {
        QString name;
        QString timezone;
        QString country;
    };
    QHash<qint64, Person> people;
    for (const models::Meeting& m : models::MeetingRepository(m_workspace.connection()).list(fromMs, toMs)) {
        CalendarEntry e;
        e.id = m.id;
        e.prospectId = m.prospectId;
        e.kind = CalendarEntry::Kind::Meeting;
        e.startMs = m.startsAt;
        e.endMs = m.endsAt;
        e.title = m.title;
        e.cancelled = m.status == QLatin1String("cancelled");
        if (m.prospectId > 0) {
            // Read once per prospect, however many meetings they have in the range.
            auto who = people.find(m.prospectId);
            if (who == people.end()) {
                Person person;
                if (const std::optional<models::Prospect> p = prospects.find(m.prospectId)) {
                    person
                        = {p->fullName().isEmpty() ? p->email : p->fullName(), prospects.timezone(p->id), p->country};
                }
                who = people.insert(m.prospectId, person);
            }
            e.detail = who->name;
            // Their local time beside ours when their clock reads differently.
            using agents::decision::ProspectZone;
            if (const QTimeZone theirs = ProspectZone::otherThan(who->timezone, who->country, m_zone, m.startsAt);
                theirs.isValid()) {
                const QTime local = QDateTime::fromMSecsSinceEpoch(m.startsAt, theirs).time();
                e.detail += QStringLiteral(" · ")
                    + tr("their time %1 (%2)")
                          .arg(CalendarGrid::timeText(locale(), local), ProspectZone::placeName(theirs));
            }
        }
        entries.append(e);
    }
    const models::TaskRepository tasks(m_workspace.connection());
    for (const models::TaskRepository::DueTask& t : tasks.due(toMs, toMs)) {
        if (t.task.dueAt < fromMs || t.task.dueAt >= toMs || t.task.doneAt > 0 || t.task.skippedAt > 0) {
            continue;
        }
        CalendarEntry e;
        e.id = t.task.id;
        e.prospectId = t.prospectId;
        e.kind = CalendarEntry::Kind::Task;
        e.startMs = t.task.dueAt;
        e.endMs = t.task.dueAt + TaskMinutes * 60 * 1000;
        e.title = t.task.title;
        e.detail = t.company.isEmpty() ? t.prospectName : tr("%1 · %2").arg(t.prospectName, t.company);
        entries.append(e);
    }
    std::sort(entries.begin(), entries.end(),
              [](const CalendarEntry& a, const CalendarEntry& b) { return a.startMs < b.startMs; });
    return entries;
}

void CalendarView::reload()
{
    const QDate first = firstDay();
    const int days = spanDays();
    const qint64 from = QDateTime(first, QTime(0, 0), m_zone).toMSecsSinceEpoch();
    const qint64 to = QDateTime(first.addDays(days), QTime(0, 0), m_zone).toMSecsSinceEpoch();
    const QList<CalendarEntry> entries = load(from, to);
    const QLocale l = locale();
    if (m_layout == Layout::Day) {
        m_range->setText(l.toString(first, QLocale::LongFormat));
    } else {
        const QDate last = first.addDays(days - 1);
        m_range->setText(tr("%1 – %2").arg(l.toString(first, QStringLiteral("d MMM")),
                                           l.toString(last, QStringLiteral("d MMM yyyy"))));
    }
    const QString zoneName = m_zone.displayName(QDateTime::fromMSecsSinceEpoch(from, m_zone), QTimeZone::LongName, l);
    m_zoneLabel->setText(tr("Times in %1").arg(zoneName.isEmpty() ? QString::fromUtf8(m_zone.id()) : zoneName));
    m_zoneLabel->setToolTip(QString::fromUtf8(m_zone.id()));
    const int meetings = int(std::count_if(entries.cbegin(), entries.cend(), [](const CalendarEntry& e) {
        return e.kind == CalendarEntry::Kind::Meeting && !e.cancelled;
    }));
    const int taskCount = int(std::count_if(
        entries.cbegin(), entries.cend(), [](const CalendarEntry& e) { return e.kind == CalendarEntry::Kind::Task; }));
    m_header->setSubtitle(tr("%n meeting(s)", nullptr, meetings) + QStringLiteral(" · ")
                          + tr("%n task(s) due", nullptr, taskCount));
    if (m_layout == Layout::Agenda) {
        fillAgenda(entries);
        m_stack->setCurrentWidget(m_agenda);
    } else {
        m_grid->setRange(first, days, m_zone);
        m_grid->setEntries(entries);
        m_stack->setCurrentIndex(0);
    }
}

void CalendarView::fillAgenda(const QList<CalendarEntry>& entries)
{
    m_agenda->clear();
    const QLocale l = locale();
    QDate day;
    for (const CalendarEntry& e : entries) {
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(e.startMs, m_zone);
        if (start.date() != day) {
            day = start.date();
            auto* heading = new QTreeWidgetItem(m_agenda, {l.toString(day, QLocale::LongFormat)});
            QFont bold = heading->font(0);
            bold.setBold(true);
            heading->setFont(0, bold);
            heading->setFlags(Qt::ItemIsEnabled);
            heading->setFirstColumnSpanned(true);
        }
        const QString when
            = tr("%1 – %2").arg(CalendarGrid::timeText(l, start.time()),
                                CalendarGrid::timeText(l, QDateTime::fromMSecsSinceEpoch(e.endMs, m_zone).time()));
        auto* item = new QTreeWidgetItem(m_agenda, {when, e.title, e.detail});
        item->setData(0, Qt::UserRole, e.prospectId);
        if (e.cancelled) {
            QFont struck = item->font(1);
            struck.setStrikeOut(true);
            item->setFont(1, struck);
        }
    }
    if (entries.isEmpty()) {
        auto* none = new QTreeWidgetItem(m_agenda, {tr("Nothing planned in the next %n day(s).", nullptr, AgendaDays)});
        none->setFlags(Qt::ItemIsEnabled);
        none->setFirstColumnSpanned(true);
    }
}

} // namespace sc::ui
