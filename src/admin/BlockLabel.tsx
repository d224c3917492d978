// The header of a block in the chapter editor says what the block holds: the quote's words and
// attribution, the exercise's title, the figure's caption, the callout's title, the notepad's
// prompt. Without it every block reads "Untitled". Rendered on the server with the block's data,
// in the editor's language and with the viewer's own access: a quote a translator may not read is
// named as hidden, never shown.
import type { Payload, PayloadRequest } from 'payload'
import { Pill } from '@payloadcms/ui'
import { refId } from '../blocks/refs'

type Data = Record<string, unknown>
interface Props {
  data?: Data
  siblingData?: Data
  payload: Payload
  req: PayloadRequest
}

/** The chosen document's id; a block not yet given one holds an empty value. */
const idOf = (value: unknown) => refId(value) || undefined

const cut = (text: string, max = 90) => {
  const clean = text.replace(/\s+/g, ' ').trim()
  return clean.length > max ? `${clean.slice(0, max - 1).trimEnd()}…` : clean
}

function Label({ kind, text, muted = false }: { kind: string; text: string; muted?: boolean }) {
  return (
    <div className="lexical-block__block-label guidepress-block-label" style={{ display: 'flex', alignItems: 'center', gap: '0.6rem', minWidth: 0 }}>
      <Pill pillStyle="white" size="small">
        {kind}
      </Pill>
      <span
        data-block-summary=""
        style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', fontStyle: muted ? 'italic' : undefined, opacity: muted ? 0.7 : undefined }}
      >
        {text}
      </span>
    </div>
  )
}

/** The block's own fields: lexical hands them over as the form's data. */
const blockData = ({ siblingData, data }: Props): Data => ({ ...(data ?? {}), ...(siblingData ?? {}) })

/** One document the block points at, read as the viewer may read it (undefined when they may not). */
async function readAsViewer(props: Props, collection: 'quotes' | 'exercises' | 'media', id: number | string | undefined, select: Record<string, true>) {
  if (id === undefined) return undefined
  return (await props.payload.findByID({ collection, id, depth: 0, req: props.req, user: props.req.user, overrideAccess: false, disableErrors: true, select, locale: props.req.locale ?? 'en' })) as Data | null | undefined
}

const consentNotes: Record<string, string> = {
  'print-only': 'print only: not on the web',
  pending: 'consent pending: not shown anywhere',
  withdrawn: 'consent withdrawn: not shown anywhere',
}

export async function QuoteBlockLabel(props: Props) {
  const id = idOf(blockData(props).quote)
  // Rendered with the block's saved data: a quote chosen since shows here after the next save.
  if (id === undefined) return <Label kind="Survivor quote" text="choose the quote below; its words show here once saved" muted />
  const quote = await readAsViewer(props, 'quotes', id, { text: true, attribution: true, consent: true })
  if (!quote?.text) return <Label kind="Survivor quote" text="quote hidden: its consent does not allow showing it here" muted />
  // Editors see every quote: one that will not be shown says so where it stands.
  const consent = quote.consent && quote.consent !== 'granted' ? ` [${consentNotes[String(quote.consent)] ?? String(quote.consent)}]` : ''
  return <Label kind="Survivor quote" text={`${consent ? `${consent.trim()} ` : ''}“${cut(String(quote.text))}”${quote.attribution ? ` — ${quote.attribution}` : ''}`} muted={quote.consent === 'withdrawn' || quote.consent === 'pending'} />
}

export async function ExerciseBlockLabel(props: Props) {
  const data = blockData(props)
  const exercise = await readAsViewer(props, 'exercises', idOf(data.exercise), { title: true })
  if (!exercise?.title) return <Label kind="Exercise" text="choose the exercise below; its title shows here once saved" muted />
  return <Label kind="Exercise" text={`${cut(String(exercise.title))}${data.anchor ? ` (anchor: ${data.anchor})` : ''}`} />
}

export async function FigureBlockLabel(props: Props) {
  const data = blockData(props)
  if (typeof data.caption === 'string' && data.caption.trim()) return <Label kind="Figure" text={cut(data.caption)} />
  const image = await readAsViewer(props, 'media', idOf(data.image), { alt: true, filename: true })
  if (!image) return <Label kind="Figure" text="choose the image below; its caption or alt text shows here once saved" muted />
  return <Label kind="Figure" text={cut(String(image.alt || image.filename || ''))} />
}

const tones: Record<string, string> = { info: 'Callout: information', tip: 'Callout: practice tip', warning: 'Callout: warning' }

export function CalloutBlockLabel(props: Props) {
  const data = blockData(props)
  const kind = tones[String(data.tone)] ?? 'Callout'
  const text = [data.title, data.text].find((t): t is string => typeof t === 'string' && t.trim() !== '')
  return text ? <Label kind={kind} text={cut(text)} /> : <Label kind={kind} text="no text yet" muted />
}

export function NotepadBlockLabel(props: Props) {
  const data = blockData(props)
  const lines = Number(data.lines) || 0
  const prompt = typeof data.prompt === 'string' && data.prompt.trim() ? ` — ${cut(data.prompt, 70)}` : ''
  return <Label kind="Notepad" text={`${lines} ruled line${lines === 1 ? '' : 's'}${prompt}`} />
}
