#pragma once

#include "models/entities/MailAccount.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QLabel;

namespace sc::ui {

// Adds a mailbox: where its IMAP and SMTP servers are and how to log in. The password goes to the
// keychain, never to the workspace file. A mailbox already warmed up sends at its full daily cap at once;
// a new one ramps up.
class MailAccountDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MailAccountDialog(QWidget* parent = nullptr);
    models::MailAccount account() const;
    QString password() const;
    // The problem with what was typed, or empty when the account can be tried.
    QString problem() const;

Q_SIGNALS:
    // "Test connection": log in to both servers with what is typed, nothing saved yet.
    void testRequested(const sc::models::MailAccount& account, const QString& password);

public Q_SLOTS:
    // The answer to testRequested(): each server's outcome, in words for the rep.
    void showTestResult(bool imapOk, const QString& imapMessage, bool smtpOk, const QString& smtpMessage);

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
    QComboBox* m_auth;
    QSpinBox* m_cap;
    QCheckBox* m_warmed;
    QComboBox* m_imapSecurity;
    QComboBox* m_smtpSecurity;
    QPushButton* m_test;
    QLabel* m_testResult;
    QLabel* m_problem;
};

} // namespace sc::ui
