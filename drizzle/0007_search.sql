-- Full-text search (SQLite FTS5, bm25 ranking, unicode61 with diacritics removed) over the text
-- of every provision of every edition, and over the bodies of notes. Triggers keep both indexes in
-- step with their tables inside the writing transaction (imports and every note write).
CREATE VIRTUAL TABLE `provisions_fts` USING fts5(`label`, `heading`, `text`, content='provisions', content_rowid='key', tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
INSERT INTO `provisions_fts`(`provisions_fts`) VALUES('rebuild');
--> statement-breakpoint
CREATE TRIGGER `provisions_fts_insert` AFTER INSERT ON `provisions` BEGIN
  INSERT INTO `provisions_fts`(rowid, `label`, `heading`, `text`) VALUES (new.`key`, new.`label`, new.`heading`, new.`text`);
END;
--> statement-breakpoint
CREATE TRIGGER `provisions_fts_delete` AFTER DELETE ON `provisions` BEGIN
  INSERT INTO `provisions_fts`(`provisions_fts`, rowid, `label`, `heading`, `text`) VALUES ('delete', old.`key`, old.`label`, old.`heading`, old.`text`);
END;
--> statement-breakpoint
CREATE TRIGGER `provisions_fts_update` AFTER UPDATE ON `provisions` BEGIN
  INSERT INTO `provisions_fts`(`provisions_fts`, rowid, `label`, `heading`, `text`) VALUES ('delete', old.`key`, old.`label`, old.`heading`, old.`text`);
  INSERT INTO `provisions_fts`(rowid, `label`, `heading`, `text`) VALUES (new.`key`, new.`label`, new.`heading`, new.`text`);
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `annotations_fts` USING fts5(`body`, tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
INSERT INTO `annotations_fts`(rowid, `body`) SELECT rowid, `body_text` FROM `annotations` WHERE `deleted_at` IS NULL;
--> statement-breakpoint
CREATE TRIGGER `annotations_fts_insert` AFTER INSERT ON `annotations` WHEN new.`deleted_at` IS NULL BEGIN
  INSERT INTO `annotations_fts`(rowid, `body`) VALUES (new.rowid, new.`body_text`);
END;
--> statement-breakpoint
CREATE TRIGGER `annotations_fts_update` AFTER UPDATE OF `body_text`, `deleted_at` ON `annotations` BEGIN
  DELETE FROM `annotations_fts` WHERE rowid = old.rowid;
  INSERT INTO `annotations_fts`(rowid, `body`) SELECT new.rowid, new.`body_text` WHERE new.`deleted_at` IS NULL;
END;
