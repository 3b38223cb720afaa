#include "AiProvidersPage.h"

#include "AiPricesEditor.h"
#include "agents/conversation/ProviderSetup.h"
#include "models/Clock.h"
#include "models/settings/WorkspaceSettings.h"
#include "models/store/StoreError.h"
#include "ui/dialogs/ProviderDialog.h"
#include "ui/widgets/KeychainNotice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace sc::ui {

using models::LlmRepository;

namespace {
// The table's short words for a kind; the dialog has the long ones.
QString shortKind(const QString& kind)
{
    if (kind == QLatin1String("anthropic")) {
        return QStringLiteral("Anthropic");
    }
    if (kind == QLatin1String("openai")) {
        return QStringLiteral("OpenAI");
    }
    return AiProvidersPage::tr("Local server");
}

QLabel* sectionLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}
} // namespace

AiProvidersPage::AiProvidersPage(const models::Workspace& workspace, QWidget* parent)
    : SettingsPage(tr("AI providers"), parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("aiProvidersPage"));
    auto* layout = new QVBoxLayout(this);
    m_keychainStatus = new KeychainNotice(QStringLiteral("keychainStatus"), true, this);
    connect(m_keychainStatus, &KeychainNotice::retryRequested, this, &AiProvidersPage::keychainRetryRequested);
    layout->addWidget(m_keychainStatus);
    layout->addWidget(noteLabel(tr("The model marked “Drafts” writes your emails. Without one, drafts come from "
                                   "your templates. Keys are kept in your system keychain, never in the workspace "
                                   "file."),
                                this));

    m_table = new QTableWidget(0, 7, this);
    m_table->setObjectName(QStringLiteral("providersTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Kind"), tr("Model"), tr("Server"), tr("Search model"), tr("Key"), tr("Drafts")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ServerColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AiProvidersPage::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (const QTableWidgetItem* item = m_table->item(row, NameColumn)) {
            openProviderDialog(item->text());
        }
    });
    layout->addWidget(m_table);

    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add…"), this);
    add->setObjectName(QStringLiteral("addProviderButton"));
    m_edit = new QPushButton(tr("Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editProviderButton"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeProviderButton"));
    m_use = new QPushButton(tr("Use for drafts"), this);
    m_use->setObjectName(QStringLiteral("useProviderButton"));
    m_test = new QPushButton(tr("Test"), this);
    m_test->setObjectName(QStringLiteral("testProviderButton"));
    m_test->setToolTip(tr("Sends one short request to the model and says how long the answer took"));
    connect(add, &QPushButton::clicked, this, [this] { openProviderDialog(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openProviderDialog(selectedName()); });
    connect(m_remove, &QPushButton::clicked, this, &AiProvidersPage::removeSelected);
    connect(m_use, &QPushButton::clicked, this, &AiProvidersPage::useSelected);
    connect(m_test, &QPushButton::clicked, this, &AiProvidersPage::testSelected);
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_use);
    buttons->addWidget(m_test);
    layout->addLayout(buttons);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("providerStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    layout->addWidget(m_status);

    layout->addSpacing(8);
    layout->addWidget(sectionLabel(tr("What models cost"), this));
    m_prices = new AiPricesEditor(workspace, this);
    layout->addWidget(m_prices);

    layout->addSpacing(8);
    layout->addWidget(sectionLabel(tr("Drafts"), this));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_grounded = new QCheckBox(tr("Flag figures and names my documents don't contain"), this);
    m_grounded->setObjectName(QStringLiteral("groundedMode"));
    connect(m_grounded, &QCheckBox::toggled, this, [this](bool on) {
        try {
            models::WorkspaceSettings(m_workspace.connection()).setFlag(models::Setting::ConversationGrounded, on);
        } catch (const models::StoreError& error) {
            showProblem(error.message());
        }
    });
    form->addRow(m_grounded);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("draftLanguage"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        try {
            models::WorkspaceSettings(m_workspace.connection())
                .setText(models::Setting::ConversationLanguage, m_language->currentData().toString());
        } catch (const models::StoreError& error) {
            showProblem(error.message());
        }
    });
    form->addRow(tr("Default language:"), m_language);
    form->addRow(noteLabel(tr("Used when neither the conversation, the prospect nor their website tells."), this));
    layout->addLayout(form);
    load();
}

void AiProvidersPage::load()
{
    const QString selected = selectedName();
    try {
        const LlmRepository llm(m_workspace.connection());
        const QList<LlmRepository::Provider> providers = llm.providers();
        const std::optional<LlmRepository::Provider> active = llm.activeProvider();
        const QSignalBlocker quiet(m_table);
        m_table->setRowCount(0);
        for (const LlmRepository::Provider& p : providers) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            const bool drafts = active && active->name == p.name;
            const QStringList cells {p.name,
                                     shortKind(p.kind),
                                     p.model,
                                     p.baseUrl.isEmpty() ? tr("Public service") : p.baseUrl,
                                     p.embeddingModel.isEmpty() ? tr("None") : p.embeddingModel,
                                     keyText(p),
                                     drafts ? tr("✓ Drafts") : QString()};
            for (int column = 0; column < cells.size(); ++column) {
                auto* item = new QTableWidgetItem(cells.at(column));
                if (column == ServerColumn) {
                    item->setToolTip(cells.at(column));
                }
                if (drafts && column == DraftsColumn) {
                    QFont bold = item->font();
                    bold.setBold(true);
                    item->setFont(bold);
                }
                m_table->setItem(row, column, item);
            }
            if (p.name == selected || (selected.isEmpty() && drafts)) {
                m_table->selectRow(row);
            }
        }
        // As tall as its rows (two at least, five at most): no empty box under one provider.
        const int rows = std::clamp(m_table->rowCount(), 2, 5);
        m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height()
                                + rows * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth()
                                + 2);
        const models::WorkspaceSettings settings(m_workspace.connection());
        const QSignalBlocker quietGrounded(m_grounded);
        m_grounded->setChecked(settings.flag(models::Setting::ConversationGrounded));
        const QSignalBlocker quietLanguage(m_language);
        m_language->setCurrentIndex(
            std::max(0, m_language->findData(settings.text(models::Setting::ConversationLanguage))));
    } catch (const models::StoreError& error) {
        showProblem(error.message());
    }
    updateButtons();
}

QString AiProvidersPage::keyText(const LlmRepository::Provider& provider) const
{
    if (!agents::conversation::ProviderSetup::needsKey(provider)
        && !m_keyPresent.value(LlmRepository::secretKey(provider.name))) {
        return tr("Not needed");
    }
    if (!m_keychainAvailable) {
        return tr("No keychain");
    }
    const auto it = m_keyPresent.constFind(LlmRepository::secretKey(provider.name));
    if (it == m_keyPresent.constEnd()) {
        return QString(); // the keychain has not been asked yet
    }
    return *it ? tr("Saved") : tr("Missing");
}

QString AiProvidersPage::selectedName() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty()) {
        return {};
    }
    const QTableWidgetItem* name = m_table->item(items.first()->row(), NameColumn);
    return name != nullptr ? name->text() : QString();
}

void AiProvidersPage::updateButtons()
{
    const bool has = !selectedName().isEmpty();
    m_edit->setEnabled(has);
    m_remove->setEnabled(has);
    m_test->setEnabled(has);
    const QTableWidgetItem* drafts
        = has ? m_table->item(m_table->selectedItems().first()->row(), DraftsColumn) : nullptr;
    m_use->setEnabled(has && drafts != nullptr && drafts->text().isEmpty());
}

void AiProvidersPage::showProblem(const QString& problem)
{
    m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_status->setText(problem);
    m_status->setVisible(!problem.isEmpty());
}

ProviderDialog* AiProvidersPage::openProviderDialog(const QString& providerName)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    LlmRepository::Provider provider;
    if (!providerName.isEmpty()) {
        try {
            provider = LlmRepository(m_workspace.connection()).provider(providerName).value_or(provider);
        } catch (const models::StoreError& error) {
            showProblem(error.message());
            return nullptr;
        }
    }
    const bool adding = provider.name.isEmpty();
    auto* dialog = new ProviderDialog(provider, m_keyPresent.value(LlmRepository::secretKey(provider.name)), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setKeyAvailable(m_keychainAvailable);
    connect(dialog, &ProviderDialog::saveRequested, this, [this, dialog, adding] { saveFromDialog(dialog, adding); });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

void AiProvidersPage::saveFromDialog(ProviderDialog* dialog, bool adding)
{
    const LlmRepository::Provider provider = dialog->provider();
    QString problem;
    try {
        LlmRepository llm(m_workspace.connection());
        if (adding && llm.provider(provider.name)) {
            dialog->showProblem(tr("A provider named %1 exists already: pick another name.").arg(provider.name));
            return;
        }
        if (llm.saveProvider(provider, Clock::instance().nowMs(), &problem) == 0) {
            dialog->showProblem(problem);
            return;
        }
        // The first one is the drafts' model at once: nothing else to choose.
        if (adding && llm.providers().size() == 1) {
            llm.setActiveProvider(provider.name);
        }
    } catch (const models::StoreError& error) {
        dialog->showProblem(error.message());
        return;
    }
    if (!dialog->key().isEmpty()) {
        Q_EMIT saveSecretRequested(LlmRepository::secretKey(provider.name), dialog->key());
    } else if (adding && m_keychainAvailable) {
        // A new name: the keychain holds nothing under it (a removed provider's key went with it).
        m_keyPresent.insert(LlmRepository::secretKey(provider.name), false);
    }
    m_prices->ensureModel(provider.model);
    m_status->hide();
    dialog->accept();
    load();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, NameColumn)->text() == provider.name) {
            m_table->selectRow(row);
        }
    }
}

void AiProvidersPage::removeSelected()
{
    const QString name = selectedName();
    if (name.isEmpty()) {
        return;
    }
    auto* confirm = new QMessageBox(QMessageBox::Question, tr("Remove %1?").arg(name),
                                    tr("Drafts will no longer be written with %1. Its key is removed from the "
                                       "keychain. The drafts it wrote stay.")
                                        .arg(name),
                                    QMessageBox::Cancel, this);
    confirm->setObjectName(QStringLiteral("removeProviderConfirm"));
    confirm->addButton(tr("Remove"), QMessageBox::AcceptRole);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::accepted, this, [this, name] {
        try {
            LlmRepository llm(m_workspace.connection());
            llm.removeProvider(name);
            if (models::WorkspaceSettings(m_workspace.connection()).text(models::Setting::ConversationProvider)
                == name) {
                llm.setActiveProvider(QString());
            }
        } catch (const models::StoreError& error) {
            showProblem(error.message());
            return;
        }
        // Asked even when no key is known: the keychain may hold one from an earlier session.
        const QString key = LlmRepository::secretKey(name);
        m_removing.insert(key);
        Q_EMIT removeSecretRequested(key);
        m_keyPresent.remove(key);
        m_status->hide();
        load();
    });
    confirm->open();
}

void AiProvidersPage::useSelected()
{
    const QString name = selectedName();
    if (name.isEmpty()) {
        return;
    }
    try {
        LlmRepository(m_workspace.connection()).setActiveProvider(name);
    } catch (const models::StoreError& error) {
        showProblem(error.message());
        return;
    }
    load();
}

void AiProvidersPage::testSelected()
{
    const QString name = selectedName();
    std::optional<LlmRepository::Provider> provider;
    try {
        provider = LlmRepository(m_workspace.connection()).provider(name);
    } catch (const models::StoreError& error) {
        showProblem(error.message());
        return;
    }
    if (!provider) {
        return;
    }
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Asking %1…").arg(name));
    m_status->show();
    m_test->setEnabled(false);
    Q_EMIT testProviderRequested(*provider);
}

void AiProvidersPage::showTestResult(const QString& providerName, bool ok, const QString& message)
{
    updateButtons();
    m_status->setStyleSheet(ok ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b00020;"));
    m_status->setText(QStringLiteral("%1: %2").arg(providerName, message));
    m_status->show();
}

void AiProvidersPage::setKeychainStatus(bool available, const QString& message)
{
    m_keychainAvailable = available;
    m_keychainStatus->setStatus(available, message);
    load(); // the Key column says whether a key can be kept at all
    if (m_dialog) {
        m_dialog->setKeyAvailable(available);
    }
}

void AiProvidersPage::secretPresence(const QString& key, bool present)
{
    m_keyPresent.insert(key, present);
    load();
}

bool AiProvidersPage::secretResult(const QString& key, bool ok, const QString& message)
{
    if (!key.startsWith(QLatin1String("llm-"))) {
        return false;
    }
    const bool wasRemoval = m_removing.remove(key);
    if (ok) {
        if (wasRemoval) {
            m_keyPresent.remove(key);
        } else {
            m_keyPresent.insert(key, true);
        }
        load();
    } else {
        showProblem(wasRemoval ? tr("The key could not be removed from the keychain: %1").arg(message)
                               : tr("The key could not be saved in the keychain: %1").arg(message));
    }
    return true;
}

} // namespace sc::ui
