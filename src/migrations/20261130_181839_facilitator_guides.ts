import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`facilitator_guides\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`guide_id\` integer,
  	\`minor_edit\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`guide_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`facilitator_guides_slug_idx\` ON \`facilitator_guides\` (\`slug\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`facilitator_guides_guide_idx\` ON \`facilitator_guides\` (\`guide_id\`);`)
  await db.run(sql`CREATE INDEX \`facilitator_guides_updated_at_idx\` ON \`facilitator_guides\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`facilitator_guides_created_at_idx\` ON \`facilitator_guides\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`facilitator_guides__status_idx\` ON \`facilitator_guides\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`facilitator_guides_locales\` (
  	\`title\` text,
  	\`introduction\` text,
  	\`translation_status\` text DEFAULT 'missing',
  	\`translation_source_fingerprint\` text,
  	\`translation_source_snapshot\` text,
  	\`translation_changed_by\` text,
  	\`translation_changed_at\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`facilitator_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`facilitator_guides_translation_translation_status_idx\` ON \`facilitator_guides_locales\` (\`translation_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`facilitator_guides_locales_locale_parent_id_unique\` ON \`facilitator_guides_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_facilitator_guides_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_guide_id\` integer,
  	\`version_minor_edit\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`facilitator_guides\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_guide_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_facilitator_guides_v_parent_idx\` ON \`_facilitator_guides_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_facilitator_guides_v_version_version_slug_idx\` ON \`_facilitator_guides_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_facilitator_guides_v_version_version_guide_idx\` ON \`_facilitator_guides_v\` (\`version_guide_id\`);`)
  await db.run(sql`CREATE INDEX \`_facilitator_guides_v_version_version_updated_at_idx\` ON \`_facilitator_guides_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_facilitator_guides_v_version_version_created_at_idx\` ON \`_facilitator_guides_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_facilitator_guides_v_version_version__status_idx\` ON \`_facilitator_guides_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_facilitator_guides_v_created_at_idx\` ON \`_facilitator_guides_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_facilitator_guides_v_updated_at_idx\` ON \`_facilitator_guides_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_facilitator_guides_v_snapshot_idx\` ON \`_facilitator_guides_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_facilitator_guides_v_published_locale_idx\` ON \`_facilitator_guides_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_facilitator_guides_v_latest_idx\` ON \`_facilitator_guides_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_facilitator_guides_v_locales\` (
  	\`version_title\` text,
  	\`version_introduction\` text,
  	\`version_translation_status\` text DEFAULT 'missing',
  	\`version_translation_source_fingerprint\` text,
  	\`version_translation_source_snapshot\` text,
  	\`version_translation_changed_by\` text,
  	\`version_translation_changed_at\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_facilitator_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_facilitator_guides_v_version_translation_version_transl_idx\` ON \`_facilitator_guides_v_locales\` (\`version_translation_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_facilitator_guides_v_locales_locale_parent_id_unique\` ON \`_facilitator_guides_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`training_sessions_objectives\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`training_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`training_sessions_objectives_order_idx\` ON \`training_sessions_objectives\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`training_sessions_objectives_parent_id_idx\` ON \`training_sessions_objectives\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`training_sessions_objectives_locales\` (
  	\`objective\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`training_sessions_objectives\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`training_sessions_objectives_locales_locale_parent_id_unique\` ON \`training_sessions_objectives_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`training_sessions_activities_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`training_sessions_activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`training_sessions_activities_steps_order_idx\` ON \`training_sessions_activities_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`training_sessions_activities_steps_parent_id_idx\` ON \`training_sessions_activities_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`training_sessions_activities_steps_locales\` (
  	\`step\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`training_sessions_activities_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`training_sessions_activities_steps_locales_locale_parent_id_\` ON \`training_sessions_activities_steps_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`training_sessions_activities_draws_on_parts\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`training_sessions_activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`training_sessions_activities_draws_on_parts_order_idx\` ON \`training_sessions_activities_draws_on_parts\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`training_sessions_activities_draws_on_parts_parent_idx\` ON \`training_sessions_activities_draws_on_parts\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`training_sessions_activities\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`method\` text,
  	\`minutes\` numeric,
  	\`draws_on_exercise_id\` integer,
  	\`draws_on_case_study_id\` integer,
  	\`handout\` text DEFAULT 'none',
  	FOREIGN KEY (\`draws_on_exercise_id\`) REFERENCES \`exercises\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`draws_on_case_study_id\`) REFERENCES \`case_studies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`training_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`training_sessions_activities_order_idx\` ON \`training_sessions_activities\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`training_sessions_activities_parent_id_idx\` ON \`training_sessions_activities\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`training_sessions_activities_draws_on_draws_on_exercise_idx\` ON \`training_sessions_activities\` (\`draws_on_exercise_id\`);`)
  await db.run(sql`CREATE INDEX \`training_sessions_activities_draws_on_draws_on_case_stud_idx\` ON \`training_sessions_activities\` (\`draws_on_case_study_id\`);`)
  await db.run(sql`CREATE TABLE \`training_sessions_activities_locales\` (
  	\`title\` text,
  	\`facilitator_notes\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`training_sessions_activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`training_sessions_activities_locales_locale_parent_id_unique\` ON \`training_sessions_activities_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`training_sessions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`facilitator_guide_id\` integer,
  	\`order\` numeric,
  	\`duration_minutes\` numeric,
  	\`group_size_min\` numeric,
  	\`group_size_max\` numeric,
  	\`minor_edit\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`facilitator_guide_id\`) REFERENCES \`facilitator_guides\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`training_sessions_slug_idx\` ON \`training_sessions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`training_sessions_facilitator_guide_idx\` ON \`training_sessions\` (\`facilitator_guide_id\`);`)
  await db.run(sql`CREATE INDEX \`training_sessions_order_idx\` ON \`training_sessions\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`training_sessions_updated_at_idx\` ON \`training_sessions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`training_sessions_created_at_idx\` ON \`training_sessions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`training_sessions__status_idx\` ON \`training_sessions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`training_sessions_locales\` (
  	\`title\` text,
  	\`participants\` text,
  	\`materials\` text,
  	\`room_setup\` text,
  	\`preparation\` text,
  	\`translation_status\` text DEFAULT 'missing',
  	\`translation_source_fingerprint\` text,
  	\`translation_source_snapshot\` text,
  	\`translation_changed_by\` text,
  	\`translation_changed_at\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`training_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`training_sessions_translation_translation_status_idx\` ON \`training_sessions_locales\` (\`translation_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`training_sessions_locales_locale_parent_id_unique\` ON \`training_sessions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`training_sessions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`quotes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`training_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`quotes_id\`) REFERENCES \`quotes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`training_sessions_rels_order_idx\` ON \`training_sessions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`training_sessions_rels_parent_idx\` ON \`training_sessions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`training_sessions_rels_path_idx\` ON \`training_sessions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`training_sessions_rels_quotes_id_idx\` ON \`training_sessions_rels\` (\`quotes_id\`);`)
  await db.run(sql`CREATE TABLE \`_training_sessions_v_version_objectives\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_training_sessions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_training_sessions_v_version_objectives_order_idx\` ON \`_training_sessions_v_version_objectives\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_training_sessions_v_version_objectives_parent_id_idx\` ON \`_training_sessions_v_version_objectives\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_training_sessions_v_version_objectives_locales\` (
  	\`objective\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_training_sessions_v_version_objectives\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_training_sessions_v_version_objectives_locales_locale_paren\` ON \`_training_sessions_v_version_objectives_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_training_sessions_v_version_activities_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_training_sessions_v_version_activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_training_sessions_v_version_activities_steps_order_idx\` ON \`_training_sessions_v_version_activities_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_training_sessions_v_version_activities_steps_parent_id_idx\` ON \`_training_sessions_v_version_activities_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_training_sessions_v_version_activities_steps_locales\` (
  	\`step\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_training_sessions_v_version_activities_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_training_sessions_v_version_activities_steps_locales_locale\` ON \`_training_sessions_v_version_activities_steps_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_training_sessions_v_version_activities_draws_on_parts\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_training_sessions_v_version_activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_training_sessions_v_version_activities_draws_on_parts_order_idx\` ON \`_training_sessions_v_version_activities_draws_on_parts\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_training_sessions_v_version_activities_draws_on_parts_parent_idx\` ON \`_training_sessions_v_version_activities_draws_on_parts\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_training_sessions_v_version_activities\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`method\` text,
  	\`minutes\` numeric,
  	\`draws_on_exercise_id\` integer,
  	\`draws_on_case_study_id\` integer,
  	\`handout\` text DEFAULT 'none',
  	\`_uuid\` text,
  	FOREIGN KEY (\`draws_on_exercise_id\`) REFERENCES \`exercises\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`draws_on_case_study_id\`) REFERENCES \`case_studies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_training_sessions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_training_sessions_v_version_activities_order_idx\` ON \`_training_sessions_v_version_activities\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_training_sessions_v_version_activities_parent_id_idx\` ON \`_training_sessions_v_version_activities\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_training_sessions_v_version_activities_draws_on_draws_o_idx\` ON \`_training_sessions_v_version_activities\` (\`draws_on_exercise_id\`);`)
  await db.run(sql`CREATE INDEX \`_training_sessions_v_version_activities_draws_on_draws_1_idx\` ON \`_training_sessions_v_version_activities\` (\`draws_on_case_study_id\`);`)
  await db.run(sql`CREATE TABLE \`_training_sessions_v_version_activities_locales\` (
  	\`title\` text,
  	\`facilitator_notes\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_training_sessions_v_version_activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_training_sessions_v_version_activities_locales_locale_paren\` ON \`_training_sessions_v_version_activities_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_training_sessions_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_facilitator_guide_id\` integer,
  	\`version_order\` numeric,
  	\`version_duration_minutes\` numeric,
  	\`version_group_size_min\` numeric,
  	\`version_group_size_max\` numeric,
  	\`version_minor_edit\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`training_sessions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_facilitator_guide_id\`) REFERENCES \`facilitator_guides\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_training_sessions_v_parent_idx\` ON \`_training_sessions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_training_sessions_v_version_version_slug_idx\` ON \`_training_sessions_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_training_sessions_v_version_version_facilitator_guide_idx\` ON \`_training_sessions_v\` (\`version_facilitator_guide_id\`);`)
  await db.run(sql`CREATE INDEX \`_training_sessions_v_version_version_order_idx\` ON \`_training_sessions_v\` (\`version_order\`);`)
  await db.run(sql`CREATE INDEX \`_training_sessions_v_version_version_updated_at_idx\` ON \`_training_sessions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_training_sessions_v_version_version_created_at_idx\` ON \`_training_sessions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_training_sessions_v_version_version__status_idx\` ON \`_training_sessions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_training_sessions_v_created_at_idx\` ON \`_training_sessions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_training_sessions_v_updated_at_idx\` ON \`_training_sessions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_training_sessions_v_snapshot_idx\` ON \`_training_sessions_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_training_sessions_v_published_locale_idx\` ON \`_training_sessions_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_training_sessions_v_latest_idx\` ON \`_training_sessions_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_training_sessions_v_locales\` (
  	\`version_title\` text,
  	\`version_participants\` text,
  	\`version_materials\` text,
  	\`version_room_setup\` text,
  	\`version_preparation\` text,
  	\`version_translation_status\` text DEFAULT 'missing',
  	\`version_translation_source_fingerprint\` text,
  	\`version_translation_source_snapshot\` text,
  	\`version_translation_changed_by\` text,
  	\`version_translation_changed_at\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_training_sessions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_training_sessions_v_version_translation_version_transla_idx\` ON \`_training_sessions_v_locales\` (\`version_translation_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_training_sessions_v_locales_locale_parent_id_unique\` ON \`_training_sessions_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_training_sessions_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`quotes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_training_sessions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`quotes_id\`) REFERENCES \`quotes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_training_sessions_v_rels_order_idx\` ON \`_training_sessions_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_training_sessions_v_rels_parent_idx\` ON \`_training_sessions_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_training_sessions_v_rels_path_idx\` ON \`_training_sessions_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_training_sessions_v_rels_quotes_id_idx\` ON \`_training_sessions_v_rels\` (\`quotes_id\`);`)
  await db.run(sql`CREATE TABLE \`case_studies_questions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`case_studies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`case_studies_questions_order_idx\` ON \`case_studies_questions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_questions_parent_id_idx\` ON \`case_studies_questions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`case_studies_questions_locales\` (
  	\`question\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`case_studies_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`case_studies_questions_locales_locale_parent_id_unique\` ON \`case_studies_questions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`case_studies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`minor_edit\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`case_studies_slug_idx\` ON \`case_studies\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_updated_at_idx\` ON \`case_studies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_created_at_idx\` ON \`case_studies\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`case_studies__status_idx\` ON \`case_studies\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`case_studies_locales\` (
  	\`title\` text,
  	\`story\` text,
  	\`translation_status\` text DEFAULT 'missing',
  	\`translation_source_fingerprint\` text,
  	\`translation_source_snapshot\` text,
  	\`translation_changed_by\` text,
  	\`translation_changed_at\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`case_studies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`case_studies_translation_translation_status_idx\` ON \`case_studies_locales\` (\`translation_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`case_studies_locales_locale_parent_id_unique\` ON \`case_studies_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_case_studies_v_version_questions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_case_studies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_case_studies_v_version_questions_order_idx\` ON \`_case_studies_v_version_questions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_version_questions_parent_id_idx\` ON \`_case_studies_v_version_questions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_case_studies_v_version_questions_locales\` (
  	\`question\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_case_studies_v_version_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_case_studies_v_version_questions_locales_locale_parent_id_u\` ON \`_case_studies_v_version_questions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_case_studies_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_minor_edit\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`case_studies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_case_studies_v_parent_idx\` ON \`_case_studies_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_version_version_slug_idx\` ON \`_case_studies_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_version_version_updated_at_idx\` ON \`_case_studies_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_version_version_created_at_idx\` ON \`_case_studies_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_version_version__status_idx\` ON \`_case_studies_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_created_at_idx\` ON \`_case_studies_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_updated_at_idx\` ON \`_case_studies_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_snapshot_idx\` ON \`_case_studies_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_published_locale_idx\` ON \`_case_studies_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_latest_idx\` ON \`_case_studies_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_case_studies_v_locales\` (
  	\`version_title\` text,
  	\`version_story\` text,
  	\`version_translation_status\` text DEFAULT 'missing',
  	\`version_translation_source_fingerprint\` text,
  	\`version_translation_source_snapshot\` text,
  	\`version_translation_changed_by\` text,
  	\`version_translation_changed_at\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_case_studies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_case_studies_v_version_translation_version_translation__idx\` ON \`_case_studies_v_locales\` (\`version_translation_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_case_studies_v_locales_locale_parent_id_unique\` ON \`_case_studies_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`kind\` text DEFAULT 'guide' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`facilitator_guide_id\` integer REFERENCES facilitator_guides(id);`)
  await db.run(sql`CREATE INDEX \`publications_kind_idx\` ON \`publications\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`publications_facilitator_guide_idx\` ON \`publications\` (\`facilitator_guide_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`facilitator_guides_id\` integer REFERENCES facilitator_guides(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`training_sessions_id\` integer REFERENCES training_sessions(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`case_studies_id\` integer REFERENCES case_studies(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_facilitator_guides_id_idx\` ON \`payload_locked_documents_rels\` (\`facilitator_guides_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_training_sessions_id_idx\` ON \`payload_locked_documents_rels\` (\`training_sessions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_case_studies_id_idx\` ON \`payload_locked_documents_rels\` (\`case_studies_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`facilitator_guides\`;`)
  await db.run(sql`DROP TABLE \`facilitator_guides_locales\`;`)
  await db.run(sql`DROP TABLE \`_facilitator_guides_v\`;`)
  await db.run(sql`DROP TABLE \`_facilitator_guides_v_locales\`;`)
  await db.run(sql`DROP TABLE \`training_sessions_objectives\`;`)
  await db.run(sql`DROP TABLE \`training_sessions_objectives_locales\`;`)
  await db.run(sql`DROP TABLE \`training_sessions_activities_steps\`;`)
  await db.run(sql`DROP TABLE \`training_sessions_activities_steps_locales\`;`)
  await db.run(sql`DROP TABLE \`training_sessions_activities_draws_on_parts\`;`)
  await db.run(sql`DROP TABLE \`training_sessions_activities\`;`)
  await db.run(sql`DROP TABLE \`training_sessions_activities_locales\`;`)
  await db.run(sql`DROP TABLE \`training_sessions\`;`)
  await db.run(sql`DROP TABLE \`training_sessions_locales\`;`)
  await db.run(sql`DROP TABLE \`training_sessions_rels\`;`)
  await db.run(sql`DROP TABLE \`_training_sessions_v_version_objectives\`;`)
  await db.run(sql`DROP TABLE \`_training_sessions_v_version_objectives_locales\`;`)
  await db.run(sql`DROP TABLE \`_training_sessions_v_version_activities_steps\`;`)
  await db.run(sql`DROP TABLE \`_training_sessions_v_version_activities_steps_locales\`;`)
  await db.run(sql`DROP TABLE \`_training_sessions_v_version_activities_draws_on_parts\`;`)
  await db.run(sql`DROP TABLE \`_training_sessions_v_version_activities\`;`)
  await db.run(sql`DROP TABLE \`_training_sessions_v_version_activities_locales\`;`)
  await db.run(sql`DROP TABLE \`_training_sessions_v\`;`)
  await db.run(sql`DROP TABLE \`_training_sessions_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_training_sessions_v_rels\`;`)
  await db.run(sql`DROP TABLE \`case_studies_questions\`;`)
  await db.run(sql`DROP TABLE \`case_studies_questions_locales\`;`)
  await db.run(sql`DROP TABLE \`case_studies\`;`)
  await db.run(sql`DROP TABLE \`case_studies_locales\`;`)
  await db.run(sql`DROP TABLE \`_case_studies_v_version_questions\`;`)
  await db.run(sql`DROP TABLE \`_case_studies_v_version_questions_locales\`;`)
  await db.run(sql`DROP TABLE \`_case_studies_v\`;`)
  await db.run(sql`DROP TABLE \`_case_studies_v_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_publications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`guide_id\` integer,
  	\`locale\` text NOT NULL,
  	\`edition\` text,
  	\`status\` text NOT NULL,
  	\`file_name\` text,
  	\`url\` text,
  	\`sha256\` text,
  	\`bytes\` numeric,
  	\`pages\` numeric,
  	\`toc_pages\` text,
  	\`content_hash\` text,
  	\`printed_quotes\` text,
  	\`press\` text,
  	\`file_removed_at\` text,
  	\`build_seconds\` numeric,
  	\`built_at\` text NOT NULL,
  	\`translation_complete\` integer DEFAULT false,
  	\`fallback_count\` numeric DEFAULT 0,
  	\`untranslated\` text,
  	\`warnings\` text,
  	\`error\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`guide_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_publications\`("id", "guide_id", "locale", "edition", "status", "file_name", "url", "sha256", "bytes", "pages", "toc_pages", "content_hash", "printed_quotes", "press", "file_removed_at", "build_seconds", "built_at", "translation_complete", "fallback_count", "untranslated", "warnings", "error", "updated_at", "created_at") SELECT "id", "guide_id", "locale", "edition", "status", "file_name", "url", "sha256", "bytes", "pages", "toc_pages", "content_hash", "printed_quotes", "press", "file_removed_at", "build_seconds", "built_at", "translation_complete", "fallback_count", "untranslated", "warnings", "error", "updated_at", "created_at" FROM \`publications\`;`)
  await db.run(sql`DROP TABLE \`publications\`;`)
  await db.run(sql`ALTER TABLE \`__new_publications\` RENAME TO \`publications\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`publications_guide_idx\` ON \`publications\` (\`guide_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_locale_idx\` ON \`publications\` (\`locale\`);`)
  await db.run(sql`CREATE INDEX \`publications_status_idx\` ON \`publications\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`publications_content_hash_idx\` ON \`publications\` (\`content_hash\`);`)
  await db.run(sql`CREATE INDEX \`publications_updated_at_idx\` ON \`publications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`publications_created_at_idx\` ON \`publications\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`guides_id\` integer,
  	\`chapters_id\` integer,
  	\`quotes_id\` integer,
  	\`exercises_id\` integer,
  	\`legal_instruments_id\` integer,
  	\`glossary_terms_id\` integer,
  	\`media_id\` integer,
  	\`services_id\` integer,
  	\`publications_id\` integer,
  	\`directory_editions_id\` integer,
  	\`delivery_snapshots_id\` integer,
  	\`webhook_endpoints_id\` integer,
  	\`webhook_deliveries_id\` integer,
  	\`users_id\` integer,
  	\`translation_events_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guides_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`chapters_id\`) REFERENCES \`chapters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`quotes_id\`) REFERENCES \`quotes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`exercises_id\`) REFERENCES \`exercises\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_instruments_id\`) REFERENCES \`legal_instruments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`glossary_terms_id\`) REFERENCES \`glossary_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`directory_editions_id\`) REFERENCES \`directory_editions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`delivery_snapshots_id\`) REFERENCES \`delivery_snapshots\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_endpoints_id\`) REFERENCES \`webhook_endpoints\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_deliveries_id\`) REFERENCES \`webhook_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`translation_events_id\`) REFERENCES \`translation_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "guides_id", "chapters_id", "quotes_id", "exercises_id", "legal_instruments_id", "glossary_terms_id", "media_id", "services_id", "publications_id", "directory_editions_id", "delivery_snapshots_id", "webhook_endpoints_id", "webhook_deliveries_id", "users_id", "translation_events_id") SELECT "id", "order", "parent_id", "path", "guides_id", "chapters_id", "quotes_id", "exercises_id", "legal_instruments_id", "glossary_terms_id", "media_id", "services_id", "publications_id", "directory_editions_id", "delivery_snapshots_id", "webhook_endpoints_id", "webhook_deliveries_id", "users_id", "translation_events_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_guides_id_idx\` ON \`payload_locked_documents_rels\` (\`guides_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_chapters_id_idx\` ON \`payload_locked_documents_rels\` (\`chapters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_quotes_id_idx\` ON \`payload_locked_documents_rels\` (\`quotes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_exercises_id_idx\` ON \`payload_locked_documents_rels\` (\`exercises_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_legal_instruments_id_idx\` ON \`payload_locked_documents_rels\` (\`legal_instruments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_glossary_terms_id_idx\` ON \`payload_locked_documents_rels\` (\`glossary_terms_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_services_id_idx\` ON \`payload_locked_documents_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_publications_id_idx\` ON \`payload_locked_documents_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_directory_editions_id_idx\` ON \`payload_locked_documents_rels\` (\`directory_editions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_delivery_snapshots_id_idx\` ON \`payload_locked_documents_rels\` (\`delivery_snapshots_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_endpoints_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_endpoints_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_translation_events_id_idx\` ON \`payload_locked_documents_rels\` (\`translation_events_id\`);`)
}
