#include "ProspectDetailPanel.h"

#include "models/Clock.h"
#include "models/itemmodels/ProspectTableModel.h"
#include "models/repositories/ProspectRepository.h"
#include "models/store/StoreError.h"
#include "ui/widgets/ErrorBox.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace sc::ui {

namespace {
// Saves the notes when the field loses focus.
class FocusOutSaver : public QObject
{
public:
    FocusOutSaver(ProspectDetailPanel* panel, QObject* parent)
        : QObject(parent)
        , m_panel(panel)
    {
    }
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::FocusOut) {
            m_panel->saveNotes();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    ProspectDetailPanel* m_panel;
};
} // namespace

ProspectDetailPanel::ProspectDetailPanel(const models::Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_name(new QLabel(this))
    , m_contact(new QLabel(this))
    , m_company(new QLabel(this))
    , m_stage(new QComboBox(this))
    , m_tags(new QLabel(this))
    , m_notes(new QPlainTextEdit(this))
    , m_timeline(new QListWidget(this))
{
    setObjectName(QStringLiteral("prospectDetail"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    for (QLabel* label : {m_name, m_contact, m_company, m_tags}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_notes->setPlaceholderText(tr("Notes about this person"));
    m_notes->setMaximumHeight(110);
    m_notes->installEventFilter(new FocusOutSaver(this, m_notes));
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Stage:"), m_stage);
    form->addRow(tr("Tags:"), m_tags);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 0, 0, 0);
    layout->addWidget(m_name);
    layout->addWidget(m_contact);
    layout->addWidget(m_company);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Notes"), this));
    layout->addWidget(m_notes);
    layout->addWidget(new QLabel(tr("Timeline"), this));
    layout->addWidget(m_timeline, 1);
    connect(m_stage, &QComboBox::activated, this, [this] {
        if (m_id == 0) {
            return;
        }
        try {
            models::ProspectRepository(m_workspace.connection())
                .setStage({m_id}, m_stage->currentData().toString(), QStringLiteral("rep"), Clock::instance().nowMs());
        } catch (const models::StoreError& error) {
            showError(this, tr("Could not change the stage"), error.message());
        }
        refresh();
    });
    refresh();
}

void ProspectDetailPanel::showProspect(qint64 id)
{
    saveNotes();
    m_id = id;
    refresh();
}

void ProspectDetailPanel::saveNotes()
{
    if (m_id == 0 || m_notes->toPlainText() == m_savedNotes) {
        return;
    }
    try {
        models::ProspectRepository(m_workspace.connection())
            .setNotes(m_id, m_notes->toPlainText(), QStringLiteral("rep"), Clock::instance().nowMs());
        m_savedNotes = m_notes->toPlainText();
    } catch (const models::StoreError& error) {
        showError(this, tr("Could not save the notes"), error.message());
    }
}

void ProspectDetailPanel::refresh()
{
    std::optional<models::Prospect> p;
    QList<models::ProspectRepository::Activity> timeline;
    QList<QPair<QString, QString>> stages;
    try {
        const models::ProspectRepository repo(m_workspace.connection());
        if (m_id > 0) {
            p = repo.find(m_id);
            timeline = repo.activities(m_id);
        }
        stages = repo.stages();
    } catch (const models::StoreError& error) {
        m_contact->setText(error.message());
    }
    setEnabled(p.has_value());
    if (!p) {
        m_id = 0;
        m_name->setText(tr("No prospect selected"));
        m_contact->clear();
        m_company->clear();
        m_tags->clear();
        m_notes->clear();
        m_savedNotes.clear();
        m_timeline->clear();
        return;
    }
    m_name->setText(p->fullName().isEmpty() ? p->email : p->fullName());
    QStringList contact {p->title, p->email, p->phone};
    contact.removeAll(QString());
    m_contact->setText(contact.join(QStringLiteral(" · ")));
    QStringList company {p->companyName, p->companyDomain, p->country};
    company.removeAll(QString());
    m_company->setText(company.join(QStringLiteral(" · ")));
    m_stage->clear();
    for (const auto& [key, name] : stages) {
        m_stage->addItem(models::ProspectTableModel::statusLabel(key), key);
    }
    m_stage->setCurrentIndex(m_stage->findData(p->status));
    m_tags->setText(p->tags.isEmpty() ? tr("None") : p->tags.join(QStringLiteral(", ")));
    m_savedNotes = p->notes;
    m_notes->setPlainText(p->notes);
    m_timeline->clear();
    const QLocale locale;
    for (const auto& a : timeline) {
        m_timeline->addItem(
            QStringLiteral("%1 — %2 (%3)")
                .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(a.occurredAt), QLocale::ShortFormat), a.summary,
                     a.actor));
    }
    if (timeline.isEmpty()) {
        m_timeline->addItem(tr("Nothing has happened with this prospect yet."));
    }
}

} // namespace sc::ui
