// Quotes and callouts float into the side column from where they stand in the text. One that
// follows a paragraph or list would start below it, often on the next page with nothing beside
// it; moved to just before that paragraph, it sits beside the text it belongs to. Near the end of
// a chapter it moves up until enough text follows to stand beside; where the chapter has too
// little, it stays in the text column.
import { Parser } from 'htmlparser2'

interface Child {
  start: number
  end: number
  side: boolean
  prose: boolean
  /** Spans the text and side columns (clears the side column), or opens the chapter: notes never move above it. */
  barrier: boolean
}

const sideClass = /\b(quote|callout)\b/
const proseTags = new Set(['p', 'ul', 'ol'])
const wideClass = /\b(exercise|notepad|figure-full)\b/

/** Class a side note gets when it stays in the text column. */
export const IN_TEXT = 'in-text'

/**
 * A line of the side column holds about a third of a text line's characters and is a little less
 * tall, and a note's padding and title take about two text lines: the text a note needs beside it,
 * in characters, for the characters it has.
 */
const besideNeeded = (noteChars: number) => 2.3 * noteChars + 150
const textLength = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&#?\w+;/g, ' ').replace(/\s+/g, ' ').length

/** Children of each `<section class="chapter">`, with their spans in `html`. */
function chapterChildren(html: string): Child[][] {
  const chapters: Child[][] = []
  const depth = { chapter: -1, now: 0 }
  let open: Child | undefined
  const parser = new Parser({
    onopentag(name, attribs) {
      depth.now += 1
      if (name === 'section' && /\bchapter\b/.test(attribs.class ?? '')) {
        depth.chapter = depth.now
        chapters.push([])
      } else if (depth.chapter > 0 && depth.now === depth.chapter + 1) {
        const cls = attribs.class ?? ''
        open = {
          start: parser.startIndex,
          end: -1,
          side: (name === 'blockquote' || name === 'aside') && sideClass.test(cls),
          prose: proseTags.has(name) && !/\bpart-label\b/.test(cls),
          barrier: wideClass.test(cls) || name === 'h1' || /\bpart-label\b/.test(cls),
        }
      }
    },
    onclosetag() {
      if (open && depth.now === depth.chapter + 1) {
        open.end = parser.endIndex + 1
        chapters[chapters.length - 1].push(open)
        open = undefined
      }
      if (depth.now === depth.chapter) depth.chapter = -1
      depth.now -= 1
    },
  })
  parser.end(html)
  return chapters
}

/** The HTML with each run of side notes moved before the paragraph or list it follows, or marked to stay in the text column. */
export function sideNotesBeside(html: string): string {
  const edits: { from: number; to: number; text: string }[] = []
  for (const children of chapterChildren(html)) {
    const length = (c: Child) => textLength(html.slice(c.start, c.end))
    for (let i = 0; i < children.length; i++) {
      if (!children[i].side) continue
      let last = i
      while (last + 1 < children.length && children[last + 1].side) last += 1
      const notes = children.slice(i, last + 1)
      const needed = notes.reduce((sum, note) => sum + besideNeeded(length(note)), 0)
      let beside = 0
      for (let k = last + 1; k < children.length && !children[k].barrier && !children[k].side; k++) beside += length(children[k])
      // Start beside the paragraph the notes follow, or higher up when too little text follows.
      let at = i
      while (at > 0 && !children[at - 1].barrier && !children[at - 1].side && (beside < needed || (at === i && children[at - 1].prose))) {
        at -= 1
        beside += length(children[at])
      }
      if (beside < needed) {
        for (const note of notes) edits.push({ from: note.start, to: note.end, text: html.slice(note.start, note.end).replace(/class="/, `class="${IN_TEXT} `) })
      } else if (at < i) {
        // The notes, then the text they now stand beside.
        edits.push({ from: children[at].start, to: children[last].end, text: html.slice(children[i].start, children[last].end) + '\n' + html.slice(children[at].start, children[i].start).replace(/\s+$/, '') })
      }
      i = last
    }
  }
  let out = ''
  let at = 0
  for (const { from, to, text } of edits) {
    out += html.slice(at, from) + text
    at = to
  }
  return out + html.slice(at)
}
