// The demo accounts' password: generated once per installation and kept beside the database,
// so no shared default password ever guards a real server.
import { randomBytes } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

export async function demoPassword(file = path.resolve(process.env.DEMO_PASSWORD_FILE ?? 'data/demo-password.txt')) {
  if (process.env.DEMO_PASSWORD) return { value: process.env.DEMO_PASSWORD, file: 'the DEMO_PASSWORD variable' }
  try {
    return { value: (await readFile(file, 'utf8')).trim(), file }
  } catch {
    const value = randomBytes(9).toString('base64url')
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, `${value}\n`, { mode: 0o600 })
    return { value, file }
  }
}
