import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { pick, UserErrorCode, UserInputErrors, type Locale, type UserErrorData } from '../errors/domain-error.js';

registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: '用户可自行更正的错误类型 / What kind of problem the user can fix',
  valuesConfig: {
    REQUIRED: { description: '必填 / A value is required' },
    INVALID: { description: '格式或内容无效 / The value is not valid' },
    TOO_SHORT: { description: '太短 / Too short' },
    TOO_LONG: { description: '太长 / Too long' },
    OUT_OF_RANGE: { description: '超出允许范围 / Outside the allowed range' },
    DUPLICATE: { description: '已存在 / Already exists' },
    NOT_FOUND: { description: '引用的记录不存在 / A referenced record does not exist' },
    INVALID_CREDENTIALS: { description: '邮箱或密码错误 / Wrong email or password' },
    TOO_MANY_ATTEMPTS: { description: '尝试次数过多，请稍后再试 / Too many attempts; try again later' },
    CONFLICT: { description: '他人已先行修改 / Someone else changed it first' },
    INVALID_STATE: { description: '当前状态下不能这样做 / Not possible in the current state' },
  },
});

@ObjectType({ description: '用户可更正的错误，界面显示在对应字段旁 / A problem the user can fix, shown next to its field' })
export class UserError {
  @Field(() => String, { nullable: true, description: '出错的输入字段路径，如 input.email；为空表示整个表单 / Path of the input field at fault, e.g. input.email; null for the whole form' })
  field!: string | null;

  @Field(() => UserErrorCode, { description: '错误类型 / Kind of problem' })
  code!: UserErrorCode;

  @Field({ description: '按请求语言给出的说明 / Explanation in the request\'s language' })
  message!: string;

  @Field(() => ID, { nullable: true, description: '问题所涉及的已有记录编号（如重复申请时已有的那份申请），界面可据此打开它 / The existing record the problem is about (e.g. the open application a duplicate would repeat), for the UI to open' })
  recordId?: string | null;
}

export function toUserErrors(errors: UserErrorData[], locale: Locale): UserError[] {
  // recordId only where there is one, so errors copied into extensions stay as they were.
  return errors.map((e) => ({ field: e.field, code: e.code, message: pick(e.message, locale), ...(e.recordId ? { recordId: e.recordId } : {}) }));
}

/**
 * Runs a mutation's service call; what the user can fix comes back as payload errors, anything
 * else (access, bugs) propagates to the top-level error funnel.
 */
export async function withUserErrors<T>(locale: Locale, action: () => Promise<T>): Promise<{ result: T | null; errors: UserError[] }> {
  try {
    return { result: await action(), errors: [] };
  } catch (error) {
    if (error instanceof UserInputErrors) return { result: null, errors: toUserErrors(error.errors, locale) };
    throw error;
  }
}
