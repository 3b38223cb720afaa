#pragma once

#include "agents/decision/AbTest.h"
#include "models/repositories/EnrollmentRepository.h"
#include "models/repositories/SequenceRepository.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QTreeWidget;

namespace sc::ui {

// One sequence in the Sequences view: what it does and when, its steps with the results of each email step
// and version (and for an A/B step the test's p-value, and the winner once the test declares one, with a button
// that sends it to the rest), and the prospects enrolled with their state. Its buttons ask; the view does.
class SequenceDetails : public QWidget
{
    Q_OBJECT
public:
    enum ResultColumn { StepColumn, SentColumn, RepliedColumn, PositiveColumn, MeetingsColumn, BouncedColumn };
    enum ProspectColumn { NameColumn, CompanyColumn, StateColumn, AtStepColumn, NextColumn };

    explicit SequenceDetails(QWidget* parent = nullptr);

    // `enrolled` holds at most `shownLimit` of the summary's enrolled prospects.
    void showSequence(const models::SequenceRepository::Stored& stored,
                      const models::SequenceRepository::Summary& summary,
                      const QList<models::EnrollmentRepository::VariantResult>& results,
                      const QList<models::SequenceRepository::Enrolled>& enrolled, int shownLimit);
    qint64 selectedProspect() const;
    bool selectProspect(qint64 prospectId);

    // What an A/B step's verdict says: the winner and p, or why there is none yet.
    static QString verdictText(const agents::decision::AbTest::Verdict& verdict,
                               const QList<agents::decision::AbTest::Arm>& arms);

    QTreeWidget* resultsTree() const { return m_results; }
    QTableWidget* prospectTable() const { return m_prospects; }
    QTabWidget* tabs() const { return m_tabs; }
    QPushButton* pauseButton() const { return m_pause; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* duplicateButton() const { return m_duplicate; }
    QPushButton* prospectPauseButton() const { return m_pauseProspect; }
    // "Send version B to the rest" of a step (its index in the file's steps), or nullptr: it is offered only
    // when the step's test declared a winner and the step does not send that version alone yet.
    QPushButton* sendWinnerButton(int step) const;

Q_SIGNALS:
    void pauseRequested(bool pause);
    void editRequested();
    void duplicateRequested();
    void prospectPauseRequested(qint64 prospectId, bool pause);
    void sendWinnerRequested(int step, const QString& variant);

private:
    void fillResults(const models::SequenceDefinition& definition,
                     const QList<models::EnrollmentRepository::VariantResult>& results);
    void fillProspects(const models::SequenceDefinition& definition,
                       const QList<models::SequenceRepository::Enrolled>& enrolled);
    void updateProspectButton();

    bool m_active = true;
    QLabel* m_title;
    QLabel* m_state;
    QLabel* m_schedule;
    QPushButton* m_pause;
    QPushButton* m_edit;
    QPushButton* m_duplicate;
    QTabWidget* m_tabs;
    QTreeWidget* m_results;
    QTableWidget* m_prospects;
    QLabel* m_prospectNote;
    QPushButton* m_pauseProspect;
    QHash<int, QPointer<QPushButton>> m_winnerButtons; // by step
};

} // namespace sc::ui
