import type { GroupKey } from './groups';
import { communityShellZhCN } from '../features/community/shell-messages.zh-CN';
import { microwishShellZhCN } from '../features/microwish/shell-messages.zh-CN';
import { fundShellZhCN } from '../features/fund/shell-messages.zh-CN';
import { appointmentsShellZhCN } from '../features/appointments/shell-messages.zh-CN';
import { notificationsShellZhCN } from '../features/notifications/shell-messages.zh-CN';
import { meetingsShellZhCN } from '../features/meetings/shell-messages.zh-CN';
import { adminShellZhCN } from '../features/admin/shell-messages.zh-CN';
import { identityShellZhCN } from '../features/identity/shell-messages.zh-CN';
import { applicationsShellZhCN } from '../features/applications/shell-messages.zh-CN';
import { allianceShellZhCN } from '../features/alliance/shell-messages.zh-CN';
import { policyShellZhCN } from '../features/policy/shell-messages.zh-CN';
import { rulesShellZhCN } from '../features/rules/shell-messages.zh-CN';
import { bankShellZhCN } from '../features/bank/shell-messages.zh-CN';
import { apartmentsShellZhCN } from '../features/apartments/shell-messages.zh-CN';

/**
 * Chinese (zh-CN): the platform's first language and the source of every message key.
 * `en.ts` must name the same keys; TypeScript fails the build when one is missing.
 * Placeholders are written `{name}`. These are the words loaded with the shell, which every page
 * shows; each feature's other words load with the pages that use them (`groups.ts`).
 */
export const zhCN = {
  'app.name': '月浦人才与科创联盟服务平台',
  'app.otherName': 'Yuepu Hub',
  'app.tagline': '宝山区月浦镇 · 人才服务、科创联盟与银企合作',
  'app.footer': '月浦镇人才与科创联盟服务平台 · 上海市宝山区月浦镇',
  'app.skipToContent': '跳到正文',

  'locale.switchTo': 'English',
  'locale.switchLabel': '切换到英文界面',

  'nav.label': '主导航',
  'nav.menu': '菜单',
  'nav.home': '首页',
  'nav.signIn': '登录',
  'nav.signUp': '注册',
  'nav.signOut': '退出登录',
  'nav.signingOut': '正在退出…',
  'nav.userMenu': '当前用户',
  'nav.soonBadge': '即将上线',
  'nav.alliance.events': '学习互鉴活动',
  'nav.alliance.events.body': '浏览联盟的理论宣讲、参观体验等活动，报名或加入候补。',
  'nav.alliance.events.hrBody': '为本企业员工报名联盟学习互鉴活动，查看签到码。',
  'nav.alliance.events.coordinatorBody': '发布活动，设置名额和企业预留座位，查看报名与到场情况，现场签到。',
  'nav.alliance.learning': '我的学习',
  'nav.alliance.learning.body': '参加过的活动、干部培养交流安排和日历订阅。',
  'nav.alliance.participation': '企业参与统计',
  'nav.alliance.participation.body': '按企业、按月份统计联盟活动的报名和出席，导出 CSV。',

  'route.home': '首页',
  'route.signIn': '登录',
  'route.signUp': '人才注册',
  'route.notFound': '页面不存在',
  'route.forbidden': '没有权限',

  'common.loading': '正在加载…',
  'common.retry': '重试',
  'common.dismiss': '关闭',
  'common.backHome': '返回首页',
  'common.sampleData': '示例数据',
  'common.sampleDataHint': '该机构名称为示例数据，并非真实企业',
  'common.none': '—',
  'pager.label': '翻页',
  'pager.previous': '上一页',
  'pager.next': '下一页',
  'pager.page': '第 {n} / {count} 页：第 {from}–{to} 条，共 {total} 条',

  'role.TALENT': '人才',
  'role.ENTERPRISE_HR': '企业人事',
  'role.COORDINATOR': '联盟协调人',
  'role.REVIEWER': '镇审核人员',
  'role.BANK_LIAISON': '银行联络员',
  'role.COMMUNITY_WORKER': '社区工作者',
  'role.ADMIN': '平台管理员',

  'home.greeting': '您好，{name}',
  'home.roleLabel': '身份',
  'home.organisationLabel': '所属机构',
  'home.noOrganisation': '尚未关联机构',
  'home.whatsNext': '您可以在这里',
  'home.soonNote': '标有“即将上线”的功能正在建设中，上线后即可使用。',

  'home.visitor.title': '欢迎来到月浦人才与科创联盟服务平台',
  'home.visitor.lead':
    '月浦镇为新引进人才、联盟企业、镇人才办和驻地银行搭建的线上服务平台：查政策、算积分、在线申请、跟踪进度，一站办理。',
  'home.visitor.signIn': '登录',
  'home.visitor.signUp': '人才注册',
  'home.visitor.staffNote': '企业人事、联盟协调人、审核人员、银行联络员和社区工作者的账号由平台管理员开通。',
  'home.visitor.talent.title': '人才服务',
  'home.visitor.talent.body': '人才落户、居住证积分、人才公寓、人才安居资助、企业骨干人才专项激励，政策一目了然。',
  'home.visitor.alliance.title': '科创联盟',
  'home.visitor.alliance.body': '镇科创党建联盟 12 家企业资源共享、学习互鉴：理论宣讲进企业、世界人工智能大会体验等活动。',
  'home.visitor.bank.title': '银企合作',
  'home.visitor.bank.body': '驻地金融机构 11 家宝山支行牵手月浦，为科创企业和人才提供金融服务。',
  'home.visitor.review.title': '审核与兑现',
  'home.visitor.review.body': '企业确认、镇人才办审核、合作银行发放，每一步进度都能在线查看。',

  'soon.policies.title': '查政策',
  'soon.policies.body': '了解人才落户、居住证积分、人才公寓、安居资助等政策的条件和所需材料。',
  'soon.points.title': '算积分',
  'soon.points.body': '按年龄、学历、职称、社保年限等指标估算居住证积分，看看离 120 分标准分还差多少。',
  'soon.myApplications.title': '我的申请',
  'soon.myApplications.body': '在线提交申请、上传材料，跟踪每一份申请直到资金或公寓到位。',
  'soon.staffApplications.title': '员工申请确认',
  'soon.staffApplications.body': '确认本企业员工的在职情况，一览本企业的全部申请。',
  'soon.nominations.title': '骨干人才推荐',
  'soon.nominations.body': '推荐企业骨干人才专项激励和党委干部培养交流计划人选。',
  'soon.eventSignUp.title': '联盟活动报名',
  'soon.eventSignUp.body': '为员工报名理论宣讲进企业、世界人工智能大会体验等学习互鉴活动。',
  'soon.events.title': '学习互鉴活动',
  'soon.events.body': '发布活动，设置名额和日期，查看报名与到场情况。',
  'soon.participation.title': '企业参与统计',
  'soon.participation.body': '按企业统计联盟活动的报名和参与情况。',
  'soon.reviewQueue.title': '审核队列',
  'soon.reviewQueue.body': '处理已提交的申请：通过、驳回并说明理由，或要求补充材料。',
  'soon.payments.title': '发放登记',
  'soon.payments.body': '登记已批准资助的发放情况。',
  'soon.bankProducts.title': '金融产品',
  'soon.bankProducts.body': '发布本支行面向人才和科创企业的金融产品。',
  'soon.financingRequests.title': '融资需求',
  'soon.financingRequests.body': '答复匹配到本支行的融资需求。',
  'soon.users.title': '账号管理',
  'soon.users.body': '开通企业人事、协调人、审核人员和银行联络员账号。',
  'soon.organisations.title': '机构管理',
  'soon.organisations.body': '维护联盟企业、银行支行和镇政府等机构信息。',
  'soon.page.heading': '{feature}：即将上线',
  'soon.page.body': '这个功能正在建设中，暂时无法使用。上线后会出现在这里。',

  'signIn.title': '登录',
  'signIn.lead': '使用注册邮箱和密码登录。',
  'signIn.email': '邮箱',
  'signIn.password': '密码',
  'signIn.submit': '登录',
  'signIn.submitting': '正在登录…',
  'signIn.noAccount': '还没有账号？',
  'signIn.toSignUp': '人才注册',
  'signIn.registered': '账号已创建，请登录。',
  'signIn.forgot': '忘记密码？',

  'signUp.title': '人才注册',
  'signUp.lead': '新引进人才可在此自助注册。带 * 的为必填项。',
  'signUp.email': '邮箱',
  'signUp.password': '密码',
  'signUp.passwordHint': '至少 10 个字符，请设置一个不易被猜到的密码。',
  'signUp.displayName': '显示名称',
  'signUp.displayNameHint': '平台上向他人显示的称呼。',
  'signUp.legalName': '真实姓名',
  'signUp.legalNameHint': '与身份证件一致，用于办理申请。',
  'signUp.residentIdNumber': '居民身份证号码',
  'signUp.phone': '手机号码',
  'signUp.employer': '工作单位（联盟企业）',
  'signUp.employerNone': '暂不选择',
  'signUp.employerHint': '如您就职于镇科创联盟企业，请选择；其他单位可稍后补充。',
  'signUp.employerUnavailable': '暂时无法加载企业列表，可先不选择，稍后补充。',
  'signUp.submit': '注册',
  'signUp.submitting': '正在注册…',
  'signUp.haveAccount': '已有账号？',
  'signUp.toSignIn': '登录',
  'signUp.sampleSuffix': '（示例）',

  'form.optional': '（选填）',
  'form.choose': '请选择',
  'form.required': '（必填）',
  'form.problemsTitle': '有问题需要修改',
  'form.problemOn': '{label}：',

  'notFound.body': '找不到这个页面，链接可能有误或页面已移动。',
  'forbidden.body': '您的账号没有访问这个页面的权限。',

  'error.network': '无法连接服务器，请检查网络后重试。',
  'error.server': '服务器暂时无法处理请求，请稍后再试。',
  'error.serverResponse': '服务器返回了无法识别的内容，请稍后再试。',
  'error.unauthenticated': '登录已失效，请重新登录。',
  'error.forbidden': '您没有权限执行此操作。',
  'error.notFound': '未找到相关内容，它可能已被删除，或您无权查看。',
  'error.badUserInput': '提交的内容有误，请按各项提示修改后再提交。',
  'error.conflict': '内容已被他人修改，请刷新后重试。',
  'error.tooLarge': '提交的内容太大。',
  'error.rateLimited': '操作太频繁，请稍后再试。',
  'error.outdated': '页面版本已过期，请刷新页面。',
  'error.internal': '系统出错了，请稍后再试。',
  'error.busy': '服务繁忙，请稍后重试。',
  'error.unknown': '出现了意外问题，请稍后再试。',
  'error.reference': '（参考编号：{ref}）',

  'userError.REQUIRED': '请填写此项。',
  'userError.INVALID': '请按提示的格式填写。',
  'userError.TOO_SHORT': '内容太短，请补充。',
  'userError.TOO_LONG': '内容太长，请删减。',
  'userError.OUT_OF_RANGE': '超出允许的范围，请按提示修改。',
  'userError.DUPLICATE': '已被使用，请换一个。',
  'userError.NOT_FOUND': '找不到所选内容，请重新选择。',
  'userError.INVALID_CREDENTIALS': '邮箱或密码不正确。',
  'userError.TOO_MANY_ATTEMPTS': '尝试次数过多，请稍后再试。',
  'userError.CONFLICT': '与现有内容冲突，请刷新后重试。',
  'userError.INVALID_STATE': '当前状态下不能执行此操作。',
  'userError.email.INVALID': '请输入有效的邮箱地址。',
  'userError.email.DUPLICATE': '该邮箱已注册，请直接登录。',
  ...allianceShellZhCN,
  ...policyShellZhCN,
  ...rulesShellZhCN,
  ...bankShellZhCN,
  ...applicationsShellZhCN,
  ...adminShellZhCN,
  ...identityShellZhCN,
  ...apartmentsShellZhCN,
  ...communityShellZhCN,
  ...microwishShellZhCN,
  ...fundShellZhCN,
  ...appointmentsShellZhCN,
  ...notificationsShellZhCN,
  ...meetingsShellZhCN,
} as const;

/** The words loaded with the shell (this file): the menu, page titles, errors and notifications. */
export type ShellKey = keyof typeof zhCN;
/** Any word of the app: the shell's, or those of a group loaded with its pages (`groups.ts`). */
export type MessageKey = ShellKey | GroupKey;
