#pragma once

#include <QString>

namespace sc::models {

// A pipeline stage, configurable in Settings; prospects' status is a stage key.
struct Stage
{
    QString key;
    QString name;
    int position = 0;
    QString outcome; // open, won, lost
    int prospects = 0; // live prospects in the stage
};

} // namespace sc::models
