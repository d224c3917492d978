import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// A media item's credit becomes translatable and a figure gets a key. The credit written so far is
// the English one: it is copied into the English row before the shared column goes, so none is lost.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media_locales\` ADD \`credit\` text;`)
  await db.run(sql`ALTER TABLE \`media_locales\` ADD \`key\` text;`)
  await db.run(sql`UPDATE \`media_locales\` SET \`credit\` = (SELECT \`credit\` FROM \`media\` WHERE \`media\`.\`id\` = \`media_locales\`.\`_parent_id\`) WHERE \`_locale\` = 'en';`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`credit\`;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`credit\` text;`)
  await db.run(sql`UPDATE \`media\` SET \`credit\` = (SELECT \`credit\` FROM \`media_locales\` WHERE \`media_locales\`.\`_parent_id\` = \`media\`.\`id\` AND \`_locale\` = 'en');`)
  await db.run(sql`ALTER TABLE \`media_locales\` DROP COLUMN \`credit\`;`)
  await db.run(sql`ALTER TABLE \`media_locales\` DROP COLUMN \`key\`;`)
}
