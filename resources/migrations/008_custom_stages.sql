-- Version 8: the pipeline's stages are the rep's to change (Settings), so prospects.status takes any
-- stage key. ALTER TABLE cannot drop a CHECK constraint; this is SQLite's documented procedure for
-- removing one (ALTER TABLE, "making other kinds of table schema changes"): the table's stored SQL
-- is edited in place and no row changes. The migrator bumps schema_version after a migration that
-- writes the schema, so every connection reloads it.

PRAGMA writable_schema = ON;
UPDATE sqlite_schema
SET sql = substr(sql, 1, instr(sql, 'CHECK (status IN (') - 1)
    || substr(sql, instr(sql, '''do_not_contact''))') + length('''do_not_contact''))'))
WHERE type = 'table' AND name = 'prospects' AND instr(sql, 'CHECK (status IN (') > 0
    AND instr(sql, '''do_not_contact''))') > instr(sql, 'CHECK (status IN (');
PRAGMA writable_schema = OFF;
