-- Version 28: meetings as iCalendar events (issue 20). A meeting has a stable UID that every invitation,
-- update, cancellation and reply carries, and a SEQUENCE raised on every change the organizer makes. Its
-- status follows iCalendar's (a 'proposed' meeting is one a prospect invited the rep to, not yet accepted);
-- times stay UTC milliseconds, the zone is the one the invitation names (an IANA TZID). SQLite cannot add
-- a UNIQUE column, hence the unique index: NULL for the meetings booked before this version.
ALTER TABLE meetings ADD COLUMN uid TEXT;
ALTER TABLE meetings ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0;
ALTER TABLE meetings ADD COLUMN status TEXT NOT NULL DEFAULT 'confirmed'
    CHECK (status IN ('tentative', 'confirmed', 'cancelled', 'proposed'));
ALTER TABLE meetings ADD COLUMN timezone TEXT;
ALTER TABLE meetings ADD COLUMN organizer TEXT;
ALTER TABLE meetings ADD COLUMN account_id INTEGER REFERENCES mail_accounts(id) ON DELETE SET NULL;
ALTER TABLE meetings ADD COLUMN updated_at INTEGER;
CREATE UNIQUE INDEX meetings_uid ON meetings(uid);

-- Who is invited and what they answered (iCalendar PARTSTAT and ROLE, upper case as on the wire).
CREATE TABLE meeting_attendees (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    name TEXT,
    partstat TEXT NOT NULL DEFAULT 'NEEDS-ACTION',
    role TEXT NOT NULL DEFAULT 'REQ-PARTICIPANT',
    updated_at INTEGER NOT NULL,
    UNIQUE (meeting_id, email)
);

-- A prospect's COUNTER: another time they propose, waiting for the rep to take or decline it.
CREATE TABLE meeting_counters (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    attendee TEXT,
    proposed_start INTEGER NOT NULL,
    proposed_end INTEGER NOT NULL,
    comment TEXT,
    received_at INTEGER NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'accepted', 'declined'))
);
CREATE INDEX meeting_counters_meeting ON meeting_counters(meeting_id, state);
