import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`quotes\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`quotes_deleted_at_idx\` ON \`quotes\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`_quotes_v\` ADD \`version_deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_quotes_v_version_version_deleted_at_idx\` ON \`_quotes_v\` (\`version_deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`printed_quotes\` text;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`file_removed_at\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`quotes_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`quotes\` DROP COLUMN \`deleted_at\`;`)
  await db.run(sql`DROP INDEX \`_quotes_v_version_version_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_quotes_v\` DROP COLUMN \`version_deleted_at\`;`)
  await db.run(sql`ALTER TABLE \`publications\` DROP COLUMN \`printed_quotes\`;`)
  await db.run(sql`ALTER TABLE \`publications\` DROP COLUMN \`file_removed_at\`;`)
}
