CREATE TABLE `annotation_revisions` (
	`key` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`annotation_id` text NOT NULL,
	`version` integer NOT NULL,
	`body` text NOT NULL,
	`body_text` text NOT NULL,
	`tags` text NOT NULL,
	`visibility` text NOT NULL,
	`edited_at` text NOT NULL,
	`editor_id` text NOT NULL,
	FOREIGN KEY (`annotation_id`) REFERENCES `annotations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `annotation_revisions_version` ON `annotation_revisions` (`annotation_id`,`version`);--> statement-breakpoint
CREATE TABLE `annotation_tags` (
	`annotation_id` text NOT NULL,
	`tag` text NOT NULL,
	PRIMARY KEY(`annotation_id`, `tag`),
	FOREIGN KEY (`annotation_id`) REFERENCES `annotations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `annotation_tags_tag` ON `annotation_tags` (`tag`);--> statement-breakpoint
CREATE TABLE `annotation_targets` (
	`key` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`annotation_id` text NOT NULL,
	`target_index` integer NOT NULL,
	`document_id` text NOT NULL,
	`edition_id` text NOT NULL,
	`provision_id` text NOT NULL,
	`exact` text NOT NULL,
	`prefix` text NOT NULL,
	`suffix` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`anchor_status` text NOT NULL,
	`anchor_provision` text NOT NULL,
	`anchor_start` integer NOT NULL,
	`anchor_end` integer NOT NULL,
	`anchor_score` real NOT NULL,
	`origin` text NOT NULL,
	FOREIGN KEY (`annotation_id`) REFERENCES `annotations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `annotation_targets_one` ON `annotation_targets` (`annotation_id`,`target_index`,`document_id`,`edition_id`);--> statement-breakpoint
CREATE INDEX `annotation_targets_edition` ON `annotation_targets` (`document_id`,`edition_id`);--> statement-breakpoint
CREATE TABLE `annotations` (
	`id` text PRIMARY KEY NOT NULL,
	`author_id` text NOT NULL,
	`motivation` text NOT NULL,
	`body` text NOT NULL,
	`body_text` text NOT NULL,
	`visibility` text NOT NULL,
	`seminar_id` text,
	`in_reply_to` text,
	`thread_id` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`author_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `annotations_thread` ON `annotations` (`thread_id`);--> statement-breakpoint
CREATE INDEX `annotations_author` ON `annotations` (`author_id`);--> statement-breakpoint
CREATE INDEX `annotations_reply` ON `annotations` (`in_reply_to`);