#pragma once

#include "SettingsPage.h"

class QComboBox;

namespace sc::ui {

// Settings › Language: the interface language, kept by the app (not the workspace), used from the next
// start on.
class LanguagePage : public SettingsPage
{
    Q_OBJECT
public:
    // language: "system", "en" or "fr", as the app has it.
    explicit LanguagePage(const QString& language, QWidget* parent = nullptr);
    void load() override;
    void save() override;

Q_SIGNALS:
    void languageChosen(const QString& code);

private:
    QString m_language;
    QComboBox* m_combo = nullptr;
    QLabel* m_note = nullptr;
};

} // namespace sc::ui
