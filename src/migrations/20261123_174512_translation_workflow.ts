import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`translation_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`user\` text NOT NULL,
  	\`collection\` text NOT NULL,
  	\`doc_id\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`translation_events_at_idx\` ON \`translation_events\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`translation_events_doc_id_idx\` ON \`translation_events\` (\`doc_id\`);`)
  await db.run(sql`CREATE INDEX \`translation_events_updated_at_idx\` ON \`translation_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`translation_events_created_at_idx\` ON \`translation_events\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`guides\` ADD \`minor_edit\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`guides_locales\` ADD \`translation_status\` text DEFAULT 'missing';`)
  await db.run(sql`ALTER TABLE \`guides_locales\` ADD \`translation_source_fingerprint\` text;`)
  await db.run(sql`ALTER TABLE \`guides_locales\` ADD \`translation_source_snapshot\` text;`)
  await db.run(sql`ALTER TABLE \`guides_locales\` ADD \`translation_changed_by\` text;`)
  await db.run(sql`ALTER TABLE \`guides_locales\` ADD \`translation_changed_at\` text;`)
  await db.run(sql`CREATE INDEX \`guides_translation_translation_status_idx\` ON \`guides_locales\` (\`translation_status\`);`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_minor_edit\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_guides_v_locales\` ADD \`version_translation_status\` text DEFAULT 'missing';`)
  await db.run(sql`ALTER TABLE \`_guides_v_locales\` ADD \`version_translation_source_fingerprint\` text;`)
  await db.run(sql`ALTER TABLE \`_guides_v_locales\` ADD \`version_translation_source_snapshot\` text;`)
  await db.run(sql`ALTER TABLE \`_guides_v_locales\` ADD \`version_translation_changed_by\` text;`)
  await db.run(sql`ALTER TABLE \`_guides_v_locales\` ADD \`version_translation_changed_at\` text;`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_translation_version_translation_status_idx\` ON \`_guides_v_locales\` (\`version_translation_status\`);`)
  await db.run(sql`ALTER TABLE \`chapters\` ADD \`minor_edit\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`chapters_locales\` ADD \`translation_status\` text DEFAULT 'missing';`)
  await db.run(sql`ALTER TABLE \`chapters_locales\` ADD \`translation_source_fingerprint\` text;`)
  await db.run(sql`ALTER TABLE \`chapters_locales\` ADD \`translation_source_snapshot\` text;`)
  await db.run(sql`ALTER TABLE \`chapters_locales\` ADD \`translation_changed_by\` text;`)
  await db.run(sql`ALTER TABLE \`chapters_locales\` ADD \`translation_changed_at\` text;`)
  await db.run(sql`CREATE INDEX \`chapters_translation_translation_status_idx\` ON \`chapters_locales\` (\`translation_status\`);`)
  await db.run(sql`ALTER TABLE \`_chapters_v\` ADD \`version_minor_edit\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_chapters_v_locales\` ADD \`version_translation_status\` text DEFAULT 'missing';`)
  await db.run(sql`ALTER TABLE \`_chapters_v_locales\` ADD \`version_translation_source_fingerprint\` text;`)
  await db.run(sql`ALTER TABLE \`_chapters_v_locales\` ADD \`version_translation_source_snapshot\` text;`)
  await db.run(sql`ALTER TABLE \`_chapters_v_locales\` ADD \`version_translation_changed_by\` text;`)
  await db.run(sql`ALTER TABLE \`_chapters_v_locales\` ADD \`version_translation_changed_at\` text;`)
  await db.run(sql`CREATE INDEX \`_chapters_v_version_translation_version_translation_stat_idx\` ON \`_chapters_v_locales\` (\`version_translation_status\`);`)
  await db.run(sql`ALTER TABLE \`quotes\` ADD \`minor_edit\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`quotes_locales\` ADD \`translation_status\` text DEFAULT 'missing';`)
  await db.run(sql`ALTER TABLE \`quotes_locales\` ADD \`translation_source_fingerprint\` text;`)
  await db.run(sql`ALTER TABLE \`quotes_locales\` ADD \`translation_source_snapshot\` text;`)
  await db.run(sql`ALTER TABLE \`quotes_locales\` ADD \`translation_changed_by\` text;`)
  await db.run(sql`ALTER TABLE \`quotes_locales\` ADD \`translation_changed_at\` text;`)
  await db.run(sql`CREATE INDEX \`quotes_translation_translation_status_idx\` ON \`quotes_locales\` (\`translation_status\`);`)
  await db.run(sql`ALTER TABLE \`_quotes_v\` ADD \`version_minor_edit\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_quotes_v_locales\` ADD \`version_translation_status\` text DEFAULT 'missing';`)
  await db.run(sql`ALTER TABLE \`_quotes_v_locales\` ADD \`version_translation_source_fingerprint\` text;`)
  await db.run(sql`ALTER TABLE \`_quotes_v_locales\` ADD \`version_translation_source_snapshot\` text;`)
  await db.run(sql`ALTER TABLE \`_quotes_v_locales\` ADD \`version_translation_changed_by\` text;`)
  await db.run(sql`ALTER TABLE \`_quotes_v_locales\` ADD \`version_translation_changed_at\` text;`)
  await db.run(sql`CREATE INDEX \`_quotes_v_version_translation_version_translation_status_idx\` ON \`_quotes_v_locales\` (\`version_translation_status\`);`)
  await db.run(sql`ALTER TABLE \`exercises\` ADD \`minor_edit\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`exercises_locales\` ADD \`translation_status\` text DEFAULT 'missing';`)
  await db.run(sql`ALTER TABLE \`exercises_locales\` ADD \`translation_source_fingerprint\` text;`)
  await db.run(sql`ALTER TABLE \`exercises_locales\` ADD \`translation_source_snapshot\` text;`)
  await db.run(sql`ALTER TABLE \`exercises_locales\` ADD \`translation_changed_by\` text;`)
  await db.run(sql`ALTER TABLE \`exercises_locales\` ADD \`translation_changed_at\` text;`)
  await db.run(sql`CREATE INDEX \`exercises_translation_translation_status_idx\` ON \`exercises_locales\` (\`translation_status\`);`)
  await db.run(sql`ALTER TABLE \`_exercises_v\` ADD \`version_minor_edit\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_exercises_v_locales\` ADD \`version_translation_status\` text DEFAULT 'missing';`)
  await db.run(sql`ALTER TABLE \`_exercises_v_locales\` ADD \`version_translation_source_fingerprint\` text;`)
  await db.run(sql`ALTER TABLE \`_exercises_v_locales\` ADD \`version_translation_source_snapshot\` text;`)
  await db.run(sql`ALTER TABLE \`_exercises_v_locales\` ADD \`version_translation_changed_by\` text;`)
  await db.run(sql`ALTER TABLE \`_exercises_v_locales\` ADD \`version_translation_changed_at\` text;`)
  await db.run(sql`CREATE INDEX \`_exercises_v_version_translation_version_translation_sta_idx\` ON \`_exercises_v_locales\` (\`version_translation_status\`);`)
  await db.run(sql`ALTER TABLE \`legal_instruments\` ADD \`minor_edit\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`legal_instruments_locales\` ADD \`translation_status\` text DEFAULT 'missing';`)
  await db.run(sql`ALTER TABLE \`legal_instruments_locales\` ADD \`translation_source_fingerprint\` text;`)
  await db.run(sql`ALTER TABLE \`legal_instruments_locales\` ADD \`translation_source_snapshot\` text;`)
  await db.run(sql`ALTER TABLE \`legal_instruments_locales\` ADD \`translation_changed_by\` text;`)
  await db.run(sql`ALTER TABLE \`legal_instruments_locales\` ADD \`translation_changed_at\` text;`)
  await db.run(sql`CREATE INDEX \`legal_instruments_translation_translation_status_idx\` ON \`legal_instruments_locales\` (\`translation_status\`);`)
  await db.run(sql`ALTER TABLE \`glossary_terms\` ADD \`minor_edit\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`glossary_terms_locales\` ADD \`translation_status\` text DEFAULT 'missing';`)
  await db.run(sql`ALTER TABLE \`glossary_terms_locales\` ADD \`translation_source_fingerprint\` text;`)
  await db.run(sql`ALTER TABLE \`glossary_terms_locales\` ADD \`translation_source_snapshot\` text;`)
  await db.run(sql`ALTER TABLE \`glossary_terms_locales\` ADD \`translation_changed_by\` text;`)
  await db.run(sql`ALTER TABLE \`glossary_terms_locales\` ADD \`translation_changed_at\` text;`)
  await db.run(sql`CREATE INDEX \`glossary_terms_translation_translation_status_idx\` ON \`glossary_terms_locales\` (\`translation_status\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`minor_edit\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`media_locales\` ADD \`translation_status\` text DEFAULT 'missing';`)
  await db.run(sql`ALTER TABLE \`media_locales\` ADD \`translation_source_fingerprint\` text;`)
  await db.run(sql`ALTER TABLE \`media_locales\` ADD \`translation_source_snapshot\` text;`)
  await db.run(sql`ALTER TABLE \`media_locales\` ADD \`translation_changed_by\` text;`)
  await db.run(sql`ALTER TABLE \`media_locales\` ADD \`translation_changed_at\` text;`)
  await db.run(sql`CREATE INDEX \`media_translation_translation_status_idx\` ON \`media_locales\` (\`translation_status\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`translation_events_id\` integer REFERENCES translation_events(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_translation_events_id_idx\` ON \`payload_locked_documents_rels\` (\`translation_events_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`translation_events\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	\`publications_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guides_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`chapters_id\`) REFERENCES \`chapters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`quotes_id\`) REFERENCES \`quotes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`exercises_id\`) REFERENCES \`exercises\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_instruments_id\`) REFERENCES \`legal_instruments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`glossary_terms_id\`) REFERENCES \`glossary_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "guides_id", "chapters_id", "quotes_id", "exercises_id", "legal_instruments_id", "glossary_terms_id", "media_id", "publications_id", "users_id") SELECT "id", "order", "parent_id", "path", "guides_id", "chapters_id", "quotes_id", "exercises_id", "legal_instruments_id", "glossary_terms_id", "media_id", "publications_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_publications_id_idx\` ON \`payload_locked_documents_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`DROP INDEX \`guides_translation_translation_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`guides_locales\` DROP COLUMN \`translation_status\`;`)
  await db.run(sql`ALTER TABLE \`guides_locales\` DROP COLUMN \`translation_source_fingerprint\`;`)
  await db.run(sql`ALTER TABLE \`guides_locales\` DROP COLUMN \`translation_source_snapshot\`;`)
  await db.run(sql`ALTER TABLE \`guides_locales\` DROP COLUMN \`translation_changed_by\`;`)
  await db.run(sql`ALTER TABLE \`guides_locales\` DROP COLUMN \`translation_changed_at\`;`)
  await db.run(sql`DROP INDEX \`_guides_v_version_translation_version_translation_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v_locales\` DROP COLUMN \`version_translation_status\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v_locales\` DROP COLUMN \`version_translation_source_fingerprint\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v_locales\` DROP COLUMN \`version_translation_source_snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v_locales\` DROP COLUMN \`version_translation_changed_by\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v_locales\` DROP COLUMN \`version_translation_changed_at\`;`)
  await db.run(sql`DROP INDEX \`chapters_translation_translation_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`chapters_locales\` DROP COLUMN \`translation_status\`;`)
  await db.run(sql`ALTER TABLE \`chapters_locales\` DROP COLUMN \`translation_source_fingerprint\`;`)
  await db.run(sql`ALTER TABLE \`chapters_locales\` DROP COLUMN \`translation_source_snapshot\`;`)
  await db.run(sql`ALTER TABLE \`chapters_locales\` DROP COLUMN \`translation_changed_by\`;`)
  await db.run(sql`ALTER TABLE \`chapters_locales\` DROP COLUMN \`translation_changed_at\`;`)
  await db.run(sql`DROP INDEX \`_chapters_v_version_translation_version_translation_stat_idx\`;`)
  await db.run(sql`ALTER TABLE \`_chapters_v_locales\` DROP COLUMN \`version_translation_status\`;`)
  await db.run(sql`ALTER TABLE \`_chapters_v_locales\` DROP COLUMN \`version_translation_source_fingerprint\`;`)
  await db.run(sql`ALTER TABLE \`_chapters_v_locales\` DROP COLUMN \`version_translation_source_snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_chapters_v_locales\` DROP COLUMN \`version_translation_changed_by\`;`)
  await db.run(sql`ALTER TABLE \`_chapters_v_locales\` DROP COLUMN \`version_translation_changed_at\`;`)
  await db.run(sql`DROP INDEX \`quotes_translation_translation_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`quotes_locales\` DROP COLUMN \`translation_status\`;`)
  await db.run(sql`ALTER TABLE \`quotes_locales\` DROP COLUMN \`translation_source_fingerprint\`;`)
  await db.run(sql`ALTER TABLE \`quotes_locales\` DROP COLUMN \`translation_source_snapshot\`;`)
  await db.run(sql`ALTER TABLE \`quotes_locales\` DROP COLUMN \`translation_changed_by\`;`)
  await db.run(sql`ALTER TABLE \`quotes_locales\` DROP COLUMN \`translation_changed_at\`;`)
  await db.run(sql`DROP INDEX \`_quotes_v_version_translation_version_translation_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`_quotes_v_locales\` DROP COLUMN \`version_translation_status\`;`)
  await db.run(sql`ALTER TABLE \`_quotes_v_locales\` DROP COLUMN \`version_translation_source_fingerprint\`;`)
  await db.run(sql`ALTER TABLE \`_quotes_v_locales\` DROP COLUMN \`version_translation_source_snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_quotes_v_locales\` DROP COLUMN \`version_translation_changed_by\`;`)
  await db.run(sql`ALTER TABLE \`_quotes_v_locales\` DROP COLUMN \`version_translation_changed_at\`;`)
  await db.run(sql`DROP INDEX \`exercises_translation_translation_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`exercises_locales\` DROP COLUMN \`translation_status\`;`)
  await db.run(sql`ALTER TABLE \`exercises_locales\` DROP COLUMN \`translation_source_fingerprint\`;`)
  await db.run(sql`ALTER TABLE \`exercises_locales\` DROP COLUMN \`translation_source_snapshot\`;`)
  await db.run(sql`ALTER TABLE \`exercises_locales\` DROP COLUMN \`translation_changed_by\`;`)
  await db.run(sql`ALTER TABLE \`exercises_locales\` DROP COLUMN \`translation_changed_at\`;`)
  await db.run(sql`DROP INDEX \`_exercises_v_version_translation_version_translation_sta_idx\`;`)
  await db.run(sql`ALTER TABLE \`_exercises_v_locales\` DROP COLUMN \`version_translation_status\`;`)
  await db.run(sql`ALTER TABLE \`_exercises_v_locales\` DROP COLUMN \`version_translation_source_fingerprint\`;`)
  await db.run(sql`ALTER TABLE \`_exercises_v_locales\` DROP COLUMN \`version_translation_source_snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_exercises_v_locales\` DROP COLUMN \`version_translation_changed_by\`;`)
  await db.run(sql`ALTER TABLE \`_exercises_v_locales\` DROP COLUMN \`version_translation_changed_at\`;`)
  await db.run(sql`DROP INDEX \`legal_instruments_translation_translation_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`legal_instruments_locales\` DROP COLUMN \`translation_status\`;`)
  await db.run(sql`ALTER TABLE \`legal_instruments_locales\` DROP COLUMN \`translation_source_fingerprint\`;`)
  await db.run(sql`ALTER TABLE \`legal_instruments_locales\` DROP COLUMN \`translation_source_snapshot\`;`)
  await db.run(sql`ALTER TABLE \`legal_instruments_locales\` DROP COLUMN \`translation_changed_by\`;`)
  await db.run(sql`ALTER TABLE \`legal_instruments_locales\` DROP COLUMN \`translation_changed_at\`;`)
  await db.run(sql`DROP INDEX \`glossary_terms_translation_translation_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`glossary_terms_locales\` DROP COLUMN \`translation_status\`;`)
  await db.run(sql`ALTER TABLE \`glossary_terms_locales\` DROP COLUMN \`translation_source_fingerprint\`;`)
  await db.run(sql`ALTER TABLE \`glossary_terms_locales\` DROP COLUMN \`translation_source_snapshot\`;`)
  await db.run(sql`ALTER TABLE \`glossary_terms_locales\` DROP COLUMN \`translation_changed_by\`;`)
  await db.run(sql`ALTER TABLE \`glossary_terms_locales\` DROP COLUMN \`translation_changed_at\`;`)
  await db.run(sql`DROP INDEX \`media_translation_translation_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`media_locales\` DROP COLUMN \`translation_status\`;`)
  await db.run(sql`ALTER TABLE \`media_locales\` DROP COLUMN \`translation_source_fingerprint\`;`)
  await db.run(sql`ALTER TABLE \`media_locales\` DROP COLUMN \`translation_source_snapshot\`;`)
  await db.run(sql`ALTER TABLE \`media_locales\` DROP COLUMN \`translation_changed_by\`;`)
  await db.run(sql`ALTER TABLE \`media_locales\` DROP COLUMN \`translation_changed_at\`;`)
  await db.run(sql`ALTER TABLE \`guides\` DROP COLUMN \`minor_edit\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` DROP COLUMN \`version_minor_edit\`;`)
  await db.run(sql`ALTER TABLE \`chapters\` DROP COLUMN \`minor_edit\`;`)
  await db.run(sql`ALTER TABLE \`_chapters_v\` DROP COLUMN \`version_minor_edit\`;`)
  await db.run(sql`ALTER TABLE \`quotes\` DROP COLUMN \`minor_edit\`;`)
  await db.run(sql`ALTER TABLE \`_quotes_v\` DROP COLUMN \`version_minor_edit\`;`)
  await db.run(sql`ALTER TABLE \`exercises\` DROP COLUMN \`minor_edit\`;`)
  await db.run(sql`ALTER TABLE \`_exercises_v\` DROP COLUMN \`version_minor_edit\`;`)
  await db.run(sql`ALTER TABLE \`legal_instruments\` DROP COLUMN \`minor_edit\`;`)
  await db.run(sql`ALTER TABLE \`glossary_terms\` DROP COLUMN \`minor_edit\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`minor_edit\`;`)
}
