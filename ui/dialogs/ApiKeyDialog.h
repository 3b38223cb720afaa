#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace sc::ui {

// Settings › Local API › New key…: the key's name and scopes. OK asks for the key (createRequested);
// whoever makes it closes the dialog with accept(), or leaves it open with the reason shown.
class ApiKeyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ApiKeyDialog(QWidget* parent = nullptr);
    QString name() const;
    // "read", "write", "approve": the ones ticked.
    QStringList scopes() const;

Q_SIGNALS:
    void createRequested(const QString& name, const QStringList& scopes);

private:
    QLineEdit* m_name = nullptr;
    QList<QCheckBox*> m_scopes;
};

} // namespace sc::ui
