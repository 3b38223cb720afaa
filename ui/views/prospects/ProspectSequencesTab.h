#pragma once

#include "models/Workspace.h"
#include "models/repositories/SequenceRepository.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;

namespace sc::ui {

// The detail panel's Sequences tab: the prospect's time zone (the hours their steps run in, editable as
// an IANA name, empty for their country's) and every sequence they are in, with its state, the step they
// are on and when it is due, or why it stopped, in the rep's words.
class ProspectSequencesTab : public QWidget
{
    Q_OBJECT
public:
    explicit ProspectSequencesTab(const models::Workspace& workspace, QWidget* parent = nullptr);
    // country: the prospect's, for what "From their country" means.
    void showProspect(qint64 id, const QString& country);
    // Saves the zone typed or chosen now (also done when one is chosen, on Enter and on leaving the field).
    void saveTimezone();
    // How many enrollments are listed, for the tab's title.
    int count() const { return m_count; }

    // "Stopped: they replied (interested)", "Paused until Mon 4 Jan", "Active"...
    static QString stateText(const models::SequenceRepository::ProspectEnrollment& e);
    static QString stopText(const QString& reason, const QString& detail);

Q_SIGNALS:
    void timezoneChanged();

private:
    void refresh();
    QString stepText(const models::SequenceRepository::ProspectEnrollment& e) const;

    models::Workspace m_workspace;
    qint64 m_id = 0;
    QString m_country;
    QString m_savedZone;
    int m_count = 0;
    QComboBox* m_zone;
    QLabel* m_zoneHint;
    QListWidget* m_list;
};

} // namespace sc::ui
