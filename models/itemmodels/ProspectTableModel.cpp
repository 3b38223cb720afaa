#include "ProspectTableModel.h"

#include "../ChangeHub.h"
#include "../repositories/ProspectRepository.h"
#include "../repositories/StageRepository.h"

#include <QDateTime>
#include <QLocale>

namespace sc::models {

ProspectTableModel::ProspectTableModel(Workspace workspace, QObject* parent)
    : QAbstractTableModel(parent)
    , m_workspace(std::move(workspace))
{
    connect(ChangeHub::instance(), &ChangeHub::changed, this, [this](ChangeHub::Topics topics) {
        if (topics.testFlag(ChangeHub::Prospects)) {
            reload();
        }
    });
    reload();
}

void ProspectTableModel::setSearch(const QString& text)
{
    if (text == m_query.search) {
        return;
    }
    m_query.search = text;
    reload();
}

void ProspectTableModel::setQuery(const ProspectQuery& query)
{
    m_query = query;
    reload();
}

void ProspectTableModel::sort(int column, Qt::SortOrder order)
{
    static const ProspectQuery::SortKey keys[ColumnCount]
        = {ProspectQuery::SortKey::Name,         ProspectQuery::SortKey::Company, ProspectQuery::SortKey::Title,
           ProspectQuery::SortKey::Email,        ProspectQuery::SortKey::Stage,   ProspectQuery::SortKey::Score,
           ProspectQuery::SortKey::LastContacted};
    if (column < 0 || column >= ColumnCount) {
        return;
    }
    m_query.sort = keys[column];
    m_query.descending = order == Qt::DescendingOrder;
    reload();
}

void ProspectTableModel::reload()
{
    // No fetchMore() while the reset is announced: views and testers may ask from their reset handler.
    m_fetching = true;
    beginResetModel();
    m_rows.clear();
    const ProspectRepository repo(m_workspace.connection());
    m_stageNames.clear();
    const QList<QPair<QString, QString>> stages = StageRepository(m_workspace.connection()).list();
    for (const auto& [key, name] : stages) {
        m_stageNames.insert(key, name);
    }
    m_total = repo.count(m_query);
    m_rows = repo.page(m_query, 0, PageSize);
    endResetModel();
    m_fetching = false;
    Q_EMIT totalCountChanged(m_total);
}

int ProspectTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProspectTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ProspectTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_fetching && m_rows.size() < m_total;
}

void ProspectTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    m_fetching = true; // a view may ask again while rows are being inserted
    const QList<Prospect> more
        = ProspectRepository(m_workspace.connection()).page(m_query, int(m_rows.size()), PageSize);
    if (!more.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
        m_rows.append(more);
        endInsertRows();
    } else {
        m_total = int(m_rows.size()); // rows were deleted meanwhile
    }
    m_fetching = false;
}

namespace {
// The built-in stages' English names, marked for translation; nullptr for any other key.
const char* builtInStageName(const QString& key)
{
    static const QHash<QString, const char*> names {
        {QStringLiteral("new"), QT_TRANSLATE_NOOP("sc::models::ProspectTableModel", "New")},
        {QStringLiteral("researching"), QT_TRANSLATE_NOOP("sc::models::ProspectTableModel", "Researching")},
        {QStringLiteral("contacted"), QT_TRANSLATE_NOOP("sc::models::ProspectTableModel", "Contacted")},
        {QStringLiteral("replied"), QT_TRANSLATE_NOOP("sc::models::ProspectTableModel", "Replied")},
        {QStringLiteral("interested"), QT_TRANSLATE_NOOP("sc::models::ProspectTableModel", "Interested")},
        {QStringLiteral("meeting"), QT_TRANSLATE_NOOP("sc::models::ProspectTableModel", "Meeting booked")},
        {QStringLiteral("won"), QT_TRANSLATE_NOOP("sc::models::ProspectTableModel", "Won")},
        {QStringLiteral("lost"), QT_TRANSLATE_NOOP("sc::models::ProspectTableModel", "Lost")},
        {QStringLiteral("unsubscribed"), QT_TRANSLATE_NOOP("sc::models::ProspectTableModel", "Unsubscribed")},
        {QStringLiteral("do_not_contact"), QT_TRANSLATE_NOOP("sc::models::ProspectTableModel", "Do not contact")},
    };
    return names.value(key, nullptr);
}
} // namespace

QString ProspectTableModel::statusLabel(const QString& status)
{
    const char* name = builtInStageName(status);
    return name != nullptr ? tr(name) : status;
}

QString ProspectTableModel::stageLabel(const QString& key, const QString& storedName)
{
    const char* name = builtInStageName(key);
    // A built-in stage still under its English name is shown translated; a renamed one as named.
    if (storedName.isEmpty() || (name != nullptr && storedName == QLatin1String(name))) {
        return statusLabel(key);
    }
    return storedName;
}

QVariant ProspectTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Prospect& p = m_rows.at(index.row());
    if (role == ProspectIdRole) {
        return p.id;
    }
    if (role == Qt::TextAlignmentRole && index.column() == Score) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        // The whole value of a cell the column may cut short.
        return index.column() == Score ? QVariant() : data(index, Qt::DisplayRole);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Name:
        return p.fullName();
    case Company:
        return p.companyName;
    case Title:
        return p.title;
    case Email:
        return p.email;
    case Status:
        return stageLabel(p.status);
    case Score:
        return p.score;
    case LastContacted:
        return p.lastContactedAt > 0
            ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(p.lastContactedAt).date(), QLocale::ShortFormat)
            : QString();
    default:
        return {};
    }
}

QVariant ProspectTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name:
        return tr("Name");
    case Company:
        return tr("Company");
    case Title:
        return tr("Title");
    case Email:
        return tr("Email");
    case Status:
        return tr("Status");
    case Score:
        return tr("Score");
    case LastContacted:
        return tr("Last contacted");
    default:
        return {};
    }
}

} // namespace sc::models
