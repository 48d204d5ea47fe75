-- 0009: the words of the people index, as FTS5 counts them: a view over person_fts (no storage
-- of its own) that typo-tolerant search reads to find the nearest word of a name or an
-- organisation. In the schema rather than made at read time: a read may not create anything.
CREATE VIRTUAL TABLE person_terms USING fts5vocab(person_fts, 'col');
