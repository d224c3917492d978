// Abstract cover artwork and simple diagrams made with sharp, so the demo ships no third-party images.
import sharp from 'sharp'

const palette = ['#1f4e79', '#7a3b69', '#2e6b4f', '#b2561e', '#5b4a9e', '#8a1c2b']

export async function coverImage(seriesNumber: number): Promise<Buffer> {
  const color = palette[(seriesNumber - 1) % palette.length]
  const circles = Array.from({ length: 7 }, (_, i) => {
    const r = 120 + ((i * 53 + seriesNumber * 31) % 220)
    const cx = (i * 211 + seriesNumber * 97) % 1600
    const cy = (i * 137 + seriesNumber * 59) % 1100
    return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="#ffffff" fill-opacity="${0.06 + (i % 3) * 0.05}"/>`
  }).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1100"><rect width="1600" height="1100" fill="${color}"/>${circles}</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer()
}

export type Drawing = 'stages' | 'circles'

/**
 * A wordless diagram (numbers only, so one image serves every language), 2400 px wide: larger
 * than any printed width needs, so the pipeline's downscaling to 300 dpi is exercised.
 */
export async function figureImage(drawing: Drawing): Promise<Buffer> {
  const width = 2400
  const height = 1000
  const shapes =
    drawing === 'stages'
      ? [0, 1, 2, 3]
          .map((i) => {
            const x = 80 + i * 580
            const box = `<rect x="${x}" y="330" width="440" height="340" rx="40" fill="${palette[i]}"/><text x="${x + 220}" y="560" font-family="sans-serif" font-size="200" font-weight="bold" fill="#fff" text-anchor="middle">${i + 1}</text>`
            const arrow = i < 3 ? `<path d="M${x + 455} 500 h95 m-30 -30 l30 30 l-30 30" stroke="#444" stroke-width="14" fill="none"/>` : ''
            return box + arrow
          })
          .join('')
      : [460, 320, 170]
          .map((r, i) => `<circle cx="1200" cy="500" r="${r}" fill="${palette[i + 2]}" fill-opacity="${0.35 + i * 0.25}"/><text x="1200" y="${500 - r + 95}" font-family="sans-serif" font-size="80" font-weight="bold" fill="#fff" text-anchor="middle">${3 - i}</text>`)
          .join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="#f7f5f0"/>${shapes}</svg>`
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer()
}
