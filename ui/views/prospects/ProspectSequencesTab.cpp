#include "ProspectSequencesTab.h"

#include "agents/decision/ProspectZone.h"
#include "models/Clock.h"
#include "models/repositories/ProspectRepository.h"
#include "models/store/StoreError.h"
#include "ui/widgets/ErrorBox.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QTimeZone>
#include <QVBoxLayout>

namespace sc::ui {

namespace {
QString when(qint64 ms)
{
    const QLocale locale;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms);
    return locale.toString(at.date(), QStringLiteral("ddd d MMM")) + QLatin1Char(' ')
        + locale.toString(at.time(), QLocale::ShortFormat);
}

// What a step does, as the rep would say it: "email (follow up)", "call", "contact form".
QString stepLabel(const models::SequenceStep& step)
{
    if (step.channel == QLatin1String("email")) {
        if (step.ai) {
            return ProspectSequencesTab::tr("AI-written email");
        }
        if (!step.templateName.isEmpty()) {
            QString name = step.templateName;
            return ProspectSequencesTab::tr("email (%1)").arg(name.replace(QLatin1Char('_'), QLatin1Char(' ')));
        }
        return step.variants.size() > 1 ? ProspectSequencesTab::tr("email (A/B)") : ProspectSequencesTab::tr("email");
    }
    if (step.channel == QLatin1String("task")) {
        // The kind only: the title is a template ("Call {{first_name}}"), the task itself says it whole.
        if (step.taskKind == QLatin1String("call")) {
            return ProspectSequencesTab::tr("call");
        }
        return step.taskKind == QLatin1String("linkedin") ? ProspectSequencesTab::tr("LinkedIn visit")
                                                          : ProspectSequencesTab::tr("task for you");
    }
    if (step.channel == QLatin1String("form")) {
        return ProspectSequencesTab::tr("contact form");
    }
    return step.channel;
}
} // namespace

ProspectSequencesTab::ProspectSequencesTab(const models::Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_zone(new QComboBox(this))
    , m_zoneHint(new QLabel(this))
    , m_list(new QListWidget(this))
{
    m_zone->setObjectName(QStringLiteral("field_timezone"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_zone->setMaxVisibleItems(16);
    m_zone->addItem(tr("From their country"), QString());
    QStringList ids;
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds()) {
        ids.append(QString::fromUtf8(id));
    }
    m_zone->addItems(ids);
    // Typing "paris" finds Europe/Paris: any part of the name, any case.
    auto* completer = new QCompleter(ids, m_zone);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_zone->setCompleter(completer);
    m_zone->setToolTip(tr("The time zone this person's sequence steps run in (business hours are theirs). Empty: "
                          "their country's zone, or the sequence's when the country has several."));
    connect(m_zone, &QComboBox::activated, this, &ProspectSequencesTab::saveTimezone);
    connect(m_zone->lineEdit(), &QLineEdit::editingFinished, this, &ProspectSequencesTab::saveTimezone);
    m_zoneHint->setWordWrap(true);
    m_zoneHint->setForegroundRole(QPalette::PlaceholderText);

    m_list->setObjectName(QStringLiteral("prospectSequences"));
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setSpacing(2);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Time zone:"), m_zone);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_zoneHint);
    layout->addWidget(m_list, 1);
}

void ProspectSequencesTab::showProspect(qint64 id, const QString& country)
{
    m_id = id;
    m_country = country;
    refresh();
}

void ProspectSequencesTab::saveTimezone()
{
    QString zone = m_zone->currentText().trimmed();
    if (zone == m_zone->itemText(0)) {
        zone.clear();
    }
    if (m_id == 0 || zone == m_savedZone) {
        return;
    }
    // Remember first: an error box takes focus, which finishes editing again.
    const QString previous = m_savedZone;
    m_savedZone = zone;
    try {
        if (models::ProspectRepository(m_workspace.connection())
                .setTimezone(m_id, zone, QStringLiteral("rep"), Clock::instance().nowMs())) {
            Q_EMIT timezoneChanged();
        }
    } catch (const models::StoreError& error) {
        m_savedZone = previous;
        refresh();
        showError(this, tr("Could not save the time zone"), error.message());
        return;
    }
    refresh();
}

QString ProspectSequencesTab::stopText(const QString& reason, const QString& detail)
{
    static const QHash<QString, const char*> categories {
        {QStringLiteral("interested"), QT_TR_NOOP("interested")},
        {QStringLiteral("not_interested"), QT_TR_NOOP("not interested")},
        {QStringLiteral("question"), QT_TR_NOOP("a question")},
        {QStringLiteral("meeting_time"), QT_TR_NOOP("proposing a time to meet")},
        {QStringLiteral("referral"), QT_TR_NOOP("pointing to someone else")},
    };
    if (reason == QLatin1String("reply")) {
        if (detail == QLatin1String("a colleague replied")) {
            return tr("Stopped: a colleague at their company replied");
        }
        const char* category = categories.value(detail, nullptr);
        return category != nullptr ? tr("Stopped: they replied (%1)").arg(tr(category)) : tr("Stopped: they replied");
    }
    static const QHash<QString, const char*> reasons {
        {QStringLiteral("bounce"), QT_TR_NOOP("Stopped: bounced")},
        {QStringLiteral("unsubscribe"), QT_TR_NOOP("Stopped: they unsubscribed")},
        {QStringLiteral("complaint"), QT_TR_NOOP("Stopped: they reported it as spam")},
        {QStringLiteral("meeting"), QT_TR_NOOP("Stopped: meeting booked")},
        {QStringLiteral("won"), QT_TR_NOOP("Stopped: marked won")},
        {QStringLiteral("lost"), QT_TR_NOOP("Stopped: marked lost")},
        {QStringLiteral("do_not_contact"), QT_TR_NOOP("Stopped: marked do not contact")},
        {QStringLiteral("rep"), QT_TR_NOOP("Stopped by you")},
    };
    const char* text = reasons.value(reason, nullptr);
    return text != nullptr ? tr(text)
                           : tr("Stopped: %1").arg(QString(reason).replace(QLatin1Char('_'), QLatin1Char(' ')));
}

QString ProspectSequencesTab::stateText(const models::SequenceRepository::ProspectEnrollment& e)
{
    if (e.status == QLatin1String("active")) {
        return tr("Active");
    }
    if (e.status == QLatin1String("paused")) {
        return e.resumeAt > 0 ? tr("Paused until %1 (out of office)").arg(when(e.resumeAt)) : tr("Paused");
    }
    if (e.status == QLatin1String("completed")) {
        return tr("Finished: every step done");
    }
    return stopText(e.stopReason, e.stopDetail);
}

QString ProspectSequencesTab::stepText(const models::SequenceRepository::ProspectEnrollment& e) const
{
    const std::optional<models::SequenceRepository::Stored> stored
        = models::SequenceRepository(m_workspace.connection()).find(e.sequenceId);
    if (!stored) {
        return {};
    }
    // Steps as the rep counts them: waits are the time between steps, not steps.
    const QList<models::SequenceStep>& steps = stored->definition.steps;
    int waitDays = 0;
    const int current = stored->definition.nextAction(e.step, &waitDays);
    int number = 0;
    int total = 0;
    for (int i = 0; i < steps.size(); ++i) {
        if (steps.at(i).channel != QLatin1String("wait")) {
            ++total;
            number += i <= current ? 1 : 0;
        }
    }
    if (current < 0 || total == 0) {
        return {};
    }
    const QString label = stepLabel(steps.at(current));
    if (e.status == QLatin1String("stopped")) {
        return e.stoppedAt > 0 ? tr("On %1, before step %2 of %3").arg(when(e.stoppedAt)).arg(number).arg(total)
                               : tr("Before step %1 of %2").arg(number).arg(total);
    }
    if (e.status == QLatin1String("active") && e.nextActionAt > 0) {
        return tr("Step %1 of %2: %3, due %4").arg(number).arg(total).arg(label, when(e.nextActionAt));
    }
    return tr("Step %1 of %2: %3").arg(number).arg(total).arg(label);
}

void ProspectSequencesTab::refresh()
{
    m_list->clear();
    m_count = 0;
    QList<models::SequenceRepository::ProspectEnrollment> list;
    QString zone;
    if (m_id > 0) {
        try {
            list = models::SequenceRepository(m_workspace.connection()).forProspect(m_id);
            zone = models::ProspectRepository(m_workspace.connection()).timezone(m_id);
        } catch (const models::StoreError& error) {
            m_list->addItem(error.message());
        }
    }
    m_savedZone = zone;
    const QSignalBlocker blocker(m_zone);
    const int index = zone.isEmpty() ? 0 : m_zone->findText(zone);
    if (index >= 0) {
        m_zone->setCurrentIndex(index);
    }
    m_zone->setEditText(zone.isEmpty() ? m_zone->itemText(0) : zone);
    const QByteArray countryZone
        = agents::decision::ProspectZone::singleZoneId(agents::decision::ProspectZone::territory(m_country));
    m_zoneHint->setText(!zone.isEmpty() ? QString()
                            : countryZone.isEmpty()
                            ? tr("Their country has several time zones (or none is known): the sequence's is used.")
                            : tr("From their country: %1.").arg(QString::fromUtf8(countryZone)));
    m_zoneHint->setVisible(!m_zoneHint->text().isEmpty());

    for (const auto& e : list) {
        QStringList lines {e.sequence, stateText(e)};
        if (e.status != QLatin1String("completed")) {
            try {
                if (const QString step = stepText(e); !step.isEmpty()) {
                    lines.append(step);
                }
            } catch (const models::StoreError&) {
                // The state says enough without the step.
            }
        }
        auto* item = new QListWidgetItem(lines.join(QLatin1Char('\n')), m_list);
        item->setData(Qt::UserRole, e.enrollmentId);
        item->setToolTip(item->text());
        if (e.status == QLatin1String("stopped") || e.status == QLatin1String("completed")) {
            item->setForeground(palette().color(QPalette::PlaceholderText));
        }
        ++m_count;
    }
    if (list.isEmpty() && m_id > 0) {
        auto* none = new QListWidgetItem(
            tr("Not in any sequence. Right-click them in the list and choose Enroll in a sequence."), m_list);
        none->setFlags(Qt::NoItemFlags);
        none->setForeground(palette().color(QPalette::PlaceholderText));
    }
}

} // namespace sc::ui
