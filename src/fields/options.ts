// Controlled vocabularies shared by collections, the seed and the print pipeline.
/** What a publication of the series is: one of the practitioner guides, or a guidance note (phase two). */
export const guideKinds = [
  { label: 'Practitioner guide', value: 'practitioner-guide' },
  { label: 'Guidance note', value: 'guidance-note' },
] as const
export type GuideKind = (typeof guideKinds)[number]['value']

/** The five parts every practitioner guide has, in order: a chapter's part number is its place here. */
export const practitionerGuideParts = [
  { label: 'Introduction', value: 'introduction' },
  { label: 'Legal obligations', value: 'legal-obligations' },
  { label: 'Key concepts', value: 'key-concepts' },
  { label: 'Issues and challenges', value: 'issues-and-challenges' },
  { label: 'Guidance for practitioners', value: 'guidance' },
] as const

/** The parts of the Guidance Note on Developing a Directory of Services, in order. */
export const guidanceNoteParts = [
  { label: 'Introduction', value: 'introduction' },
  { label: 'Why a directory of services', value: 'directory-purpose' },
  { label: 'Building the directory', value: 'directory-building' },
  { label: 'Keeping survivors safe', value: 'directory-safety' },
  { label: 'Keeping the directory current and in use', value: 'directory-upkeep' },
] as const

const otherPart = { label: 'Other (unnumbered)', value: 'other' } as const

/** Every part a chapter can be in; which ones fit depends on its guide's kind (partsOf). */
export const guideParts = [
  { label: 'Part 1: Introduction', value: 'introduction' },
  ...practitionerGuideParts.slice(1).map((p, i) => ({ label: `Guide part ${i + 2}: ${p.label}`, value: p.value })),
  ...guidanceNoteParts.slice(1).map((p, i) => ({ label: `Guidance note part ${i + 2}: ${p.label}`, value: p.value })),
  otherPart,
]

/** The parts a chapter of a guide of this kind can be in: its numbered parts, then 'other'. */
export function partsOf(kind: GuideKind | null | undefined): readonly { label: string; value: string }[] {
  return [...(kind === 'guidance-note' ? guidanceNoteParts : practitionerGuideParts), otherPart]
}

/** The number a part is printed with ("Part 3"), or undefined for 'other' or a part of another kind. */
export function partNumber(kind: GuideKind | null | undefined, part: string): number | undefined {
  const index = (kind === 'guidance-note' ? guidanceNoteParts : practitionerGuideParts).findIndex((p) => p.value === part)
  return index < 0 ? undefined : index + 1
}

export const audiences = [
  { label: 'Social workers and social assistants', value: 'social-worker' },
  { label: 'Healthcare workers', value: 'health-worker' },
  { label: 'Psychologists and counsellors', value: 'psychologist' },
  { label: 'Child protection specialists', value: 'child-protection' },
  { label: 'Police and law enforcement', value: 'police' },
  { label: 'Border and immigration officials', value: 'border-official' },
  { label: 'Prosecutors', value: 'prosecutor' },
  { label: 'Lawyers and paralegals', value: 'lawyer' },
  { label: 'Teachers and school administrators', value: 'teacher' },
  { label: 'Vocational trainers and job counsellors', value: 'vocational-trainer' },
  { label: 'Public administrators', value: 'public-administrator' },
  { label: 'Policymakers', value: 'policymaker' },
]

export const exploitationForms = [
  { label: 'Sexual exploitation', value: 'sexual' },
  { label: 'Labour exploitation', value: 'labour' },
  { label: 'Domestic work', value: 'domestic-work' },
  { label: 'Fishing and seafood', value: 'fishing' },
  { label: 'Forced criminality (e.g. scam centres)', value: 'forced-criminality' },
  { label: 'Forced marriage', value: 'forced-marriage' },
  { label: 'Forced begging', value: 'begging' },
]

export const consentStatuses = [
  { label: 'Pending: not yet confirmed (never published)', value: 'pending' },
  { label: 'Granted: print and online', value: 'granted' },
  { label: 'Restricted: print only', value: 'print-only' },
  { label: 'Withdrawn (never published)', value: 'withdrawn' },
]

/** Consent values under which a quote may appear in print; online needs 'granted'. */
export const printableConsent = ['granted', 'print-only'] as const
/** Consent that covers the web too: the API, the delivery API and its snapshots. */
export const onlineConsent = ['granted'] as const

export const consentAllowsPrint = (consent: unknown): boolean => (printableConsent as readonly unknown[]).includes(consent)

/** Licences a guide is published under: the imprint names the licence and links its deed. */
export const licences = [
  { value: 'cc-by-4.0', label: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  { value: 'cc-by-nc-4.0', label: 'CC BY-NC 4.0', url: 'https://creativecommons.org/licenses/by-nc/4.0/' },
  { value: 'cc-by-nc-sa-4.0', label: 'CC BY-NC-SA 4.0', url: 'https://creativecommons.org/licenses/by-nc-sa/4.0/' },
  { value: 'all-rights-reserved', label: 'All rights reserved', url: '' },
] as const
export type LicenceCode = (typeof licences)[number]['value']

// The directory of services (phase two). Values are stored; the printed directory has its own words per locale.

/** The six member governments whose practitioners the directory serves (ISO 3166-1 alpha-2). */
export const directoryCountries = ['AU', 'ID', 'MY', 'PH', 'TH', 'VN'] as const
export type DirectoryCountry = (typeof directoryCountries)[number]

/** What a service provider offers, in the order a printed directory lists them. */
export const serviceTypes = ['shelter', 'medical', 'psychosocial', 'legal-aid', 'interpretation', 'repatriation', 'livelihood', 'child-specific'] as const
export type ServiceType = (typeof serviceTypes)[number]

export const serviceGroups = ['women', 'men', 'girls', 'boys', 'non-binary'] as const

export const serviceCosts = ['free', 'fee', 'sliding-scale'] as const

// Facilitator guides (phase two).

/** How an activity of a training session is run. */
export const trainingMethods = [
  { label: 'Presentation', value: 'presentation' },
  { label: 'Group work', value: 'group-work' },
  { label: 'Role play', value: 'role-play' },
  { label: 'Case study', value: 'case-study' },
  { label: 'Reflection', value: 'reflection' },
  { label: 'Discussion', value: 'discussion' },
  { label: 'Energiser', value: 'energiser' },
] as const

/** What participants get on paper for an activity. */
export const handoutKinds = [
  { label: 'No handout', value: 'none' },
  { label: 'The exercise (with its notepad)', value: 'exercise' },
  { label: 'The case study', value: 'case-study' },
] as const
