#pragma once

#include "models/entities/EmailTemplate.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QTreeWidget;

namespace sc::ui {

// The left of the Templates view: the library by category (a filter above), each template with the
// languages it is written in, and Duplicate / Delete under it. It lists; TemplatesView decides.
class TemplateListPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TemplateListPanel(QWidget* parent = nullptr);

    // Lists the templates of `all` (every variant) that the filter lets through, `selected` selected.
    void setTemplates(const QList<models::EmailTemplate>& all, const QString& selected);
    // Selects `name` (none when empty) without emitting templateChosen.
    void select(const QString& name);
    QStringList listedNames() const;
    // The category key the filter shows; empty for all.
    QString category() const;
    QPushButton* duplicateButton() const { return m_duplicate; }
    QPushButton* deleteButton() const { return m_delete; }

Q_SIGNALS:
    void templateChosen(const QString& name);
    void filterChanged();

private:
    QComboBox* m_filter;
    QTreeWidget* m_list;
    QPushButton* m_duplicate;
    QPushButton* m_delete;
    bool m_selecting = false;
};

} // namespace sc::ui
