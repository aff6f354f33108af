CREATE TABLE `assignments` (
	`id` text PRIMARY KEY NOT NULL,
	`seminar_id` text NOT NULL,
	`title` text NOT NULL,
	`prompt` text NOT NULL,
	`prompt_text` text NOT NULL,
	`compare_query` text,
	`provisions` text,
	`opens_at` text NOT NULL,
	`due_at` text NOT NULL,
	`peers_after_posting` integer DEFAULT false NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`seminar_id`) REFERENCES `seminars`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assignments_seminar` ON `assignments` (`seminar_id`);--> statement-breakpoint
CREATE TABLE `seminar_members` (
	`seminar_id` text NOT NULL,
	`user_id` text NOT NULL,
	`role` text NOT NULL,
	`joined_at` text NOT NULL,
	`removed_at` text,
	PRIMARY KEY(`seminar_id`, `user_id`),
	FOREIGN KEY (`seminar_id`) REFERENCES `seminars`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `seminar_members_user` ON `seminar_members` (`user_id`);--> statement-breakpoint
CREATE TABLE `seminars` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`term` text DEFAULT '' NOT NULL,
	`join_code` text,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `seminars_join_code_unique` ON `seminars` (`join_code`);--> statement-breakpoint
ALTER TABLE `annotations` ADD `assignment_id` text;--> statement-breakpoint
CREATE INDEX `annotations_assignment` ON `annotations` (`assignment_id`);--> statement-breakpoint
CREATE INDEX `annotations_seminar` ON `annotations` (`seminar_id`);