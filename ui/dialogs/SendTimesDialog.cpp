#include "SendTimesDialog.h"

#include "agents/decision/LearnedSendTimes.h"
#include "models/repositories/SendTimeRepository.h"
#include "ui/widgets/SendTimeHeatmap.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMap>
#include <QVBoxLayout>

namespace sc::ui {

using agents::decision::SendTimeModel;

namespace {

// The picker's entries carry their scope: "" / "country:FR" / "company:42".
QString countryScope(const QString& key)
{
    return QStringLiteral("country:") + key;
}

QString companyScope(qint64 id)
{
    return QStringLiteral("company:") + QString::number(id);
}

} // namespace

SendTimesDialog::SendTimesDialog(QSqlDatabase db, QWidget* parent)
    : QDialog(parent)
    , m_scope(new QComboBox(this))
    , m_heatmap(new SendTimeHeatmap(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("sendTimesDialog"));
    setWindowTitle(tr("Send times"));
    const QList<models::SendTimeRepository::Reply> replies = models::SendTimeRepository(db).replies();
    m_model = agents::decision::LearnedSendTimes::fromReplies(replies);

    m_scope->setObjectName(QStringLiteral("sendTimesScope"));
    m_scope->addItem(tr("Whole workspace (%n replies)", nullptr, m_model.replies()), QString());
    for (const QString& country : m_model.countries()) {
        const QLocale::Territory territory = QLocale::codeToTerritory(country);
        const QString name = territory == QLocale::AnyTerritory ? country : QLocale::territoryToString(territory);
        m_scope->addItem(tr("Country: %1 (%n replies)", nullptr, m_model.countryReplies(country)).arg(name),
                         countryScope(country));
    }
    QMap<QString, qint64> companies; // by name, for the picker's order
    for (const models::SendTimeRepository::Reply& r : replies) {
        if (r.companyId > 0) {
            companies.insert(r.companyName.isEmpty() ? tr("Company %1").arg(r.companyId) : r.companyName, r.companyId);
        }
    }
    for (auto it = companies.cbegin(); it != companies.cend(); ++it) {
        m_scope->addItem(tr("Company: %1 (%n replies)", nullptr, m_model.companyReplies(it.value())).arg(it.key()),
                         companyScope(it.value()));
    }

    m_summary->setObjectName(QStringLiteral("sendTimesSummary"));
    m_summary->setWordWrap(true);
    auto* note = new QLabel(tr("Hours are the prospect's own. Sequences send inside business hours, in the "
                               "best-rated of them within two business days of a step's due time."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("Show:"), m_scope);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_heatmap, 1);
    layout->addWidget(m_summary);
    layout->addWidget(note);
    layout->addWidget(buttons);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &SendTimesDialog::refresh);
    refresh();
}

bool SendTimesDialog::showScope(const QString& country, qint64 companyId)
{
    const QString scope = companyId > 0 ? companyScope(companyId)
        : country.isEmpty()             ? QString()
                                        : countryScope(SendTimeModel::countryKey(country));
    const int index = m_scope->findData(scope);
    if (index < 0) {
        return false;
    }
    m_scope->setCurrentIndex(index);
    refresh();
    return true;
}

QString SendTimesDialog::summary() const
{
    return m_summary->text();
}

void SendTimesDialog::refresh()
{
    const QString scope = m_scope->currentData().toString();
    QString country;
    qint64 company = 0;
    int replies = m_model.replies();
    if (scope.startsWith(QLatin1String("country:"))) {
        country = scope.mid(8);
        replies = m_model.countryReplies(country);
    } else if (scope.startsWith(QLatin1String("company:"))) {
        company = scope.mid(8).toLongLong();
        replies = m_model.companyReplies(company);
    }
    const SendTimeModel::Grid grid = m_model.grid(country, company);
    m_heatmap->setGrid(grid, m_model.priorMask());
    m_heatmap->setState(m_model.replies(), SendTimeModel::MinReplies, m_model.hasPattern());
    if (!m_model.hasPattern()) {
        // The heat map already says how far it is; this says what happens meanwhile.
        m_summary->setText(tr("No pattern yet: sends follow the hours replies come in once the workspace has %1 "
                              "replies to learn from (%2 of %1 so far). Until then, steps run at the first moment "
                              "inside business hours.")
                               .arg(SendTimeModel::MinReplies)
                               .arg(m_model.replies()));
        return;
    }
    QStringList best;
    const QList<SendTimeModel::Cell> top = SendTimeModel::best(grid, 3);
    for (const SendTimeModel::Cell& c : top) {
        if (c.rate < top.first().rate / 4) {
            break; // a cell far below the best one says nothing: the prior's share, or noise
        }
        best.append(
            tr("%1 %2:00").arg(locale().dayName(c.weekday, QLocale::ShortFormat)).arg(c.hour, 2, 10, QLatin1Char('0')));
    }
    QString text = tr("Best hours: %1.").arg(best.join(QStringLiteral(", ")));
    if (!scope.isEmpty() && replies < int(SendTimeModel::ShrinkStrength)) {
        text += QLatin1Char(' ') + tr("Learned from %n replies only: it leans on the wider pattern.", nullptr, replies);
    }
    m_summary->setText(text);
}

} // namespace sc::ui
