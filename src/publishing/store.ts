// Stage 5: store a PDF (temp file, fsync, atomic rename) under a content-addressed name, so the
// previous edition stays downloadable until the new one is complete and nothing half-written is served.
import { createHash, randomBytes } from 'node:crypto'
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'

export interface StoredFile {
  fileName: string
  /** Path below the publications folder, also the URL path below /publications/. */
  relativePath: string
  sha256: string
  bytes: number
}

/** Stores the PDF below `dir` (PUBLICATIONS_DIR), in `folder` (the slug's own by default). */
export async function storePdf(pdf: Uint8Array, dir: string, slug: string, locale: string, folder = slug): Promise<StoredFile> {
  const sha256 = createHash('sha256').update(pdf).digest('hex')
  const fileName = `${slug}-${locale}-${sha256.slice(0, 12)}.pdf`
  const relativePath = `${folder}/${fileName}`
  const target = path.join(dir, relativePath)
  await mkdir(path.dirname(target), { recursive: true })
  const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`
  try {
    const handle = await open(temp, 'wx')
    try {
      await handle.writeFile(pdf)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, target)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
  return { fileName, relativePath, sha256, bytes: pdf.byteLength }
}

/** Removes a stored PDF (one that was never recorded as current). */
export async function removeStoredPdf(dir: string, relativePath: string): Promise<void> {
  await rm(path.join(dir, relativePath), { force: true })
}

/** Removes temp files an interrupted run may have left below `dir` (they are never served). */
export async function removeStaleTempFiles(dir: string): Promise<number> {
  let removed = 0
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) await walk(full)
      else if (entry.name.endsWith('.tmp')) {
        await rm(full, { force: true })
        removed += 1
      }
    }
  }
  await walk(dir)
  return removed
}
