/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 机构类型 / Kind of organisation */
export type OrganisationKind =
  /** 银行支行 / Bank branch */
  | 'BANK_BRANCH'
  /** 企业 / Enterprise */
  | 'ENTERPRISE'
  /** 月浦镇政府（人才办）/ Yuepu Town government (talent office) */
  | 'TOWN_OFFICE'
  /** 高校 / University */
  | 'UNIVERSITY';

/** 用户角色 / What a user does on the platform */
export type Role =
  /** 管理员：管理账号和规则 / Administrator: manages accounts and rule data */
  | 'ADMIN'
  /** 银行联络员：答复融资需求 / Bank liaison: answers financing requests */
  | 'BANK_LIAISON'
  /** 联盟协调人：发布学习活动 / Alliance coordinator: posts learning events */
  | 'COORDINATOR'
  /** 企业人事：确认、推荐员工 / Enterprise HR: confirms and nominates staff */
  | 'ENTERPRISE_HR'
  /** 镇审核人员：审核申请 / Town reviewer: reviews applications */
  | 'REVIEWER'
  /** 人才：查政策、算积分、申请 / Talent: looks up policies, computes points, applies */
  | 'TALENT';

/** 登录 / Signing in */
export type SignInInput = {
  /** 邮箱 / Email */
  email: string;
  /** 密码 / Password */
  password: string;
};

/** 人才自助注册 / A talent signing up */
export type SignUpInput = {
  /** 显示名称 / Name shown to others */
  displayName: string;
  /** 邮箱，用于登录 / Email, used to sign in */
  email: string;
  /** 工作单位（联盟企业）/ Employer (an enterprise) */
  employerId?: string | number | null | undefined;
  /** 姓名（与身份证一致）/ Legal name as on the ID card */
  legalName: string;
  /** 密码，至少 10 个字符 / Password, at least 10 characters */
  password: string;
  /** 手机号码 / Mobile number */
  phone?: string | null | undefined;
  /** 身份证号码（18 位，可稍后填写）/ Resident ID number (18 characters; may be added later) */
  residentIdNumber?: string | null | undefined;
};

/** 用户可自行更正的错误类型 / What kind of problem the user can fix */
export type UserErrorCode =
  /** 他人已先行修改 / Someone else changed it first */
  | 'CONFLICT'
  /** 已存在 / Already exists */
  | 'DUPLICATE'
  /** 格式或内容无效 / The value is not valid */
  | 'INVALID'
  /** 邮箱或密码错误 / Wrong email or password */
  | 'INVALID_CREDENTIALS'
  /** 当前状态下不能这样做 / Not possible in the current state */
  | 'INVALID_STATE'
  /** 引用的记录不存在 / A referenced record does not exist */
  | 'NOT_FOUND'
  /** 超出允许范围 / Outside the allowed range */
  | 'OUT_OF_RANGE'
  /** 必填 / A value is required */
  | 'REQUIRED'
  /** 太长 / Too long */
  | 'TOO_LONG'
  /** 尝试次数过多，请稍后再试 / Too many attempts; try again later */
  | 'TOO_MANY_ATTEMPTS'
  /** 太短 / Too short */
  | 'TOO_SHORT';

export type EmployerOptionsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type EmployerOptionsQuery = { organisations: { totalCount: number, edges: Array<{ node: { allianceMember: boolean, id: string, kind: OrganisationKind, nameZh: string, nameEn: string, sampleData: boolean } }> } };

export type OrganisationNameFragment = { id: string, kind: OrganisationKind, nameZh: string, nameEn: string, sampleData: boolean };

export type ViewerFieldsFragment = { id: string, email: string, displayName: string, role: Role, organisation: { id: string, kind: OrganisationKind, nameZh: string, nameEn: string, sampleData: boolean } | null, talentProfile: { id: string, legalName: string, employer: { id: string, kind: OrganisationKind, nameZh: string, nameEn: string, sampleData: boolean } | null } | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { id: string, email: string, displayName: string, role: Role, organisation: { id: string, kind: OrganisationKind, nameZh: string, nameEn: string, sampleData: boolean } | null, talentProfile: { id: string, legalName: string, employer: { id: string, kind: OrganisationKind, nameZh: string, nameEn: string, sampleData: boolean } | null } | null } | null };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { user: { id: string } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { user: { id: string } | null, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: { ok: boolean, errors: Array<{ field: string | null, code: UserErrorCode, message: string }> } };

export const OrganisationNameFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"sampleData"}}]}}]} as unknown as DocumentNode<OrganisationNameFragment, unknown>;
export const ViewerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"talentProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"sampleData"}}]}}]} as unknown as DocumentNode<ViewerFieldsFragment, unknown>;
export const EmployerOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployerOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"ENTERPRISE"}},{"kind":"Argument","name":{"kind":"Name","value":"allianceMember"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationName"}},{"kind":"Field","name":{"kind":"Name","value":"allianceMember"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"sampleData"}}]}}]} as unknown as DocumentNode<EmployerOptionsQuery, EmployerOptionsQueryVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"sampleData"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"talentProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationName"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;