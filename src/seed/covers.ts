// Abstract cover artwork made with sharp, so the demo ships no third-party images.
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
