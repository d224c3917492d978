import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`guides\` ADD \`colophon_licence\` text DEFAULT 'cc-by-nc-4.0';`)
  await db.run(sql`ALTER TABLE \`guides\` ADD \`colophon_copyright_holder\` text;`)
  await db.run(sql`ALTER TABLE \`guides_locales\` ADD \`colophon_funding\` text;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_colophon_licence\` text DEFAULT 'cc-by-nc-4.0';`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_colophon_copyright_holder\` text;`)
  await db.run(sql`ALTER TABLE \`_guides_v_locales\` ADD \`version_colophon_funding\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`guides\` DROP COLUMN \`colophon_licence\`;`)
  await db.run(sql`ALTER TABLE \`guides\` DROP COLUMN \`colophon_copyright_holder\`;`)
  await db.run(sql`ALTER TABLE \`guides_locales\` DROP COLUMN \`colophon_funding\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` DROP COLUMN \`version_colophon_licence\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` DROP COLUMN \`version_colophon_copyright_holder\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v_locales\` DROP COLUMN \`version_colophon_funding\`;`)
}
