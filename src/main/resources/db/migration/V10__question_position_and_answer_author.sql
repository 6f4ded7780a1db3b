-- Question bank: keep questions in document order, and record who wrote a maintainers' model answer.
ALTER TABLE question ADD COLUMN source_position INTEGER NOT NULL DEFAULT 0;
ALTER TABLE question ADD COLUMN model_answer_author TEXT;
CREATE INDEX question_source ON question (source_document, source_position);
