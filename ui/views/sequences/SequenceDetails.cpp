#include "SequenceDetails.h"

#include "SequenceText.h"
#include "agents/decision/StepResults.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sc::ui {

using agents::decision::AbTest;

namespace {

constexpr int ProspectIdRole = Qt::UserRole;
constexpr int StatusRole = Qt::UserRole + 1;

QString when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QString spacing(int seconds)
{
    return seconds % 60 == 0 && seconds > 0 ? SequenceDetails::tr("%n min", nullptr, seconds / 60)
                                            : SequenceDetails::tr("%n s", nullptr, seconds);
}

void setNumbers(QTreeWidgetItem* item, const models::EnrollmentRepository::VariantResult& r)
{
    const QLocale locale;
    item->setText(SequenceDetails::SentColumn, locale.toString(r.sent));
    item->setText(SequenceDetails::RepliedColumn, locale.toString(r.replied));
    item->setText(SequenceDetails::PositiveColumn, locale.toString(r.positive));
    item->setText(SequenceDetails::MeetingsColumn, locale.toString(r.meetings));
    item->setText(SequenceDetails::BouncedColumn, locale.toString(r.bounced));
    if (r.sent > 0) {
        item->setToolTip(SequenceDetails::RepliedColumn,
                         SequenceDetails::tr("%1% of the emails sent had a reply")
                             .arg(locale.toString(100.0 * r.replied / r.sent, 'f', 1)));
    }
    for (int c = SequenceDetails::SentColumn; c <= SequenceDetails::BouncedColumn; ++c) {
        item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }
}

} // namespace

SequenceDetails::SequenceDetails(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_state(new QLabel(this))
    , m_schedule(new QLabel(this))
    , m_pause(new QPushButton(this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_duplicate(new QPushButton(tr("Duplicate"), this))
    , m_tabs(new QTabWidget(this))
    , m_results(new QTreeWidget(this))
    , m_prospects(new QTableWidget(this))
    , m_prospectNote(new QLabel(this))
    , m_pauseProspect(new QPushButton(tr("Pause prospect"), this))
{
    setObjectName(QStringLiteral("sequenceDetails"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("sequenceTitle"));
    m_title->setWordWrap(true); // a long name takes a second line, never cut
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state->setObjectName(QStringLiteral("sequenceState"));
    m_schedule->setObjectName(QStringLiteral("sequenceSchedule"));
    m_schedule->setWordWrap(true);
    m_schedule->setForegroundRole(QPalette::PlaceholderText);
    m_pause->setObjectName(QStringLiteral("pauseSequenceButton"));
    m_edit->setObjectName(QStringLiteral("editSequenceButton"));
    m_duplicate->setObjectName(QStringLiteral("duplicateSequenceButton"));

    m_results->setObjectName(QStringLiteral("sequenceResults"));
    m_results->setColumnCount(6);
    m_results->setHeaderLabels({tr("Step"), tr("Sent"), tr("Replied"), tr("Positive"), tr("Meetings"), tr("Bounced")});
    m_results->header()->setStretchLastSection(false);
    m_results->header()->setSectionResizeMode(StepColumn, QHeaderView::Stretch);
    for (int c = SentColumn; c <= BouncedColumn; ++c) {
        m_results->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
        m_results->headerItem()->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_results->setTextElideMode(Qt::ElideRight);
    m_results->setSelectionMode(QAbstractItemView::NoSelection);
    m_results->setAlternatingRowColors(true);

    m_prospects->setObjectName(QStringLiteral("sequenceProspects"));
    m_prospects->setColumnCount(5);
    m_prospects->setHorizontalHeaderLabels({tr("Prospect"), tr("Company"), tr("State"), tr("Step"), tr("When")});
    m_prospects->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_prospects->horizontalHeader()->setSectionResizeMode(CompanyColumn, QHeaderView::Stretch);
    m_prospects->horizontalHeader()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    m_prospects->horizontalHeader()->setSectionResizeMode(AtStepColumn, QHeaderView::ResizeToContents);
    m_prospects->horizontalHeader()->setSectionResizeMode(NextColumn, QHeaderView::ResizeToContents);
    m_prospects->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_prospects->verticalHeader()->hide();
    m_prospects->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_prospects->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_prospects->setSelectionMode(QAbstractItemView::SingleSelection);
    m_prospects->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_prospects->setWordWrap(false);
    m_prospects->setTextElideMode(Qt::ElideRight);
    m_prospects->setShowGrid(false);
    m_prospects->setAlternatingRowColors(true);
    m_prospectNote->setObjectName(QStringLiteral("sequenceProspectNote"));
    m_prospectNote->setWordWrap(true);
    m_prospectNote->setForegroundRole(QPalette::PlaceholderText);
    m_pauseProspect->setObjectName(QStringLiteral("pauseProspectButton"));

    auto* prospectsPage = new QWidget(this);
    auto* prospectsLayout = new QVBoxLayout(prospectsPage);
    prospectsLayout->setContentsMargins(0, 6, 0, 0);
    prospectsLayout->addWidget(m_prospects, 1);
    auto* prospectButtons = new QHBoxLayout;
    prospectButtons->addWidget(m_prospectNote, 1);
    prospectButtons->addWidget(m_pauseProspect);
    prospectsLayout->addLayout(prospectButtons);
    m_tabs->setObjectName(QStringLiteral("sequenceDetailTabs"));
    m_tabs->addTab(m_results, tr("Steps and results"));
    m_tabs->addTab(prospectsPage, tr("Prospects"));

    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addSpacing(8);
    titleRow->addWidget(m_state);
    titleRow->addSpacing(8);
    titleRow->addWidget(m_pause);
    titleRow->addWidget(m_duplicate);
    titleRow->addWidget(m_edit);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(titleRow);
    layout->addWidget(m_schedule);
    layout->addWidget(m_tabs, 1);

    connect(m_pause, &QPushButton::clicked, this, [this] { Q_EMIT pauseRequested(m_active); });
    connect(m_edit, &QPushButton::clicked, this, &SequenceDetails::editRequested);
    connect(m_duplicate, &QPushButton::clicked, this, &SequenceDetails::duplicateRequested);
    connect(m_prospects, &QTableWidget::itemSelectionChanged, this, &SequenceDetails::updateProspectButton);
    connect(m_prospects, &QTableWidget::itemDoubleClicked, this, [this] { m_pauseProspect->click(); });
    connect(m_pauseProspect, &QPushButton::clicked, this, [this] {
        const QList<QTableWidgetItem*> selected = m_prospects->selectedItems();
        if (selected.isEmpty()) {
            return;
        }
        const QTableWidgetItem* first = m_prospects->item(selected.first()->row(), NameColumn);
        const QString status = first->data(StatusRole).toString();
        if (status == QLatin1String("active") || status == QLatin1String("paused")) {
            Q_EMIT prospectPauseRequested(first->data(ProspectIdRole).toLongLong(), status == QLatin1String("active"));
        }
    });
    updateProspectButton();
}

void SequenceDetails::showSequence(const models::SequenceRepository::Stored& stored,
                                   const models::SequenceRepository::Summary& summary,
                                   const QList<models::EnrollmentRepository::VariantResult>& results,
                                   const QList<models::SequenceRepository::Enrolled>& enrolled, int shownLimit)
{
    const models::SequenceDefinition& d = stored.definition;
    m_active = stored.active;
    m_title->setText(d.name);
    m_state->setText(stored.active ? tr("Running") : tr("Paused"));
    m_state->setStyleSheet(stored.active ? QStringLiteral("color: #146c2e; font-weight: bold;")
                                         : QStringLiteral("color: #8a5300; font-weight: bold;"));
    m_pause->setText(stored.active ? tr("Pause sequence") : tr("Resume sequence"));
    m_pause->setToolTip(stored.active ? tr("Nothing more is sent or prepared until you resume; queued emails are "
                                           "taken back")
                                      : tr("The sequence walks on where each prospect was"));
    QStringList stops;
    for (const QString& reason : d.stopOn) {
        stops.append(SequenceText::stopReason(reason));
    }
    const QLocale locale;
    QString schedule = tr("Sends from %1 · %2, %3–%4 (%5) · at most %6 a day, %7 apart")
                           .arg(d.account.isEmpty() ? tr("the first mailbox") : d.account, SequenceText::days(d.days),
                                locale.toString(d.start, QLocale::ShortFormat),
                                locale.toString(d.end, QLocale::ShortFormat), d.timezone)
                           .arg(d.perDay)
                           .arg(spacing(d.minSpacingSeconds));
    schedule += QLatin1Char('\n')
        + (stops.isEmpty() ? tr("Stops on nothing but the deal's end")
                           : tr("Stops on %1").arg(stops.join(QStringLiteral(", "))));
    if (d.stopCompanyOnReply) {
        schedule += tr("; a colleague's reply stops the whole company");
    }
    if (!d.holidays.isEmpty()) {
        schedule += tr(" · %n holiday(s)", nullptr, int(d.holidays.size()));
    }
    m_schedule->setText(schedule);
    fillResults(d, results);
    fillProspects(d, enrolled);
    m_tabs->setTabText(1, tr("Prospects (%1)").arg(locale.toString(summary.enrolled)));
    m_prospectNote->setText(summary.enrolled == 0 ? tr("Nobody yet: enroll prospects from the Prospects view.")
                                : enrolled.size() < summary.enrolled
                                ? tr("The first %1 of %2 shown.").arg(shownLimit).arg(summary.enrolled)
                                : QString());
}

void SequenceDetails::fillResults(const models::SequenceDefinition& definition,
                                  const QList<models::EnrollmentRepository::VariantResult>& results)
{
    m_results->clear();
    m_winnerButtons.clear(); // the rows' widgets go with the rows
    for (int i = 0; i < definition.steps.size(); ++i) {
        const models::SequenceStep& step = definition.steps.at(i);
        auto* top = new QTreeWidgetItem(m_results);
        const QString text = QStringLiteral("%1. %2").arg(i + 1).arg(SequenceText::step(step));
        top->setText(StepColumn, text);
        top->setToolTip(StepColumn, text);
        if (step.channel != QLatin1String("email")) {
            continue;
        }
        const agents::decision::StepResults r = agents::decision::StepResults::of(definition, i, results);
        setNumbers(top, r.total);
        if (!r.abTest) {
            continue;
        }
        for (const models::EnrollmentRepository::VariantResult& v : r.byVariant) {
            auto* child = new QTreeWidgetItem(top);
            child->setText(StepColumn, tr("Version %1").arg(v.variant));
            setNumbers(child, v);
        }
        auto* verdict = new QTreeWidgetItem(top);
        verdict->setText(StepColumn, verdictText(r.verdict, r.arms));
        verdict->setToolTip(StepColumn, verdict->text(StepColumn));
        verdict->setData(StepColumn, Qt::UserRole, r.winner());
        QFont font = verdict->font(StepColumn);
        font.setItalic(r.verdict.winner < 0);
        font.setBold(r.verdict.winner >= 0);
        verdict->setFont(StepColumn, font);
        verdict->setFirstColumnSpanned(true);
        const QString winner = r.winner();
        const QString sole = step.soleVariant();
        if (!sole.isEmpty()) {
            auto* sending = new QTreeWidgetItem(top);
            sending->setText(StepColumn, tr("Sending version %1 to everyone from now on").arg(sole));
            sending->setToolTip(StepColumn,
                                tr("Every other version of this step weighs 0: whoever reaches it gets "
                                   "version %1. Edit the sequence to test again.")
                                    .arg(sole));
            sending->setForeground(StepColumn, QColor(0x14, 0x6c, 0x2e));
            sending->setFirstColumnSpanned(true);
        } else if (!winner.isEmpty()) {
            // The rep decides: a button on its own row under the verdict.
            auto* row = new QTreeWidgetItem(top);
            row->setFirstColumnSpanned(true);
            auto* holder = new QWidget(m_results);
            auto* layout = new QHBoxLayout(holder);
            layout->setContentsMargins(0, 2, 0, 2);
            auto* button = new QPushButton(tr("Send version %1 to the rest").arg(winner), holder);
            button->setObjectName(QStringLiteral("sendWinnerButton"));
            button->setToolTip(tr("Everyone who has not reached step %1 yet gets version %2; who got it keeps what "
                                  "they got")
                                   .arg(i + 1)
                                   .arg(winner));
            layout->addWidget(button);
            layout->addStretch(1);
            m_results->setItemWidget(row, StepColumn, holder);
            connect(button, &QPushButton::clicked, this, [this, i, winner] { Q_EMIT sendWinnerRequested(i, winner); });
            m_winnerButtons.insert(i, button);
        }
    }
    m_results->expandAll();
}

QPushButton* SequenceDetails::sendWinnerButton(int step) const
{
    return m_winnerButtons.value(step).data();
}

QString SequenceDetails::verdictText(const AbTest::Verdict& verdict, const QList<AbTest::Arm>& arms)
{
    const QLocale locale;
    const QString p = locale.toString(verdict.pValue, 'g', 2);
    if (verdict.winner >= 0) {
        return tr("Winner: version %1 (p = %2, 95% confidence)").arg(arms.at(verdict.winner).name, p);
    }
    if (!verdict.enoughData) {
        return tr("No winner yet: needs %1 sends per version at 95% confidence").arg(AbTest::MinSendsPerArm)
            + (verdict.pValue < 1.0 ? tr(" (p = %1 so far)").arg(p) : QString());
    }
    return tr("No winner yet: the difference is not significant at 95% confidence (p = %1)").arg(p);
}

void SequenceDetails::fillProspects(const models::SequenceDefinition& definition,
                                    const QList<models::SequenceRepository::Enrolled>& enrolled)
{
    const qint64 selected = selectedProspect();
    m_prospects->setSortingEnabled(false);
    m_prospects->clearContents();
    m_prospects->setRowCount(int(enrolled.size()));
    const int steps = int(definition.steps.size());
    for (int row = 0; row < enrolled.size(); ++row) {
        const models::SequenceRepository::Enrolled& e = enrolled.at(row);
        QString state;
        QString next;
        if (e.status == QLatin1String("active")) {
            state = tr("Running");
            next = e.nextActionAt > 0 ? tr("next from %1").arg(when(e.nextActionAt)) : tr("next: now");
        } else if (e.status == QLatin1String("paused")) {
            state = e.resumeAt > 0 ? tr("Out of office") : tr("Paused");
            next = e.resumeAt > 0 ? tr("back on %1").arg(when(e.resumeAt)) : tr("until you resume");
        } else if (e.status == QLatin1String("completed")) {
            state = tr("Finished");
            next = e.stoppedAt > 0 ? when(e.stoppedAt) : QString();
        } else {
            state = tr("Stopped by %1").arg(SequenceText::stopReason(e.stopReason));
            next = e.stoppedAt > 0 ? when(e.stoppedAt) : QString();
        }
        QString at;
        if (e.status == QLatin1String("completed")) {
            at = tr("all done");
        } else if (e.step >= 0 && e.step < steps) {
            at = tr("%1 of %2: %3")
                     .arg(e.step + 1)
                     .arg(steps)
                     .arg(SequenceText::channel(definition.steps.at(e.step).channel));
            if (!e.variant.isEmpty() && definition.steps.at(e.step).variants.size() > 1) {
                at += QStringLiteral(" (%1)").arg(e.variant);
            }
        }
        auto* name = new QTableWidgetItem(e.name.isEmpty() ? e.email : e.name);
        name->setData(ProspectIdRole, e.prospectId);
        name->setData(StatusRole, e.status);
        name->setToolTip(e.email);
        m_prospects->setItem(row, NameColumn, name);
        m_prospects->setItem(row, CompanyColumn, new QTableWidgetItem(e.company));
        m_prospects->setItem(row, StateColumn, new QTableWidgetItem(state));
        m_prospects->setItem(row, AtStepColumn, new QTableWidgetItem(at));
        m_prospects->setItem(row, NextColumn, new QTableWidgetItem(next));
    }
    m_prospects->setSortingEnabled(true);
    if (selected != 0) {
        selectProspect(selected);
    }
    updateProspectButton();
}

qint64 SequenceDetails::selectedProspect() const
{
    const QList<QTableWidgetItem*> selected = m_prospects->selectedItems();
    if (selected.isEmpty()) {
        return 0;
    }
    const QTableWidgetItem* first = m_prospects->item(selected.first()->row(), NameColumn);
    return first ? first->data(ProspectIdRole).toLongLong() : 0;
}

bool SequenceDetails::selectProspect(qint64 prospectId)
{
    for (int row = 0; row < m_prospects->rowCount(); ++row) {
        const QTableWidgetItem* item = m_prospects->item(row, NameColumn);
        if (item && item->data(ProspectIdRole).toLongLong() == prospectId) {
            m_prospects->selectRow(row);
            m_prospects->scrollToItem(item);
            return true;
        }
    }
    return false;
}

void SequenceDetails::updateProspectButton()
{
    const QList<QTableWidgetItem*> selected = m_prospects->selectedItems();
    const QTableWidgetItem* first
        = selected.isEmpty() ? nullptr : m_prospects->item(selected.first()->row(), NameColumn);
    const QString status = first ? first->data(StatusRole).toString() : QString();
    m_pauseProspect->setText(status == QLatin1String("paused") ? tr("Resume prospect") : tr("Pause prospect"));
    m_pauseProspect->setEnabled(status == QLatin1String("active") || status == QLatin1String("paused"));
    m_pauseProspect->setToolTip(first == nullptr ? tr("Select a prospect first")
                                    : m_pauseProspect->isEnabled()
                                    ? QString()
                                    : tr("This prospect's sequence is over: there is nothing to pause"));
}

} // namespace sc::ui
