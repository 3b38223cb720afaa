-- Version 23: Word documents (.docx) in the knowledge base. ALTER TABLE cannot change a CHECK
-- constraint; as in version 8, the table's stored SQL is edited in place (SQLite's documented
-- procedure): the constraint is only widened, so every stored row still satisfies it, and the
-- migrator bumps schema_version and runs quick_check afterwards.

PRAGMA writable_schema = ON;
UPDATE sqlite_schema
SET sql = replace(sql, 'CHECK (kind IN (''text'', ''markdown'', ''html'', ''pdf''))',
                  'CHECK (kind IN (''text'', ''markdown'', ''html'', ''pdf'', ''docx''))')
WHERE type = 'table' AND name = 'kb_documents';
PRAGMA writable_schema = OFF;
