// The demo accounts' password: generated once per installation and kept beside the database,
// so no shared default password ever guards a real server.
import { randomBytes } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Env } from '../env'

export async function demoPassword({ DEMO_PASSWORD, DEMO_PASSWORD_FILE: file }: Pick<Env, 'DEMO_PASSWORD' | 'DEMO_PASSWORD_FILE'>) {
  if (DEMO_PASSWORD) return { value: DEMO_PASSWORD, file: 'the DEMO_PASSWORD variable' }
  try {
    return { value: (await readFile(file, 'utf8')).trim(), file }
  } catch {
    const value = randomBytes(9).toString('base64url')
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, `${value}\n`, { mode: 0o600 })
    return { value, file }
  }
}
