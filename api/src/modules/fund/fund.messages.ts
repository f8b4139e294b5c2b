import type { LocalisedText } from '../../core/errors/domain-error.js';
import { TEXT_FIELD_MESSAGES } from '../../core/text-fields.js';
import { groupedYuanFromFen } from '../../core/money.js';

/**
 * What the charity fund says to people, in both languages, in one place: services name a message
 * instead of writing it inline (as account.messages.ts does).
 */
export const FUND_MESSAGES = {
  // Records, for "not found".
  grant: { zh: '资助', en: 'grant' },
  ledgerEntry: { zh: '账目', en: 'ledger entry' },
  communityProject: { zh: '社区项目', en: 'community project' },
  approvedGrant: { zh: '已批准的资助', en: 'approved grant' },

  // Field labels, which the checks below and core/text-fields.ts put into their messages.
  donationAmount: { zh: '金额', en: 'amount' },
  donationReceivedOn: { zh: '到账日期', en: 'date received' },
  donorName: { zh: '捐赠人', en: 'donor\'s name' },
  donationNote: { zh: '备注', en: 'note' },
  grantAmount: { zh: '申请金额', en: 'amount' },
  grantPurpose: { zh: '用途说明', en: 'description' },
  approvalNote: { zh: '意见', en: 'note' },
  rejectionReason: { zh: '原因', en: 'reason' },
  trancheAmount: { zh: '本期金额', en: 'amount' },
  tranchePaidOn: { zh: '拨付日期', en: 'date paid' },
  trancheReference: { zh: '流水号', en: 'reference' },
  receiptAmount: { zh: '票据金额', en: 'amount' },
  receiptContents: { zh: '票据内容', en: 'description' },
  reversalReason: { zh: '冲正原因', en: 'reason' },

  // Amounts and dates.
  missing: TEXT_FIELD_MESSAGES.missing,
  amountNotWholeFen: (label: LocalisedText): LocalisedText => ({ zh: `${label.zh}应为整数（单位：分）。`, en: `The ${label.en} must be a whole number of fen.` }),
  amountOutOfRange: (label: LocalisedText): LocalisedText => ({ zh: `${label.zh}应在 0.01 元到 1 亿元之间。`, en: `The ${label.en} must be from 0.01 to 100,000,000 yuan.` }),
  dateInFuture: (label: LocalisedText): LocalisedText => ({ zh: `${label.zh}不能晚于今天。`, en: `The ${label.en} cannot be in the future.` }),
  dateBeforeRecords: (label: LocalisedText, earliest: string): LocalisedText => ({ zh: `${label.zh}不能早于 ${earliest}。`, en: `The ${label.en} cannot be before ${earliest}.` }),

  // Donations.
  unknownArea: { zh: '请选择五个板块之一，或不限定。', en: 'Choose one of the five areas, or none.' },
  personalGiftWithOrganisation: { zh: '个人捐赠不选单位。', en: 'A personal gift has no organisation.' },
  personalDonorNameMissing: { zh: '请填写捐赠人姓名（不同意公开时不会显示）。', en: 'Please enter the donor\'s name (it is not shown unless they agreed).' },
  organisationNotFound: { zh: '找不到该单位。', en: 'That organisation was not found.' },
  organisationDonorMissing: { zh: '请选择成员单位或填写单位名称。', en: 'Choose a member organisation or enter the organisation\'s name.' },

  // Grants: applying and deciding.
  needOutsideAreas: { zh: '该项目的需求不属于五个板块，请选择资助板块。', en: 'This project\'s need is in none of the five areas: choose the area.' },
  grantAlreadyAwaitingApproval: { zh: '该项目已有一份待审批的资助申请。', en: 'This project already has a grant application awaiting approval.' },
  alreadyApprovedByYou: { zh: '您已批准过这项资助，需要另一位工作人员批准。', en: 'You have already approved this grant; another member of staff must approve it.' },
  notEnoughMoney: (area: LocalisedText, areaFen: number, generalFen: number, requestedFen: number): LocalisedText => ({
    zh: `基金可用余额不足：“${area.zh}”定向资金可用 ${groupedYuanFromFen(areaFen)} 元，非定向资金可用 ${groupedYuanFromFen(generalFen)} 元，申请 ${groupedYuanFromFen(requestedFen)} 元。`,
    en: `Not enough money available: ${groupedYuanFromFen(areaFen)} yuan restricted to "${area.en}", ${groupedYuanFromFen(generalFen)} yuan unrestricted, for ${groupedYuanFromFen(requestedFen)} yuan applied for.`,
  }),
  applicantCannotDecide: { zh: '申请人不能审批自己的资助申请。', en: 'The applicant cannot decide on their own grant application.' },
  grantAlreadyDecided: { zh: '这项资助已审批完毕。', en: 'This grant has already been decided.' },

  // Paying and receipts.
  grantNotApproved: { zh: '只有已批准的资助可以拨付。', en: 'Only an approved grant can be paid.' },
  trancheOverLeftToPay: (leftFen: number): LocalisedText => ({ zh: `本期金额超过未拨付余额 ${groupedYuanFromFen(leftFen)} 元。`, en: `This is more than the ${groupedYuanFromFen(leftFen)} yuan left to pay.` }),
  paidBeforeApproval: (approvedOn: string): LocalisedText => ({ zh: `拨付日期不能早于批准日期（${approvedOn}）。`, en: `The date paid cannot be before the approval (${approvedOn}).` }),
  receiptNotYours: { zh: '找不到您上传的这张票据，请重新上传（类别选“票据”）。', en: 'That receipt is not one you uploaded; please upload it again as a receipt.' },
  receiptBeforePayment: { zh: '资助款拨付后才能上传使用票据。', en: 'Receipts can be filed once money has been paid.' },
  receiptAlreadyFiled: { zh: '这张票据已经登记过。', en: 'This receipt has already been filed.' },

  // Reversing ledger entries.
  reversalOfReversal: { zh: '冲正账目本身不能再冲正；请重新登记正确的一笔。', en: 'A reversing entry cannot itself be reversed; record the right entry again.' },
  donationAlreadyCommitted: (availableFen: number, amountFen: number): LocalisedText => ({
    zh: `这笔捐赠所在资金池只剩 ${groupedYuanFromFen(availableFen)} 元未承诺，不足以冲正 ${groupedYuanFromFen(amountFen)} 元；请先撤销相应资助。`,
    en: `Only ${groupedYuanFromFen(availableFen)} yuan of this donation's pool is uncommitted, less than the ${groupedYuanFromFen(amountFen)} yuan to reverse; cancel grants first.`,
  }),
  grantHasPayments: { zh: '该资助已有拨付；请先冲正各期拨付，再撤销资助。', en: 'This grant has payments; reverse them before cancelling the grant.' },
  alreadyReversed: { zh: '这笔账目已经冲正过。', en: 'This entry has already been reversed.' },
} as const satisfies Record<string, LocalisedText | ((...args: never[]) => LocalisedText)>;
