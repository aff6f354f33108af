CREATE TABLE `alignments` (
	`key` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`left_document` text NOT NULL,
	`left_provision` text NOT NULL,
	`right_document` text NOT NULL,
	`right_provision` text NOT NULL,
	`kind` text NOT NULL,
	`note` text NOT NULL,
	`source` text NOT NULL,
	`created_by` text NOT NULL,
	`origin` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `alignments_pair` ON `alignments` (`left_document`,`left_provision`,`right_document`,`right_provision`);--> statement-breakpoint
CREATE INDEX `alignments_right` ON `alignments` (`right_document`,`right_provision`);--> statement-breakpoint
CREATE TABLE `corpus_state` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
