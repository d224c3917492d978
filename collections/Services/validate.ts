// Field checks of a directory service, each with a message that says what to write instead.
import type { DateFieldValidation, NumberFieldSingleValidation, TextFieldManyValidation } from 'payload'

export const checkCodes =
  (field: string, pattern: RegExp, expected: string): TextFieldManyValidation =>
  (value) => {
    const wrong = (value ?? []).filter((code) => !pattern.test(String(code)))
    return wrong.length === 0 ? true : `${field}: "${String(wrong[0]).slice(0, 20)}" is not ${expected}.`
  }

export const checkAges: NumberFieldSingleValidation = (value, { siblingData }) => {
  const minimum = (siblingData as { minimumAge?: number | null }).minimumAge
  return value == null || minimum == null || minimum <= value ? true : `The maximum age (${value}) is below the minimum age (${minimum}).`
}

export const notInTheFuture: DateFieldValidation = (value) => {
  if (!value) return 'Give the date the service was last verified.'
  const day = new Date(value as unknown as string)
  if (Number.isNaN(day.getTime())) return 'Give the last-verified date as a date, e.g. 2026-11-30.'
  return day.getTime() <= Date.now() + 24 * 3600 * 1000 ? true : 'The last-verified date is in the future: give the day the service was checked.'
}
