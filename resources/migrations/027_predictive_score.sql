-- Version 27: the predictive score beside the rule-based one (issue 19). Each training run leaves a row:
-- its state ('not_enough_outcomes' until 50 outcomes exist, and then the rule score is what the rep
-- sees), what it measured on the held-out fold, and the trained model as JSON. Every prospect then gets
-- the model's calibrated probability and the traits that moved it most; a prediction goes with its model.
CREATE TABLE score_models (
    id INTEGER PRIMARY KEY,
    trained_at INTEGER NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('trained', 'not_enough_outcomes')),
    outcomes INTEGER NOT NULL DEFAULT 0,
    positives INTEGER NOT NULL DEFAULT 0,
    held_out INTEGER NOT NULL DEFAULT 0,
    auc_rule REAL,
    auc_model REAL,
    report TEXT NOT NULL DEFAULT '{}',
    model TEXT
);
CREATE INDEX score_models_trained ON score_models(trained_at);

CREATE TABLE prospect_predictions (
    prospect_id INTEGER PRIMARY KEY REFERENCES prospects(id) ON DELETE CASCADE,
    model_id INTEGER NOT NULL REFERENCES score_models(id) ON DELETE CASCADE,
    probability REAL NOT NULL,
    top_features TEXT NOT NULL DEFAULT '[]',
    scored_at INTEGER NOT NULL
);
CREATE INDEX prospect_predictions_probability ON prospect_predictions(probability);
