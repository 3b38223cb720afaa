#include "MeetingDialog.h"

#include "agents/decision/ProspectZone.h"
#include "models/Clock.h"
#include "models/repositories/MeetingRepository.h"
#include "models/repositories/ProspectRepository.h"
#include "models/store/StoreError.h"
#include "ui/widgets/CalendarGrid.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sc::ui {

namespace {

constexpr qint64 HourMs = 3600 * 1000;

} // namespace

MeetingDialog::MeetingDialog(QSqlDatabase db, qint64 startMs, qint64 prospectId, const QTimeZone& zone, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_zone(zone.isValid() ? zone : QTimeZone::systemTimeZone())
    , m_title(new QLineEdit(this))
    , m_with(new QLineEdit(this))
    , m_start(new QDateTimeEdit(this))
    , m_duration(new QSpinBox(this))
    , m_location(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_theirTime(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("meetingDialog"));
    setWindowTitle(tr("New meeting"));
    const qint64 now = Clock::instance().nowMs();
    const qint64 start = startMs > 0 ? startMs : (now / HourMs + 1) * HourMs;
    m_title->setPlaceholderText(tr("e.g. Demo for Heron Works"));
    m_with->setPlaceholderText(tr("The prospect's email address"));
    // The field shows the wall time of the rep's zone (Qt 6.4's editor has no zone of its own): see startMs().
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(start, m_zone);
    m_start->setDateTime(QDateTime(local.date(), local.time()));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(locale().dateFormat(QLocale::ShortFormat) + QLatin1Char(' ')
                              + locale().timeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss")));
    m_duration->setRange(5, 8 * 60);
    m_duration->setSingleStep(15);
    m_duration->setValue(30);
    m_duration->setSuffix(tr(" min"));
    m_location->setPlaceholderText(tr("An address, or paste a video link"));
    m_notes->setPlaceholderText(tr("What the invitation says (optional)"));
    m_notes->setMaximumHeight(fontMetrics().height() * 5);
    m_theirTime->setForegroundRole(QPalette::PlaceholderText);
    m_error->setObjectName(QStringLiteral("meetingError"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    if (prospectId > 0) {
        if (const std::optional<models::Prospect> p = models::ProspectRepository(m_db).find(prospectId)) {
            m_with->setText(p->email);
            const QString who = p->fullName().isEmpty() ? p->email : p->fullName();
            m_title->setText(p->companyName.isEmpty() ? tr("Call with %1").arg(who)
                                                      : tr("%1 × %2").arg(who, p->companyName));
        }
    }

    auto* form = new QFormLayout;
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("With"), m_with);
    form->addRow(tr("Starts"), m_start);
    form->addRow(QString(), m_theirTime);
    form->addRow(tr("Duration"), m_duration);
    form->addRow(tr("Where"), m_location);
    form->addRow(tr("Notes"), m_notes);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MeetingDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &MeetingDialog::updateTheirTime);
    connect(m_with, &QLineEdit::editingFinished, this, &MeetingDialog::updateTheirTime);
    updateTheirTime();
    resize(std::max(460, sizeHint().width()), sizeHint().height());
}

qint64 MeetingDialog::startMs() const
{
    return QDateTime(m_start->date(), m_start->time(), m_zone).toMSecsSinceEpoch();
}

void MeetingDialog::updateTheirTime()
{
    m_theirTime->clear();
    const models::ProspectRepository prospects(m_db);
    const std::optional<models::ProspectRepository::ByEmail> found = prospects.findByEmail(m_with->text().trimmed());
    if (!found || found->trashed) {
        return;
    }
    const std::optional<models::Prospect> p = prospects.find(found->id);
    if (!p) {
        return;
    }
    using agents::decision::ProspectZone;
    const QTimeZone theirs = ProspectZone::otherThan(prospects.timezone(p->id), p->country, m_zone, startMs());
    if (!theirs.isValid()) {
        return;
    }
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(startMs(), theirs);
    m_theirTime->setText(tr("%1 for them (%2, %3)")
                             .arg(CalendarGrid::timeText(locale(), local.time()), ProspectZone::placeName(theirs),
                                  locale().toString(local.date(), QStringLiteral("ddd d MMM"))));
}

void MeetingDialog::accept()
{
    m_error->hide();
    models::Meeting m;
    m.title = m_title->text().trimmed();
    m.startsAt = startMs();
    m.endsAt = m.startsAt + qint64(m_duration->value()) * 60 * 1000;
    m.timezone = QString::fromUtf8(m_zone.id());
    m.location = m_location->text().trimmed();
    m.notes = m_notes->toPlainText().trimmed();
    const QString with = m_with->text().trimmed();
    const auto fail = [this](const QString& why) {
        m_error->setText(why);
        m_error->show();
    };
    if (m.title.isEmpty()) {
        fail(tr("Give the meeting a title."));
        m_title->setFocus();
        return;
    }
    const models::ProspectRepository prospects(m_db);
    if (!with.isEmpty()) {
        const std::optional<models::ProspectRepository::ByEmail> found = prospects.findByEmail(with);
        if (found && !found->trashed) {
            m.prospectId = found->id;
            const std::optional<models::Prospect> p = prospects.find(found->id);
            m.attendees.append({with, p ? p->fullName() : QString()});
        } else if (with.contains(QLatin1Char('@')) && !with.contains(QLatin1Char(' '))) {
            m.attendees.append({with, QString()}); // someone not (yet) in the workspace
        } else {
            fail(tr("“%1” is not an email address.").arg(with));
            m_with->setFocus();
            return;
        }
    }
    try {
        m_saved = models::MeetingRepository(m_db).create(m, QStringLiteral("rep"), Clock::instance().nowMs());
    } catch (const models::StoreError& e) {
        fail(tr("The meeting could not be saved: %1").arg(e.message()));
        return;
    }
    QDialog::accept();
}

} // namespace sc::ui
