-- Version 18: what the Inbox read in a human reply beyond its category, for the sequence engine and
-- the rep: the person a referral points to (address and name as written; either may be missing),
-- whether the sender says they left the company, and the day a warm refusal ("not right now, maybe
-- next quarter") asks to be contacted again. follow_up_date: ISO 8601 (YYYY-MM-DD); precision 'day'
-- when the reply named the day, 'approximate' for a period: its first working day.
ALTER TABLE messages ADD COLUMN referral_email TEXT;
ALTER TABLE messages ADD COLUMN referral_name TEXT;
ALTER TABLE messages ADD COLUMN sender_left_company INTEGER NOT NULL DEFAULT 0 CHECK (sender_left_company IN (0, 1));
ALTER TABLE messages ADD COLUMN follow_up_date TEXT;
ALTER TABLE messages ADD COLUMN follow_up_precision TEXT
    CHECK (follow_up_precision IS NULL OR follow_up_precision IN ('day', 'approximate'));
