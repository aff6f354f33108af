CREATE TABLE `annotation_codes` (
	`annotation_id` text NOT NULL,
	`codebook_id` text NOT NULL,
	`code` text NOT NULL,
	PRIMARY KEY(`annotation_id`, `code`),
	FOREIGN KEY (`annotation_id`) REFERENCES `annotations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`codebook_id`) REFERENCES `codebooks`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `annotation_codes_codebook` ON `annotation_codes` (`codebook_id`,`code`);--> statement-breakpoint
CREATE TABLE `codebook_elements` (
	`codebook_id` text NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`share` real,
	`position` integer NOT NULL,
	PRIMARY KEY(`codebook_id`, `code`),
	FOREIGN KEY (`codebook_id`) REFERENCES `codebooks`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `codebooks` (
	`id` text PRIMARY KEY NOT NULL,
	`family` text NOT NULL,
	`version` integer NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`source` text DEFAULT '' NOT NULL,
	`created_by` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `codebooks_family_version` ON `codebooks` (`family`,`version`);