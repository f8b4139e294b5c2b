import type { LocalisedText } from '../../core/errors/domain-error.js';

/**
 * What the micro-wish module says to people, in both languages, in one place: services name a
 * message instead of writing it inline (as account.messages.ts does).
 */
export const MICROWISH_MESSAGES = {
  wish: { zh: '微心愿', en: 'micro-wish' },

  // Field labels, which core/text-fields.ts puts into its messages.
  wishTitle: { zh: '心愿', en: 'wish' },
  wishDescription: { zh: '说明', en: 'description' },
  wishDueOn: { zh: '希望实现日期', en: 'date hoped for' },
  residentName: { zh: '居民姓名', en: 'resident\'s name' },
  residentAddress: { zh: '住址', en: 'address' },
  recipientNote: { zh: '备注', en: 'note' },
  withdrawReason: { zh: '撤回原因', en: 'reason' },
  claimNote: { zh: '留言', en: 'note' },
  releaseReason: { zh: '原因', en: 'reason' },
  fulfilledOn: { zh: '圆梦日期', en: 'date fulfilled' },
  fulfilmentNote: { zh: '圆梦说明', en: 'note' },

  // Posting and changing a wish.
  residentPhoneInvalid: { zh: '电话应为 11 位手机号码或固定电话（如 021-56781234）。', en: 'A phone is an 11-digit mobile number or a landline (e.g. 021-56781234).' },
  valueOutOfRange: { zh: '大约价值应为 1 到 100000 元的整数。', en: 'The rough value is a whole number of yuan from 1 to 100,000.' },
  dueInPast: { zh: '希望实现日期不能早于今天。', en: 'The date hoped for cannot be in the past.' },
  publicTextNamesResident: { zh: '这段文字公开显示，请不要写居民的姓名、电话或住址。', en: 'This text is public: leave out the resident\'s name, phone and address.' },
  changedMeanwhile: { zh: '这个心愿已被他人修改，请刷新后再改。', en: 'Someone else changed this wish; refresh and try again.' },
  onlyOpenChangeable: { zh: '只有待认领的心愿可以修改。', en: 'Only an open wish can be changed.' },
  notWithdrawable: { zh: '已圆梦或已撤回的心愿不能撤回。', en: 'A fulfilled or withdrawn wish cannot be withdrawn.' },
  withdrawnTellClaimant: (reason: string): LocalisedText => ({
    zh: `社区工作者撤回了心愿（${reason}），无需再送达。谢谢您！`,
    en: `The community worker withdrew the wish (${reason}); there is nothing to deliver. Thank you!`,
  }),

  // Claiming, giving up and fulfilling.
  claimedMeanwhile: { zh: '这个心愿刚刚已被认领，请看看其他心愿。', en: 'Someone has just claimed this wish; please look at the others.' },
  registerAsVolunteerFirst: { zh: '个人认领前请先登记为志愿者（留下手机号码，注明是否党员）。', en: 'Register as a volunteer first (your mobile number, and whether you are a Party member).' },
  tooManyStandingClaims: (standing: number): LocalisedText => ({
    zh: `已有 ${standing} 个认领尚未送达；送达或放弃一些后再认领新的。`,
    en: `You have ${standing} claimed wishes not yet delivered; deliver or give up some before claiming more.`,
  }),
  claimedTitle: (title: string): LocalisedText => ({ zh: `心愿已被认领：${title}`, en: `Wish claimed: ${title}` }),
  claimedBody: (title: string, note: string | null): LocalisedText => ({
    zh: `“${title}”已被认领${note ? `，留言：${note}` : ''}。请联系认领人安排送达。`,
    en: `"${title}" has been claimed${note ? `, with a note: ${note}` : ''}. Please contact the claimant to arrange the handover.`,
  }),
  onlyClaimedReleasable: { zh: '只有已认领、尚未圆梦的心愿可以放弃认领。', en: 'Only a claimed wish that is not yet fulfilled can be given up.' },
  claimantGaveUpTitle: (title: string): LocalisedText => ({ zh: `认领人放弃了心愿：${title}`, en: `A claimant gave up a wish: ${title}` }),
  claimantGaveUpBody: (title: string, reason: string | null): LocalisedText => ({
    zh: `“${title}”重新开放认领${reason ? `（原因：${reason}）` : ''}。`,
    en: `"${title}" is open for claims again${reason ? ` (reason: ${reason})` : ''}.`,
  }),
  workerEndedClaim: (reason: string | null): LocalisedText => ({
    zh: `社区工作者取消了您的认领${reason ? `（${reason}）` : ''}，心愿重新开放。`,
    en: `The community worker ended your claim${reason ? ` (${reason})` : ''}; the wish is open again.`,
  }),
  fulfilledInFuture: { zh: '圆梦日期不能晚于今天。', en: 'The date fulfilled cannot be in the future.' },
  photoNotYours: { zh: '找不到您上传的这张照片，请重新上传。', en: 'That photo is not one you uploaded; please upload it again.' },
  onlyClaimedFulfillable: { zh: '只有已认领的心愿可以确认圆梦。', en: 'Only a claimed wish can be confirmed fulfilled.' },
  fulfilledBeforeClaim: (claimedOn: string): LocalisedText => ({ zh: `圆梦日期不能早于认领日期（${claimedOn}）。`, en: `The date fulfilled cannot be before the claim (${claimedOn}).` }),
  fulfilledTellClaimant: (title: string): LocalisedText => ({ zh: `“${title}”已送到居民手中，谢谢您的爱心！`, en: `"${title}" has reached the resident. Thank you for your kindness!` }),
  claimantTitle: (title: string): LocalisedText => ({ zh: `微心愿：${title}`, en: `Micro-wish: ${title}` }),

  // Volunteers and statistics.
  mobileMissing: { zh: '请填写手机号码。', en: 'Please enter your mobile number.' },
  mobileInvalid: { zh: '手机号码应为 11 位，以 1 开头。', en: 'A mobile number has 11 digits and starts with 1.' },
  yearOutOfRange: { zh: '年份应在 2000 到 2100 之间。', en: 'The year must be from 2000 to 2100.' },
} as const satisfies Record<string, LocalisedText | ((...args: never[]) => LocalisedText)>;
