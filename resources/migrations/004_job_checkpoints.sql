-- Version 4: a job can record how far it got (written in the same transaction as the work it
-- describes), so a job killed midway resumes where it stopped instead of starting over.
ALTER TABLE jobs ADD COLUMN checkpoint TEXT;
