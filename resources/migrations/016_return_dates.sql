-- Version 16: the date an auto-reply says its sender is back, as the Inbox read it, for the sequence
-- engine to pause a prospect until then. return_date: ISO 8601 (YYYY-MM-DD); precision 'day' when the
-- reply named the day, 'approximate' for a vague period ("early February"): its first working day.
ALTER TABLE messages ADD COLUMN return_date TEXT;
ALTER TABLE messages ADD COLUMN return_date_precision TEXT
    CHECK (return_date_precision IS NULL OR return_date_precision IN ('day', 'approximate'));
