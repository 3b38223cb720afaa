#pragma once

#include "../Workspace.h"
#include "../entities/Prospect.h"
#include "../repositories/ProspectQuery.h"

#include <QAbstractTableModel>
#include <QHash>

namespace sc::models {

// The prospects table, paged lazily: rows arrive PageSize at a time as the view scrolls.
class ProspectTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Company, Title, Email, Status, Score, LastContacted, ColumnCount };
    enum Role { ProspectIdRole = Qt::UserRole + 1 };
    static constexpr int PageSize = 200;

    explicit ProspectTableModel(Workspace workspace, QObject* parent = nullptr);

    void setSearch(const QString& text);
    QString search() const { return m_query.search; }
    // Filters and sort in one go (the search text included).
    void setQuery(const ProspectQuery& query);
    const ProspectQuery& query() const { return m_query; }
    int totalCount() const { return m_total; }
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    static QString statusLabel(const QString& status);
    // What the rep sees for a stage: the translated name of a built-in stage the rep has not renamed,
    // else the name the rep gave it (or the key, when the stage is gone).
    static QString stageLabel(const QString& key, const QString& storedName);
    QString stageLabel(const QString& key) const { return stageLabel(key, m_stageNames.value(key)); }

Q_SIGNALS:
    void totalCountChanged(int total);

private:
    Workspace m_workspace;
    ProspectQuery m_query;
    QList<Prospect> m_rows;
    QHash<QString, QString> m_stageNames; // key -> stored name, read on reload
    int m_total = 0;
    bool m_fetching = false;
};

} // namespace sc::models
