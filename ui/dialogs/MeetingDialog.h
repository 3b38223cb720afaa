#pragma once

#include "models/entities/Meeting.h"

#include <QDialog>
#include <QSqlDatabase>
#include <QTimeZone>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace sc::ui {

// A new meeting, or changes to one: what, with whom (a prospect's address, looked up in the workspace),
// when in the rep's time zone (with the prospect's own local time shown as the rep picks), how long, where
// or the video link, and notes. Saves through MeetingRepository: a move raises the sequence the next
// invitation carries.
class MeetingDialog : public QDialog
{
    Q_OBJECT
public:
    // A new meeting at `startMs` (0: the next full hour), with `prospectId` when known (0: typed in).
    MeetingDialog(QSqlDatabase db, qint64 startMs, qint64 prospectId, const QTimeZone& zone, QWidget* parent = nullptr);

    QLineEdit* titleField() const { return m_title; }
    QLineEdit* withField() const { return m_with; }
    QDateTimeEdit* startField() const { return m_start; }
    QSpinBox* durationField() const { return m_duration; }
    QLineEdit* locationField() const { return m_location; }
    QLabel* theirTimeLabel() const { return m_theirTime; }
    // The start the field shows, read in the rep's zone (ms UTC).
    qint64 startMs() const;
    // The meeting saved by accept(); 0 before.
    qint64 savedId() const { return m_saved; }

public Q_SLOTS:
    void accept() override;

private:
    void updateTheirTime();

    QSqlDatabase m_db;
    QTimeZone m_zone;
    QLineEdit* m_title;
    QLineEdit* m_with;
    QDateTimeEdit* m_start;
    QSpinBox* m_duration;
    QLineEdit* m_location;
    QPlainTextEdit* m_notes;
    QLabel* m_theirTime;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    qint64 m_saved = 0;
};

} // namespace sc::ui
