// A session's duration is the sum of its activities' minutes. Checked on every save against the
// session as it will be (this save's data over the stored document), and refused with a 400 whose
// message gives the sum, so the admin's toast says what to change, not only which field.
import type { CollectionBeforeValidateHook } from 'payload'
import { GuidepressError } from '../../../src/errors'
import { timingProblem } from '../../../src/training/agenda'

type Activity = { id?: string | null; minutes?: number | null }

/** The activities as they will be: rows sent without minutes (a translation of their texts) keep the stored row's. */
function activitiesAfterSave(sent: Activity[] | null | undefined, stored: Activity[] | null | undefined): Activity[] {
  if (!sent) return stored ?? []
  const byId = new Map((stored ?? []).map((row) => [row.id, row]))
  return sent.map((row) => (typeof row.minutes === 'number' ? row : { ...row, minutes: byId.get(row.id)?.minutes ?? row.minutes }))
}

export const checkTimings: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  const duration = (data?.durationMinutes ?? originalDoc?.durationMinutes) as number | undefined
  const problem = timingProblem(duration, activitiesAfterSave(data?.activities as Activity[] | undefined, originalDoc?.activities as Activity[] | undefined))
  if (problem) throw new GuidepressError(problem, 400, 'durationMinutes')
  return data
}
