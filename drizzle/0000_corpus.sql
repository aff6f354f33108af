CREATE TABLE `corpus_notices` (
	`key` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`file` text NOT NULL,
	`line` integer,
	`level` text NOT NULL,
	`message` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `documents` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`short_title` text NOT NULL,
	`type` text NOT NULL,
	`adopted_on` text NOT NULL,
	`adopted_at` text,
	`in_force_on` text,
	`parties` text NOT NULL,
	`languages` text NOT NULL,
	`citation` text NOT NULL,
	`notes` text,
	`position` integer DEFAULT 0 NOT NULL,
	`meta_hash` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `editions` (
	`document_id` text NOT NULL,
	`id` text NOT NULL,
	`language` text NOT NULL,
	`title` text NOT NULL,
	`source_citation` text NOT NULL,
	`source_file` text,
	`source_lines` text,
	`source_url` text,
	`licence` text NOT NULL,
	`completeness` text NOT NULL,
	`summary` text NOT NULL,
	`notes` text,
	`edition_date` text,
	`preferred` integer DEFAULT false NOT NULL,
	`format` text NOT NULL,
	`origin` text NOT NULL,
	`text_hash` text NOT NULL,
	`meta_hash` text NOT NULL,
	`imported_at` text NOT NULL,
	PRIMARY KEY(`document_id`, `id`),
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `provisions` (
	`key` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` text NOT NULL,
	`edition_id` text NOT NULL,
	`id` text NOT NULL,
	`parent_id` text,
	`position` integer NOT NULL,
	`depth` integer NOT NULL,
	`kind` text NOT NULL,
	`num` text,
	`label` text NOT NULL,
	`heading` text,
	`text` text NOT NULL,
	`marks` text NOT NULL,
	`line` integer NOT NULL,
	FOREIGN KEY (`document_id`,`edition_id`) REFERENCES `editions`(`document_id`,`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `provisions_edition_id` ON `provisions` (`document_id`,`edition_id`,`id`);--> statement-breakpoint
CREATE INDEX `provisions_edition_order` ON `provisions` (`document_id`,`edition_id`,`position`);