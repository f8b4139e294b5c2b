// zod's issues in the platform's words: one problem per field, with its path in the rule data
// (`age.maxPoints`) and a message in Chinese and English, as the hand-written checker gave them.
import type { z } from 'zod';
import type { LocalisedText } from './common.js';

export interface RuleDataProblem {
  path: string;
  message: LocalisedText;
}

const KIND_WORDS: Record<string, [string, string]> = {
  number: ['数字', 'a number'],
  integer: ['整数', 'a whole number'],
  string: ['文字', 'text'],
  boolean: ['true 或 false', 'true or false'],
  array: ['列表', 'a list'],
  object: ['对象', 'an object'],
};

export function ruleDataProblem(path: string, zh: string, en: string): RuleDataProblem {
  return { path, message: { zh: `${path}：${zh}`, en: `${path}: ${en}` } };
}

const pathOf = (parts: (string | number)[]) => parts.join('.') || '(root)';

/** The words for one issue; unrecognised keys give one problem per key, at the key's own path. */
function describe(issue: z.ZodIssue): RuleDataProblem[] {
  const at = pathOf(issue.path);
  const one = (zh: string, en: string) => [ruleDataProblem(at, zh, en)];
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.received === 'undefined') return one('缺少此项', 'missing');
      const [zh, en] = KIND_WORDS[issue.expected] ?? [issue.expected, issue.expected];
      if (issue.expected === 'object') return one(`须为${zh}（现为 ${issue.received}）`, `must be ${en} (is ${issue.received})`);
      return one(`须为${zh}`, `must be ${en}`);
    }
    case 'not_finite':
      return one('须为数字', 'must be a number');
    case 'too_small':
      if (issue.type === 'string') return one(`至少 ${issue.minimum} 个字符`, `must have at least ${issue.minimum} characters`);
      if (issue.type === 'array') return one(`至少 ${issue.minimum} 项`, `must have at least ${issue.minimum} items`);
      return one(`不能小于 ${issue.minimum}`, `must be at least ${issue.minimum}`);
    case 'too_big':
      if (issue.type === 'string') return one(`最多 ${issue.maximum} 个字符`, `must have at most ${issue.maximum} characters`);
      if (issue.type === 'array') return one(`最多 ${issue.maximum} 项`, `must have at most ${issue.maximum} items`);
      return one(`不能大于 ${issue.maximum}`, `must be at most ${issue.maximum}`);
    case 'invalid_enum_value':
      return one(`须为以下之一：${issue.options.join('、')}`, `must be one of ${issue.options.join(', ')}`);
    case 'invalid_union_discriminator':
      return one(`须为以下之一：${issue.options.map(String).join('、')}`, `must be one of ${issue.options.map(String).join(', ')}`);
    case 'unrecognized_keys':
      return issue.keys.map((key) => ruleDataProblem(pathOf([...issue.path, key]), '不是可用的字段', 'is not a known field'));
    case 'custom': {
      const words = issue.params as Partial<LocalisedText> | undefined;
      if (words?.zh && words.en) return one(words.zh, words.en);
      return one('不正确', 'is not valid');
    }
    default:
      return one('格式不正确', 'has the wrong format');
  }
}

/** Every problem of a failed parse, in the order zod found them (the order of the schema). */
export function problemsOf(error: z.ZodError): RuleDataProblem[] {
  return error.issues.flatMap(describe);
}
