#pragma once

#include "../entities/Stage.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

namespace sc::models {

// The pipeline's stages, configurable in Settings: their order, names and what becomes of their
// prospects when one goes. Every change is audited and re-ranks the prospects (stages_rank_update).
class StageRepository
{
public:
    explicit StageRepository(QSqlDatabase db);

    // In pipeline order: (key, name).
    QList<QPair<QString, QString>> list() const;
    // In pipeline order, with their outcome and how many live prospects each holds.
    QList<Stage> details() const;
    // Returns the new stage's key (derived from the name, unique).
    QString add(const QString& name, const QString& actor, qint64 now);
    void rename(const QString& key, const QString& name, const QString& actor, qint64 now);
    // Moves the stage one place up (-1) or down (+1) in the pipeline.
    void move(const QString& key, int delta, const QString& actor, qint64 now);
    // Removes a stage; its prospects move to another stage first. The last stage cannot go.
    void remove(const QString& key, const QString& moveProspectsTo, const QString& actor, qint64 now);

private:
    QSqlDatabase m_db;
};

} // namespace sc::models
