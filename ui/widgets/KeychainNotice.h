#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace sc::ui {

// Why secrets cannot be saved right now, in the rep's words, with a Retry button (the rep unlocks or
// creates the keyring, then asks again). Hidden while the keychain works, unless `showWhenAvailable`.
class KeychainNotice : public QWidget
{
    Q_OBJECT
public:
    KeychainNotice(const QString& labelName, bool showWhenAvailable, QWidget* parent = nullptr);
    void setChecking();
    void setStatus(bool available, const QString& message);
    QString text() const;

Q_SIGNALS:
    void retryRequested();

private:
    QLabel* m_label;
    QPushButton* m_retry;
    bool m_showWhenAvailable;
};

} // namespace sc::ui
