/**
 * A policy's conditions as lists instead of one long paragraph. The catalogue writes them as
 * sentences (。 / ". "), each maybe led by a heading ("单位：", "Employer:"), with conditions
 * separated by ；/ "; ", and alternatives after "以下之一：" / "one of:". Nothing inside
 * brackets is split: "高层次人才（博士或高级职称；省部级以上奖励）" is one condition.
 */
export interface ConditionItem {
  readonly text: string;
  /** Alternatives, where the item says any one of them is enough. */
  readonly options: readonly string[];
}

export interface ConditionGroup {
  /** "单位" / "Employer"; null for conditions under no heading. */
  readonly heading: string | null;
  readonly items: readonly ConditionItem[];
}

const OPEN = '（(《“';
const CLOSE = '）)》”';

/** Splits where `at(text, i)` gives a separator length, never inside brackets. */
function splitOutside(text: string, at: (text: string, i: number) => number): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      const n = at(text, i);
      if (n > 0) {
        parts.push(text.slice(start, i));
        start = i + n;
        i = start - 1;
      }
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

const sentenceEnd = (s: string, i: number) => (s[i] === '。' ? 1 : s[i] === '.' && (i === s.length - 1 || /\s/.test(s[i + 1] ?? '')) ? 1 : 0);
const conditionEnd = (s: string, i: number) => (s[i] === '；' || s[i] === ';' ? 1 : 0);

/** A sentence's lead: the words before its first colon outside brackets, when short and no list. */
function heading(sentence: string): { heading: string; body: string } | null {
  let depth = 0;
  for (let i = 0; i < sentence.length && i <= 30; i++) {
    const c = sentence[i]!;
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && '，,；;'.includes(c)) return null;
    else if (depth === 0 && (c === '：' || c === ':')) {
      const body = sentence.slice(i + 1).trim();
      return i > 0 && body ? { heading: sentence.slice(0, i).trim(), body } : null;
    }
  }
  return null;
}
const ONE_OF = /^(.*?(?:以下之一|任一类别|任一|one of|any one category)[^：:]*[：:])\s*(.*)$/is;

export function conditionGroups(text: string): ConditionGroup[] {
  const groups: { heading: string | null; items: ConditionItem[] }[] = [];
  for (const sentence of splitOutside(text, sentenceEnd)) {
    const headed = heading(sentence);
    const body = headed ? headed.body : sentence;
    const items: ConditionItem[] = [];
    let alternatives: string[] | null = null;
    for (const part of splitOutside(body, conditionEnd)) {
      if (alternatives) {
        alternatives.push(part);
        continue;
      }
      const oneOf = ONE_OF.exec(part);
      if (oneOf) {
        alternatives = oneOf[2] ? [oneOf[2].trim()] : [];
        items.push({ text: oneOf[1]!.trim(), options: alternatives });
      } else {
        items.push({ text: part, options: [] });
      }
    }
    const last = groups.at(-1);
    if (!headed && last && !last.heading) last.items.push(...items);
    else groups.push({ heading: headed?.heading ?? null, items });
  }
  return groups;
}
