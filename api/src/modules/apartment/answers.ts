// What a flat application must say besides the policy's documents: the layout wanted and the
// month to move in (and, optionally, the subsidy category the reviewer checks). Plugged into the
// application workflow as the FLAT benefit's answer check.
import { FieldErrors, UserErrorCode } from '../../core/errors/domain-error.js';
import { isIsoDate } from '../../core/validation.js';
import { LAYOUT_NAMES, SubsidyCategory, UnitLayout } from './apartment.enums.js';
import { addMonths, isMonth, monthOf, monthsBetween } from '../../core/time/months.js';
import { shanghaiToday } from '../../core/time/shanghai.js';

export const FLAT_ANSWERS = {
  layout: 'layout',
  moveInMonth: 'moveInMonth',
  /** The apply wizard's date question; its month is used when `moveInMonth` is not given. */
  moveInFrom: 'moveInFrom',
  subsidyCategory: 'subsidyCategory',
  householdSize: 'householdSize',
} as const;

/** How far ahead one may ask to move in. */
export const MOVE_IN_MONTHS_AHEAD = 12;

export interface FlatAnswers {
  layout: UnitLayout;
  moveInMonth: string;
  category: SubsidyCategory;
}

const LAYOUTS = Object.values(UnitLayout) as string[];
const CATEGORIES = Object.values(SubsidyCategory) as string[];

function moveInOf(answers: Record<string, string>): { month: string | null; field: string; raw: string | undefined } {
  const month = answers[FLAT_ANSWERS.moveInMonth];
  if (month !== undefined && month !== '') return { month: isMonth(month) ? month : null, field: `input.answers.${FLAT_ANSWERS.moveInMonth}`, raw: month };
  const date = answers[FLAT_ANSWERS.moveInFrom];
  if (date !== undefined && date !== '') return { month: isIsoDate(date) ? monthOf(date) : null, field: `input.answers.${FLAT_ANSWERS.moveInFrom}`, raw: date };
  return { month: null, field: `input.answers.${FLAT_ANSWERS.moveInMonth}`, raw: undefined };
}

/**
 * The FLAT benefit's answer check. While drafting, answers given must be well formed; on
 * submission the layout and the move-in month are required, and the month must lie from this
 * month to 12 months ahead.
 */
export function checkFlatAnswers(errors: FieldErrors, answers: Record<string, string>, submitting: boolean, today: string = shanghaiToday()): void {
  const layout = answers[FLAT_ANSWERS.layout];
  const layoutField = `input.answers.${FLAT_ANSWERS.layout}`;
  if (layout === undefined || layout === '') {
    if (submitting) errors.add(layoutField, UserErrorCode.REQUIRED, '请选择希望的户型。', 'Choose the layout you want.');
  } else if (!LAYOUTS.includes(layout)) {
    errors.add(layoutField, UserErrorCode.INVALID, `户型应为：${Object.values(LAYOUT_NAMES).map((n) => n.zh).join('、')}。`, `The layout must be one of: ${Object.values(LAYOUT_NAMES).map((n) => n.en).join(', ')}.`);
  }

  const moveIn = moveInOf(answers);
  if (moveIn.raw === undefined) {
    if (submitting) errors.add(moveIn.field, UserErrorCode.REQUIRED, '请填写希望入住的月份。', 'Enter the month you want to move in.');
  } else if (moveIn.month === null) {
    errors.add(moveIn.field, UserErrorCode.INVALID, '入住月份格式应为 YYYY-MM，如 2027-03。', 'The move-in month looks like 2027-03.');
  } else if (submitting) {
    const thisMonth = monthOf(today);
    if (monthsBetween(thisMonth, moveIn.month) < 0) {
      errors.add(moveIn.field, UserErrorCode.OUT_OF_RANGE, '入住月份已过，请改为本月或以后。', 'That month has passed; choose this month or later.');
    } else if (monthsBetween(thisMonth, moveIn.month) > MOVE_IN_MONTHS_AHEAD) {
      errors.add(moveIn.field, UserErrorCode.OUT_OF_RANGE, `入住月份最晚为 ${addMonths(thisMonth, MOVE_IN_MONTHS_AHEAD)}。`, `The move-in month can be at most ${addMonths(thisMonth, MOVE_IN_MONTHS_AHEAD)}.`);
    }
  }

  const category = answers[FLAT_ANSWERS.subsidyCategory];
  if (category !== undefined && category !== '' && !CATEGORIES.includes(category)) {
    errors.add(`input.answers.${FLAT_ANSWERS.subsidyCategory}`, UserErrorCode.INVALID, '补贴类别应为 STANDARD（其他企业人才）或 OVERSEAS_EXCELLENT（优秀海外人才）。', 'The subsidy category is STANDARD (other enterprise talent) or OVERSEAS_EXCELLENT (excellent overseas talent).');
  }

  const household = answers[FLAT_ANSWERS.householdSize];
  if (household !== undefined && household !== '' && !(/^\d{1,2}$/.test(household) && Number(household) >= 1 && Number(household) <= 10)) {
    errors.add(`input.answers.${FLAT_ANSWERS.householdSize}`, UserErrorCode.OUT_OF_RANGE, '同住人数应为 1 到 10。', 'The household size must be from 1 to 10.');
  }
}

/**
 * The answers of an application that passed `checkFlatAnswers`, or null when the layout or the
 * move-in month is missing (applications approved before they were asked for).
 */
export function flatAnswersOf(answers: Record<string, string>): FlatAnswers | null {
  const layout = Object.values(UnitLayout).find((l) => l === answers[FLAT_ANSWERS.layout]);
  const moveInMonth = moveInOf(answers).month;
  if (!layout || !moveInMonth) return null;
  const category = Object.values(SubsidyCategory).find((c) => c === answers[FLAT_ANSWERS.subsidyCategory]) ?? SubsidyCategory.STANDARD;
  return { layout, moveInMonth, category };
}
