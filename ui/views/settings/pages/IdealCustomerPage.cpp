#include "IdealCustomerPage.h"

#include "models/Clock.h"
#include "models/repositories/JobRepository.h"
#include "models/store/StoreError.h"
#include "ui/widgets/ErrorBox.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

namespace sc::ui {

using Profile = models::IdealCustomerProfile;

IdealCustomerPage::IdealCustomerPage(const models::Workspace& workspace, QWidget* parent)
    : SettingsPage(tr("Ideal customer"), parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("idealCustomer"));
    auto* form = new QFormLayout(this);
    form->addRow(noteLabel(tr("Lists are comma-separated. Scores update in the background when this changes."), this));
    struct ListField
    {
        const char* key;
        QString label;
        QStringList Profile::*field;
        QString placeholder;
    };
    const QList<ListField> lists {
        {"industries", tr("Industries:"), &Profile::industries, tr("Logistics, Retail")},
        {"sizes", tr("Company sizes:"), &Profile::sizes, QStringLiteral("11-50, 51-200")},
        {"countries", tr("Countries:"), &Profile::countries, QStringLiteral("FR, GB, DE")},
        {"titles", tr("Titles:"), &Profile::titles, tr("Head of Sales, Directeur commercial")},
        {"seniority", tr("Seniority words:"), &Profile::seniority, tr("head, director, vp, directeur")},
        {"technologies", tr("Technologies:"), &Profile::technologies, QStringLiteral("HubSpot, Shopify")},
    };
    for (const ListField& list : lists) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("icp_%1").arg(QLatin1String(list.key)));
        edit->setPlaceholderText(list.placeholder);
        connect(edit, &QLineEdit::editingFinished, this, &IdealCustomerPage::save);
        form->addRow(list.label, edit);
        m_lists.append({list.field, edit});
    }
    // Three a row: six in one would be wider than a 1024 px window in French.
    auto* weights = new QGridLayout;
    const QList<QPair<const char*, QString>> traits {{"title", tr("title")},       {"seniority", tr("seniority")},
                                                     {"industry", tr("industry")}, {"size", tr("size")},
                                                     {"country", tr("country")},   {"technology", tr("technology")}};
    int cell = 0;
    for (const auto& [trait, label] : traits) {
        auto* spin = new QSpinBox(this);
        spin->setObjectName(QStringLiteral("icp_weight_%1").arg(QLatin1String(trait)));
        spin->setRange(0, 100);
        spin->setPrefix(label + QStringLiteral(" +"));
        connect(spin, &QSpinBox::editingFinished, this, &IdealCustomerPage::save);
        weights->addWidget(spin, cell / 3, cell % 3);
        ++cell;
        m_weights.append({trait, spin});
    }
    weights->setColumnStretch(3, 1);
    form->addRow(tr("Points:"), weights);
    load();
}

void IdealCustomerPage::load()
{
    const Profile profile = Profile::load(m_workspace.connection());
    for (const ListRow& row : std::as_const(m_lists)) {
        row.edit->setText((profile.*row.field).join(QStringLiteral(", ")));
    }
    for (const WeightRow& row : std::as_const(m_weights)) {
        const QSignalBlocker quiet(row.spin);
        row.spin->setValue(profile.weight(row.trait));
    }
}

void IdealCustomerPage::save()
{
    try {
        // Loaded first: what the page does not show stays as it was.
        Profile profile = Profile::load(m_workspace.connection());
        for (const ListRow& row : std::as_const(m_lists)) {
            QStringList values;
            for (const QString& part : row.edit->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (!part.trimmed().isEmpty()) {
                    values.append(part.trimmed());
                }
            }
            profile.*row.field = values;
        }
        for (const WeightRow& row : std::as_const(m_weights)) {
            profile.weights.insert(QLatin1String(row.trait), row.spin->value());
        }
        profile.save(m_workspace.connection());
        const qint64 now = Clock::instance().nowMs();
        models::JobRepository(m_workspace.connection()).enqueue(models::LeadScorer::rescoreJob(), now);
    } catch (const models::StoreError& error) {
        showError(this, tr("Could not save the ideal customer"), error.message());
    }
}

} // namespace sc::ui
