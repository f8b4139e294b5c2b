// The sources of a policy version as an administrator enters them: each with a title, an optional
// address and note, and one of POLICY.md's confidence tags. Checked field by field (input.sources.N.x).
import { FieldErrors, UserErrorCode } from '../../core/errors/domain-error.js';
import { checkText } from '../../core/validation.js';
import type { PolicySource } from './policy.entity.js';
import type { PolicySourceInput } from './policy.inputs.js';
import { CONFIDENCE_TAGS } from './rules/schema-parts.js';
import { POLICY_MESSAGES as M } from './policy.messages.js';

export const MAX_SOURCES = 30;

export function checkSources(errors: FieldErrors, sources: PolicySourceInput[]): PolicySource[] {
  if (sources.length > MAX_SOURCES) errors.addText('input.sources', UserErrorCode.OUT_OF_RANGE, M.tooManySources(MAX_SOURCES));
  return sources.slice(0, MAX_SOURCES).map((source, i) => {
    const at = `input.sources.${i}`;
    const title = checkText(errors, `${at}.title`, source.title, M.sourceTitle, 200);
    const url = source.url?.trim() ? checkText(errors, `${at}.url`, source.url, M.sourceUrl, 500) : null;
    const note = source.note?.trim() ? checkText(errors, `${at}.note`, source.note, M.sourceNote, 1000) : null;
    if (!(CONFIDENCE_TAGS as readonly string[]).includes(source.confidence)) {
      errors.addText(`${at}.confidence`, UserErrorCode.INVALID, M.confidenceOneOf(CONFIDENCE_TAGS));
    }
    return { title, url, confidence: source.confidence, note };
  });
}
