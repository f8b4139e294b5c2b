/**
 * Words of the town's pre-check (预审) for city procedures (issue 17 item 7): its states and steps
 * under the applications' keys, and its panels. Part of the applications' word group
 * (spread into `applicationsZhCN`), so the application pages that show them load them.
 */
export const preCheckZhCN = {
  'applications.benefit.PRE_CHECK': '镇预审（市级事项，由市级部门决定）',
  'applications.status.AWAITING_RECOMMENDATION': '预审通过，待推荐',
  'applications.status.READY_TO_FILE': '预审通过，请向市级部门申报',

  'applications.action.SUBMIT_PRE_CHECK': '提交预审材料',
  'applications.action.RESUBMIT_PRE_CHECK': '补充材料后重新提交预审',
  'applications.action.PASS_PRE_CHECK': '预审通过',
  'applications.action.PASS_PRE_CHECK_FOR_RECOMMENDATION': '预审通过，转推荐',
  'applications.action.PRE_CHECK_NEEDS_DOCUMENTS': '预审：需补充材料',
  'applications.action.PRE_CHECK_NOT_ELIGIBLE': '预审：不符合条件',
  'applications.action.RECOMMEND_BY_EMPLOYER': '单位推荐',
  'applications.action.RECOMMEND_BY_TOWN': '镇推荐',

  'applications.act.SUBMIT_PRE_CHECK': '提交预审',
  'applications.act.RESUBMIT_PRE_CHECK': '补充后重新提交预审',
  'applications.act.PASS_PRE_CHECK': '预审通过',
  'applications.act.PASS_PRE_CHECK_FOR_RECOMMENDATION': '预审通过（转推荐）',
  'applications.act.PRE_CHECK_NEEDS_DOCUMENTS': '需补充材料',
  'applications.act.PRE_CHECK_NOT_ELIGIBLE': '不符合条件',
  'applications.act.RECOMMEND_BY_EMPLOYER': '单位推荐',
  'applications.act.RECOMMEND_BY_TOWN': '镇推荐',

  'preCheck.title': '预审（镇协助办理市级事项）',
  'preCheck.result': '预审结果',
  'preCheck.reason': '理由或说明',
  'preCheck.noResult': '尚未出具预审结果。',
  'preCheck.outcome.PASSED': '预审通过',
  'preCheck.outcome.NEEDS_DOCUMENTS': '需补充材料',
  'preCheck.outcome.NOT_ELIGIBLE': '不符合条件',
  'preCheck.accepted': '认可',
  'preCheck.problem': '需处理：{problem}',
  'preCheck.recommendedBy.EMPLOYER': '用人单位已推荐（{name}）',
  'preCheck.recommendedBy.TOWN': '月浦镇已推荐（{name}）',
  'preCheck.awaiting.EMPLOYER': '等待用人单位推荐。',
  'preCheck.awaiting.TOWN': '等待月浦镇推荐。',
  'preCheck.fileWithCity': '请向市级部门申报',
  'preCheck.where': '申报地点',
  'preCheck.how': '怎样申报',
  'preCheck.bring': '需提交的材料',
  'preCheck.cityDecides': '镇预审仅核对材料、提供指引；是否批准以市级部门的决定为准。',
  'preCheck.issue': '出具预审结果',
  'preCheck.conflict': '该申请已被他人处理，页面已刷新，请查看最新状态。',
  'preCheck.documents': '逐项核对材料',
  'preCheck.required': '必需',
  'preCheck.whatIsWrong': '问题说明（申请人可见）',
} as const;
