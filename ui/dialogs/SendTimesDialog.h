#pragma once

#include "agents/decision/SendTimeModel.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;

namespace sc::ui {

class SendTimeHeatmap;

// Sequences › Send times…: when prospects answer, as the Decision engine learned it from the replies
// in the workspace (SendTimeModel), for the whole workspace, one country or one company, and whether
// sends follow it yet. Reads the replies once, through the repository, when it opens.
class SendTimesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SendTimesDialog(QSqlDatabase db, QWidget* parent = nullptr);

    // Shows a scope: the workspace (both empty), a country ("FR"), or a company. False when the picker
    // has no such entry (no reply came from it).
    bool showScope(const QString& country, qint64 companyId = 0);

    // Test hooks.
    SendTimeHeatmap* heatmap() const { return m_heatmap; }
    QComboBox* scopePicker() const { return m_scope; }
    QString summary() const;

private:
    void refresh();

    agents::decision::SendTimeModel m_model;
    QComboBox* m_scope = nullptr;
    SendTimeHeatmap* m_heatmap = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace sc::ui
