-- A version's note becomes what happened (note_event, restored_from) plus the words a person or a file gave
-- it (note), so that pages can name the event in the reader's language. The English notes Rolewise itself
-- wrote are read back into events; every other note is a person's. Runs unchanged on H2 2.x and PostgreSQL.

ALTER TABLE content_version ADD COLUMN note_event VARCHAR(20);
ALTER TABLE content_version ADD COLUMN restored_from INTEGER;

-- only up to 9 digits after the prefix, so that the cast cannot fail: a person's "Restored version 2 of the
-- FAQ" stays words (digits turn into zeros and the zeros go; H2's TRANSLATE cannot drop them itself)
UPDATE content_version
   SET note_event = 'RESTORED', restored_from = CAST(SUBSTRING(note FROM 18) AS INTEGER), note = NULL
 WHERE note LIKE 'Restored version %'
   AND LENGTH(note) BETWEEN 18 AND 26
   AND REPLACE(TRANSLATE(SUBSTRING(note FROM 18), '123456789', '000000000'), '0', '') = '';

UPDATE content_version SET note_event = 'CREATED', note = NULL WHERE note = 'Created';

UPDATE content_version SET note_event = 'SEEDED', note = NULL WHERE note IN ('Seed', 'Seed library');

UPDATE content_version SET note_event = 'MODEL_ADDED', note = NULL WHERE note = 'Decision model';

UPDATE content_version SET note_event = 'DRAFTED', note = NULL WHERE note = 'Drafted from the assessment';

UPDATE content_version SET note_event = 'IMPORTED', note = SUBSTRING(note FROM 15)
 WHERE note LIKE 'Imported from %' AND LENGTH(TRIM(SUBSTRING(note FROM 15))) > 0;

UPDATE content_version SET note_event = 'WRITTEN' WHERE note_event IS NULL;
UPDATE content_version SET note = NULL WHERE note_event = 'WRITTEN' AND TRIM(note) = '';

ALTER TABLE content_version ALTER COLUMN note_event SET NOT NULL;
ALTER TABLE content_version ADD CONSTRAINT content_version_restored_from
    CHECK ((note_event = 'RESTORED' AND restored_from > 0) OR (note_event <> 'RESTORED' AND restored_from IS NULL));
