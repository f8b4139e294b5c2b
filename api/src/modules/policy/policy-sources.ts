// The sources of a policy version as an administrator enters them: each with a title, an optional
// address and note, and one of POLICY.md's confidence tags. Checked field by field (input.sources.N.x).
import { FieldErrors, UserErrorCode } from '../../core/errors/domain-error.js';
import { checkText } from '../../core/validation.js';
import type { PolicySource } from './policy.entity.js';
import type { PolicySourceInput } from './policy.inputs.js';
import { CONFIDENCE_TAGS } from './rules/schema-parts.js';

export const MAX_SOURCES = 30;

export function checkSources(errors: FieldErrors, sources: PolicySourceInput[]): PolicySource[] {
  if (sources.length > MAX_SOURCES) errors.add('input.sources', UserErrorCode.OUT_OF_RANGE, `最多 ${MAX_SOURCES} 条来源。`, `At most ${MAX_SOURCES} sources.`);
  return sources.slice(0, MAX_SOURCES).map((source, i) => {
    const at = `input.sources.${i}`;
    const title = checkText(errors, `${at}.title`, source.title, { zh: '来源名称', en: 'source title' }, 200);
    const url = source.url?.trim() ? checkText(errors, `${at}.url`, source.url, { zh: '网址', en: 'web address' }, 500) : null;
    const note = source.note?.trim() ? checkText(errors, `${at}.note`, source.note, { zh: '说明', en: 'note' }, 1000) : null;
    if (!(CONFIDENCE_TAGS as readonly string[]).includes(source.confidence)) {
      errors.add(`${at}.confidence`, UserErrorCode.INVALID, `可信度须为 ${CONFIDENCE_TAGS.join('、')} 之一。`, `Confidence must be one of ${CONFIDENCE_TAGS.join(', ')}.`);
    }
    return { title, url, confidence: source.confidence, note };
  });
}
