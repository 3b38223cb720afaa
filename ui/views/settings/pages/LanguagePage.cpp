#include "LanguagePage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <algorithm>

namespace sc::ui {

LanguagePage::LanguagePage(const QString& language, QWidget* parent)
    : SettingsPage(tr("Language"), parent)
    , m_language(language)
{
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("languageCombo"));
    m_combo->addItem(tr("Same as the system"), QStringLiteral("system"));
    m_combo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_combo->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_note = noteLabel(tr("Sales Copilot uses the new language the next time it starts."), this);
    m_note->hide();
    connect(m_combo, &QComboBox::currentIndexChanged, this, &LanguagePage::save);
    auto* layout = new QFormLayout(this);
    layout->addRow(tr("Interface language:"), m_combo);
    layout->addRow(m_note);
    load();
}

void LanguagePage::load()
{
    const QSignalBlocker quiet(m_combo);
    m_combo->setCurrentIndex(std::max(0, m_combo->findData(m_language)));
}

void LanguagePage::save()
{
    // The app keeps the language (AppSettings), not the workspace: hand it over.
    m_language = m_combo->currentData().toString();
    m_note->show();
    Q_EMIT languageChosen(m_language);
}

} // namespace sc::ui
