#include "ProviderDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sc::ui {

namespace {
constexpr const char* OllamaUrl = "http://localhost:11434/v1";

// A model to start with for each kind, so a rep who does not know the names still gets a working setup.
QString suggestedModel(const QString& kind)
{
    if (kind == QLatin1String("anthropic")) {
        return QStringLiteral("claude-sonnet-4-5");
    }
    if (kind == QLatin1String("openai")) {
        return QStringLiteral("gpt-4.1-mini");
    }
    return QStringLiteral("llama3.1");
}
} // namespace

QString ProviderDialog::kindLabel(const QString& kind)
{
    if (kind == QLatin1String("anthropic")) {
        return tr("Anthropic (Claude)");
    }
    if (kind == QLatin1String("openai")) {
        return tr("OpenAI (GPT)");
    }
    return tr("Local or compatible server (Ollama, LM Studio, llama.cpp, vLLM)");
}

ProviderDialog::ProviderDialog(const models::LlmRepository::Provider& provider, bool hasKey, QWidget* parent)
    : QDialog(parent)
    , m_original(provider)
    , m_hasKey(hasKey)
{
    setObjectName(QStringLiteral("providerDialog"));
    const bool adding = provider.name.isEmpty();
    setWindowTitle(adding ? tr("Add an AI provider") : tr("Edit %1").arg(provider.name));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_name = new QLineEdit(provider.name, this);
    m_name->setObjectName(QStringLiteral("providerName"));
    m_name->setPlaceholderText(tr("For example: Claude, Office laptop"));
    m_name->setEnabled(adding); // the name is how drafts and the keychain know it
    form->addRow(tr("Name:"), m_name);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("providerKind"));
    for (const QString& kind : models::LlmRepository::kinds()) {
        m_kind->addItem(kindLabel(kind), kind);
    }
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    form->addRow(tr("Kind:"), m_kind);

    m_baseUrl = new QLineEdit(provider.baseUrl, this);
    m_baseUrl->setObjectName(QStringLiteral("providerBaseUrl"));
    form->addRow(tr("Server address:"), m_baseUrl);

    m_model = new QLineEdit(provider.model, this);
    m_model->setObjectName(QStringLiteral("providerModel"));
    form->addRow(tr("Model for drafts:"), m_model);

    m_embedding = new QLineEdit(provider.embeddingModel, this);
    m_embedding->setObjectName(QStringLiteral("providerEmbedding"));
    m_embedding->setPlaceholderText(tr("Optional, for example text-embedding-3-small"));
    form->addRow(tr("Model for document search:"), m_embedding);

    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("providerKey"));
    m_key->setEchoMode(QLineEdit::Password);
    form->addRow(tr("API key:"), m_key);
    m_keyNote = new QLabel(this);
    m_keyNote->setWordWrap(true);
    m_keyNote->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_keyNote);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("providerProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        m_problem->hide();
        Q_EMIT saveRequested();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    const int index = m_kind->findData(adding ? QStringLiteral("anthropic") : provider.kind);
    m_kind->setCurrentIndex(std::max(index, 0));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ProviderDialog::kindChanged);
    kindChanged();
    setMinimumWidth(520);
}

void ProviderDialog::kindChanged()
{
    const QString kind = m_kind->currentData().toString();
    const bool compatible = kind == QLatin1String("openai-compatible");
    // The public APIs need no address; a local server has one, Ollama's unless said otherwise.
    if (compatible && m_baseUrl->text().trimmed().isEmpty()) {
        m_baseUrl->setText(QString::fromLatin1(OllamaUrl));
    } else if (!compatible && m_baseUrl->text().trimmed() == QLatin1String(OllamaUrl)) {
        m_baseUrl->clear();
    }
    m_baseUrl->setPlaceholderText(compatible ? QString::fromLatin1(OllamaUrl)
                                             : tr("Leave empty for %1's own service").arg(kindLabel(kind)));
    static const QStringList suggestions {suggestedModel(QStringLiteral("anthropic")),
                                          suggestedModel(QStringLiteral("openai")),
                                          suggestedModel(QStringLiteral("openai-compatible"))};
    if (m_model->text().trimmed().isEmpty() || suggestions.contains(m_model->text().trimmed())) {
        m_model->setText(suggestedModel(kind));
    }
    if (m_hasKey) {
        m_key->setPlaceholderText(tr("Saved in the keychain — type a new one to replace it"));
    } else {
        m_key->setPlaceholderText(compatible ? tr("Usually none for a local server") : tr("Paste the key"));
    }
    m_keyNote->setText(compatible ? tr("A local server keeps your emails on this computer.")
                                  : tr("Kept in your system keychain, never in the workspace file."));
}

models::LlmRepository::Provider ProviderDialog::provider() const
{
    models::LlmRepository::Provider p = m_original;
    p.name = m_name->text().trimmed();
    p.kind = m_kind->currentData().toString();
    p.baseUrl = m_baseUrl->text().trimmed();
    p.model = m_model->text().trimmed();
    p.embeddingModel = m_embedding->text().trimmed();
    return p;
}

QString ProviderDialog::key() const
{
    return m_key->text().trimmed();
}

void ProviderDialog::setKeyAvailable(bool available)
{
    m_key->setEnabled(available);
    if (!available) {
        m_key->clear();
        m_key->setPlaceholderText(tr("No keychain available: see Settings › AI providers"));
    }
}

void ProviderDialog::showProblem(const QString& problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

} // namespace sc::ui
