#pragma once

#include "models/entities/MailAccount.h"

#include <QDialog>

class QLineEdit;
class QSpinBox;
class QLabel;

namespace sc::ui {

// Adds a mailbox: where its IMAP and SMTP servers are and how to log in. The password goes to the
// keychain, never to the workspace file.
class MailAccountDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MailAccountDialog(QWidget* parent = nullptr);
    models::MailAccount account() const;
    QString password() const;

private:
    void validate();

    QLineEdit* m_name;
    QLineEdit* m_email;
    QLineEdit* m_imapHost;
    QSpinBox* m_imapPort;
    QLineEdit* m_smtpHost;
    QSpinBox* m_smtpPort;
    QLineEdit* m_username;
    QLineEdit* m_password;
    QSpinBox* m_cap;
    QLabel* m_problem;
};

} // namespace sc::ui
