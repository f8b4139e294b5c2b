// What a flat application must say besides the policy's documents: the layout wanted and the
// month to move in (and, optionally, the subsidy category the reviewer checks). Plugged into the
// application workflow as the FLAT benefit's answer check.
import { FieldErrors, UserErrorCode } from '../../core/errors/domain-error.js';
import { isIsoDate } from '../../core/validation.js';
import { LAYOUT_NAMES, SubsidyCategory, UnitLayout } from './apartment.enums.js';
import { APARTMENT_MESSAGES as M } from './apartment.messages.js';
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
    if (submitting) errors.addText(layoutField, UserErrorCode.REQUIRED, M.layoutMissing);
  } else if (!LAYOUTS.includes(layout)) {
    errors.addText(layoutField, UserErrorCode.INVALID, M.layoutOneOf(Object.values(LAYOUT_NAMES)));
  }

  const moveIn = moveInOf(answers);
  if (moveIn.raw === undefined) {
    if (submitting) errors.addText(moveIn.field, UserErrorCode.REQUIRED, M.moveInMissing);
  } else if (moveIn.month === null) {
    errors.addText(moveIn.field, UserErrorCode.INVALID, M.moveInFormat);
  } else if (submitting) {
    const thisMonth = monthOf(today);
    if (monthsBetween(thisMonth, moveIn.month) < 0) {
      errors.addText(moveIn.field, UserErrorCode.OUT_OF_RANGE, M.moveInPassed);
    } else if (monthsBetween(thisMonth, moveIn.month) > MOVE_IN_MONTHS_AHEAD) {
      errors.addText(moveIn.field, UserErrorCode.OUT_OF_RANGE, M.moveInTooLate(addMonths(thisMonth, MOVE_IN_MONTHS_AHEAD)));
    }
  }

  const category = answers[FLAT_ANSWERS.subsidyCategory];
  if (category !== undefined && category !== '' && !CATEGORIES.includes(category)) {
    errors.addText(`input.answers.${FLAT_ANSWERS.subsidyCategory}`, UserErrorCode.INVALID, M.subsidyCategory);
  }

  const household = answers[FLAT_ANSWERS.householdSize];
  if (household !== undefined && household !== '' && !(/^\d{1,2}$/.test(household) && Number(household) >= 1 && Number(household) <= 10)) {
    errors.addText(`input.answers.${FLAT_ANSWERS.householdSize}`, UserErrorCode.OUT_OF_RANGE, M.householdSize);
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
