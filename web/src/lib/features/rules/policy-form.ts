/**
 * The policy-version form: every text of the latest version in a box, sources one per line as
 * `confidence | title | address | note`; only what changed is sent (omitted fields keep the latest
 * version's text on the server).
 */
export const POLICY_TEXTS = [
  'titleZh', 'titleEn', 'summaryZh', 'summaryEn', 'benefitsZh', 'benefitsEn', 'eligibilityZh', 'eligibilityEn',
  'documentsZh', 'documentsEn', 'processZh', 'processEn', 'processingTimeZh', 'processingTimeEn',
  'documentTitle', 'documentNumber', 'issuingBodyZh', 'issuingBodyEn', 'verificationNoteZh', 'verificationNoteEn',
] as const;
export const POLICY_DATES = ['documentEffectiveOn', 'effectiveTo', 'lastVerifiedOn'] as const;
export type PolicyTextKey = (typeof POLICY_TEXTS)[number] | (typeof POLICY_DATES)[number];

export interface Source {
  title: string;
  url?: string | null;
  confidence: string;
  note?: string | null;
}

export const sourcesToText = (sources: readonly Source[]): string => sources.map((s) => [s.confidence, s.title, s.url ?? '', s.note ?? ''].join(' | ')).join('\n');

export function sourcesFromText(text: string): Source[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [confidence = '', title = '', url = '', ...note] = line.split('|').map((part) => part.trim());
      return { confidence, title, url: url || null, note: note.join(' | ') || null };
    });
}

/** The fields that differ from the latest version, as the input's optional fields. */
export function policyChanges(latest: Readonly<Record<string, unknown>>, texts: Readonly<Record<string, string>>, sourcesText: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of [...POLICY_TEXTS, ...POLICY_DATES]) {
    const text = (texts[key] ?? '').trim();
    if (text !== String(latest[key] ?? '') && text !== '') out[key] = text;
  }
  const sources = sourcesFromText(sourcesText);
  if (JSON.stringify(sources) !== JSON.stringify(sourcesFromText(sourcesToText((latest.sources ?? []) as Source[])))) out.sources = sources;
  return out;
}
