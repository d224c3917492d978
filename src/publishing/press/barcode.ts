// The ISBN as an EAN-13 barcode for the back cover, as SVG. bwip-js draws it: a maintained port of
// Barcode Writer in Pure PostScript, with no native dependencies (jsbarcode needs a canvas or a DOM
// in Node), and it refuses a wrong check digit, so a mistyped ISBN never reaches a cover.
import bwipjs from 'bwip-js/node'

export type IsbnBarcode = { digits: string; svg: string } | { error: string }

/** The 13 digits of an ISBN-13 as editors type it ("ISBN 978-0-306-40615-7"), or undefined. */
export function isbnDigits(isbn: string): string | undefined {
  const digits = isbn.replace(/^\s*ISBN(-13)?:?/i, '').replace(/[\s-]/g, '')
  return /^97[89]\d{10}$/.test(digits) ? digits : undefined
}

/** Black bars with the digits below them, on no background (the cover puts it on a white panel). */
export function isbnBarcode(isbn: string): IsbnBarcode {
  const digits = isbnDigits(isbn)
  if (!digits) return { error: `ISBN "${isbn}" is not an ISBN-13 (13 digits starting 978 or 979): the cover has no barcode.` }
  try {
    const svg = bwipjs.toSVG({ bcid: 'ean13', text: digits, includetext: true, guardwhitespace: true, scale: 1, height: 20, barcolor: '000000', textcolor: '000000' })
    return { digits, svg }
  } catch (cause) {
    return { error: `ISBN "${isbn}" cannot be drawn as a barcode (${(cause as Error).message.replace(/^bwipp\.\w+#\d+: /, '')}): the cover has no barcode.` }
  }
}
