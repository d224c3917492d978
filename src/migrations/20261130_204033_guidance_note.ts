import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`guides\` ADD \`kind\` text DEFAULT 'practitioner-guide';`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_kind\` text DEFAULT 'practitioner-guide';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`guides\` DROP COLUMN \`kind\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` DROP COLUMN \`version_kind\`;`)
}
