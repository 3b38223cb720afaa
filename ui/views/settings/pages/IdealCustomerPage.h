#pragma once

#include "SettingsPage.h"
#include "models/Workspace.h"
#include "models/scoring/LeadScorer.h"

#include <QList>

class QLineEdit;
class QSpinBox;

namespace sc::ui {

// Settings › Ideal customer: what a good lead looks like. Every prospect gets a 0-100 score from it,
// with its reasons; saving queues a rescoring of the workspace.
class IdealCustomerPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit IdealCustomerPage(const models::Workspace& workspace, QWidget* parent = nullptr);
    void load() override;
    void save() override;

private:
    struct ListRow
    {
        QStringList models::IdealCustomerProfile::*field;
        QLineEdit* edit;
    };
    struct WeightRow
    {
        const char* trait;
        QSpinBox* spin;
    };
    models::Workspace m_workspace;
    QList<ListRow> m_lists;
    QList<WeightRow> m_weights;
};

} // namespace sc::ui
