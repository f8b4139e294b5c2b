import { registerEnumType } from 'type-graphql';

export enum Role {
  TALENT = 'TALENT',
  ENTERPRISE_HR = 'ENTERPRISE_HR',
  COORDINATOR = 'COORDINATOR',
  REVIEWER = 'REVIEWER',
  BANK_LIAISON = 'BANK_LIAISON',
  COMMUNITY_WORKER = 'COMMUNITY_WORKER',
  ADMIN = 'ADMIN',
}

registerEnumType(Role, {
  name: 'Role',
  description: '用户角色 / What a user does on the platform',
  valuesConfig: {
    TALENT: { description: '人才：查政策、算积分、申请 / Talent: looks up policies, computes points, applies' },
    ENTERPRISE_HR: { description: '企业人事：确认、推荐员工 / Enterprise HR: confirms and nominates staff' },
    COORDINATOR: { description: '联盟协调人：发布学习活动 / Alliance coordinator: posts learning events' },
    REVIEWER: { description: '镇审核人员：审核申请 / Town reviewer: reviews applications' },
    BANK_LIAISON: { description: '银行联络员：答复融资需求 / Bank liaison: answers financing requests' },
    COMMUNITY_WORKER: { description: '社区工作者：代表一个村或居民区收集需求、签订结对协议 / Community worker: acts for one village or residential area, posts its needs and pairings' },
    ADMIN: { description: '管理员：管理账号和规则 / Administrator: manages accounts and rule data' },
  },
});

/** Roles that act for an organisation, and the kinds of organisation each may act for. */
export const ORGANISATION_KINDS_OF_ROLE: Partial<Record<Role, readonly string[]>> = {
  [Role.ENTERPRISE_HR]: ['ENTERPRISE'],
  [Role.BANK_LIAISON]: ['BANK_BRANCH'],
  [Role.COORDINATOR]: ['TOWN_OFFICE'],
  [Role.REVIEWER]: ['TOWN_OFFICE'],
  [Role.COMMUNITY_WORKER]: ['VILLAGE', 'RESIDENTIAL_AREA'],
};
