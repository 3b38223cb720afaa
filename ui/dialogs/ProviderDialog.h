#pragma once

#include "models/repositories/LlmRepository.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace sc::ui {

// Settings › AI providers › Add… / Edit…: where a model is reached (kind, base URL), which model
// writes the drafts and which one makes embeddings, and the key. OK asks for the save (saveRequested);
// whoever saves closes the dialog with accept(), or leaves it open with the reason shown (showProblem).
// The key never goes to the workspace: the page hands it to the keychain.
class ProviderDialog : public QDialog
{
    Q_OBJECT
public:
    // An empty provider (name empty) adds one; else it is edited and its name stays.
    explicit ProviderDialog(const models::LlmRepository::Provider& provider, bool hasKey, QWidget* parent = nullptr);

    models::LlmRepository::Provider provider() const;
    // What the rep typed in the key field; empty: keep the saved key (or none).
    QString key() const;
    void showProblem(const QString& problem);
    // Without a keychain a key could not be kept: the field is off (the page says why).
    void setKeyAvailable(bool available);

    // The label the rep sees for a kind ("Anthropic (Claude)").
    static QString kindLabel(const QString& kind);

Q_SIGNALS:
    void saveRequested();

private:
    void kindChanged();

    models::LlmRepository::Provider m_original;
    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_baseUrl = nullptr;
    QLineEdit* m_model = nullptr;
    QLineEdit* m_embedding = nullptr;
    QLineEdit* m_key = nullptr;
    QLabel* m_keyNote = nullptr;
    QLabel* m_problem = nullptr;
    bool m_hasKey = false;
};

} // namespace sc::ui
