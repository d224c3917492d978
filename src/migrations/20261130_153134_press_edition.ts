import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`guides\` ADD \`press_edition\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_press_edition\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`press\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`guides\` DROP COLUMN \`press_edition\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` DROP COLUMN \`version_press_edition\`;`)
  await db.run(sql`ALTER TABLE \`publications\` DROP COLUMN \`press\`;`)
}
