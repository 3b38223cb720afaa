#pragma once

#include "SettingsPage.h"
#include "models/Workspace.h"

#include <QList>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace sc::ui {

// Settings › Contact forms: what the Form Filler writes in a company's contact form (the sender, a
// subject and a message), and how politely it goes about it (pace, resend window, consent boxes).
class ContactFormsPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit ContactFormsPage(const models::Workspace& workspace, QWidget* parent = nullptr);
    void load() override;
    void save() override;

private:
    struct SenderField
    {
        const char* key; // in the forms.sender JSON
        QLineEdit* edit;
    };
    models::Workspace m_workspace;
    QList<SenderField> m_sender;
    QLineEdit* m_subject = nullptr;
    QPlainTextEdit* m_message = nullptr;
    QCheckBox* m_consent = nullptr;
    QSpinBox* m_interval = nullptr;
    QSpinBox* m_resend = nullptr;
};

} // namespace sc::ui
