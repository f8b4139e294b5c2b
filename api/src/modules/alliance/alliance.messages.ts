import type { LocalisedText } from '../../core/errors/domain-error.js';
import { TEXT_FIELD_MESSAGES } from '../../core/text-fields.js';
import { shanghaiDateTimeEn, shanghaiDateTimeZh } from '../../core/time/shanghai.js';
import { titleForEnglish, type AllianceEvent } from './alliance-event.entity.js';
import type { CadreCohort } from './cadre.entity.js';

type EventTitles = Pick<AllianceEvent, 'titleZh' | 'titleEn'>;
type CohortThemes = Pick<CadreCohort, 'themeZh' | 'themeEn'>;

/**
 * What the alliance says to people (events, registrations, the cadre exchange, members), in both
 * languages, in one place: services name a message instead of writing it inline (as
 * account.messages.ts does).
 */
export const ALLIANCE_MESSAGES = {
  // Records, for "not found".
  event: { zh: '活动', en: 'event' },
  registration: { zh: '报名', en: 'registration' },
  person: { zh: '人员', en: 'person' },
  cohort: { zh: '批次', en: 'cohort' },
  nomination: { zh: '推荐', en: 'nomination' },
  memberEnterprise: { zh: '成员企业', en: 'member enterprise' },

  // Shared checks.
  missing: TEXT_FIELD_MESSAGES.missing,
  tooLong: (label: LocalisedText, max: number): LocalisedText => ({ zh: `${label.zh}最多 ${max} 字。`, en: `The ${label.en} can have at most ${max} characters.` }),
  dateFormat: { zh: '日期格式应为 YYYY-MM-DD。', en: 'Dates look like YYYY-MM-DD.' },
  yearOutOfRange: { zh: '年份须在 2000 到 2100 之间。', en: 'The year must be from 2000 to 2100.' },
  invalidYear: { zh: '年份无效。', en: 'Not a valid year.' },

  // Members and yearly conveners (alliance.service.ts).
  memberFieldZh: { zh: '中文领域', en: 'field in Chinese' },
  memberFieldEn: { zh: '英文领域', en: 'field in English' },
  memberContact: { zh: '联系人', en: 'contact person' },
  convenerNotMember: { zh: '召集人须为联盟成员企业。', en: 'The convener must be an alliance member enterprise.' },
  convenerNoteTooLong: { zh: '备注最多 500 字。', en: 'The note can have at most 500 characters.' },

  // Posting and changing events (event.service.ts).
  eventTitleZh: { zh: '中文标题', en: 'Chinese title' },
  eventTitleEn: { zh: '英文标题', en: 'English title' },
  eventDescriptionZh: { zh: '中文介绍', en: 'Chinese description' },
  eventDescriptionEn: { zh: '英文介绍', en: 'English description' },
  eventVenueZh: { zh: '中文地点', en: 'Chinese venue' },
  eventVenueEn: { zh: '英文地点', en: 'English venue' },
  invalidTime: { zh: '时间无效。', en: 'Not a valid time.' },
  endsBeforeStart: { zh: '结束时间须晚于开始时间。', en: 'The end must come after the start.' },
  registrationClosesBeforeOpening: { zh: '报名截止须晚于报名开始。', en: 'Registration must close after it opens.' },
  registrationClosesAfterStart: { zh: '报名截止不能晚于活动开始。', en: 'Registration must close no later than the start.' },
  capacityOutOfRange: (max: number): LocalisedText => ({ zh: `座位数须在 1 到 ${max} 之间。`, en: `Seats must be from 1 to ${max}.` }),
  releaseHoursOutOfRange: { zh: '释放时间须在 0 到 1440 小时之间。', en: 'The release time must be from 0 to 1,440 hours.' },
  hostNotFound: { zh: '承办机构不存在。', en: 'The host organisation does not exist.' },
  cohortNotFound: { zh: '干部培养交流批次不存在。', en: 'The cadre exchange cohort does not exist.' },
  reservedForNonMember: { zh: '预留座位只能给联盟成员企业。', en: 'Seats can be reserved only for alliance member enterprises.' },
  reservedTwiceForOne: { zh: '同一企业只能设一次预留座位。', en: 'Each enterprise can appear once.' },
  reserveAtLeastOne: { zh: '预留座位至少 1 个。', en: 'Reserve at least 1 seat.' },
  reservedOverCapacity: (reserved: number): LocalisedText => ({ zh: `预留座位合计 ${reserved} 个，超过座位总数。`, en: `The reserved seats add up to ${reserved}, more than the capacity.` }),
  eventClosedToChanges: { zh: '已取消或已结束的活动不能修改。', en: 'A cancelled or completed event cannot be changed.' },
  capacityBelowSeated: (seated: number): LocalisedText => ({ zh: `已有 ${seated} 人报名，座位数不能少于此数。`, en: `${seated} people are registered; the capacity cannot be lower.` }),
  quotaBelowHeld: (held: number): LocalisedText => ({ zh: `该企业已有 ${held} 人使用预留座位。`, en: `${held} of this enterprise's people already hold reserved seats.` }),
  quotaInUseRemoved: { zh: '不能取消已有人使用的预留座位。', en: 'Reserved seats already in use cannot be removed.' },
  openSeatsTaken: { zh: '公开座位已被占用，无法再预留这么多。', en: 'Too many open seats are taken to reserve that many.' },
  completedBeforeStart: { zh: '活动开始后才能标记为结束。', en: 'An event can be completed only after it has started.' },
  cancelReasonTooLong: { zh: '取消原因最多 500 字。', en: 'The reason can have at most 500 characters.' },
  notInThisStatus: { zh: '活动当前状态下不能这样做。', en: 'Not possible in the event\'s current status.' },
  eventChangedTitle: (event: EventTitles): LocalisedText => ({ zh: `活动信息有变：${event.titleZh}`, en: `Event changed: ${titleForEnglish(event)}` }),
  eventChangedBody: (event: EventTitles, startsAt: Date): LocalisedText => ({
    zh: `您报名的活动「${event.titleZh}」信息已更新，现定于 ${shanghaiDateTimeZh(startsAt)}（北京时间）开始，请查看最新安排。`,
    en: `"${titleForEnglish(event)}", which you signed up for, has changed; it now starts ${shanghaiDateTimeEn(startsAt)} (Beijing time). Please check the details.`,
  }),
  eventCancelledTitle: (event: EventTitles): LocalisedText => ({ zh: `活动已取消：${event.titleZh}`, en: `Event cancelled: ${titleForEnglish(event)}` }),
  eventCancelledBody: (event: EventTitles, startsAt: Date, reason: string | null): LocalisedText => ({
    zh: `原定于 ${shanghaiDateTimeZh(startsAt)} 举行的「${event.titleZh}」已取消。${reason ? `原因：${reason}` : ''}`,
    en: `"${titleForEnglish(event)}", planned for ${shanghaiDateTimeEn(startsAt)}, has been cancelled.${reason ? ` Reason: ${reason}` : ''}`,
  }),

  // Registrations, check-in and feedback (registration.service.ts).
  promotedTitle: (event: EventTitles): LocalisedText => ({ zh: `候补成功：${event.titleZh}`, en: `You have a seat: ${titleForEnglish(event)}` }),
  promotedBody: (event: EventTitles): LocalisedText => ({
    zh: `有人取消或座位已释放，您已从候补转为正式报名「${event.titleZh}」。签到码见活动页面。`,
    en: `A seat came free and you moved from the waitlist to registered for "${titleForEnglish(event)}". Your check-in code is on the event page.`,
  }),
  chooseStaffToRegister: { zh: '请选择要报名的员工。', en: 'Choose the staff to register.' },
  tooManyAtOnce: { zh: '一次最多报名 50 人。', en: 'Register at most 50 people at once.' },
  notTakingRegistrations: { zh: '该活动当前不接受报名。', en: 'This event is not taking registrations.' },
  registrationNotOpen: { zh: '报名尚未开始。', en: 'Registration has not opened yet.' },
  registrationClosed: { zh: '报名已截止。', en: 'Registration has closed.' },
  cohortSessionOnly: { zh: '该课程仅限干部培养交流批次入选人员。', en: 'Only people selected for this cadre exchange cohort may attend its sessions.' },
  alreadyRegistered: { zh: '已报名此活动。', en: 'Already registered for this event.' },
  alreadyWaitlisted: { zh: '已在此活动的候补名单中。', en: 'Already on this event\'s waitlist.' },
  registrationAlreadyCancelled: { zh: '该报名已取消。', en: 'This registration is already cancelled.' },
  tooLateToCancel: { zh: '活动已开始或已结束，不能取消报名。', en: 'The event has started or ended; the registration can no longer be cancelled.' },
  registrationCancelledTitle: (event: EventTitles): LocalisedText => ({ zh: `报名已取消：${event.titleZh}`, en: `Registration cancelled: ${titleForEnglish(event)}` }),
  registrationCancelledBody: { zh: '您的活动报名已由人事或联盟协调人取消。', en: 'Your registration was cancelled by your HR or an alliance coordinator.' },
  releaseOnlyPublished: { zh: '只有已发布的活动可以释放预留座位。', en: 'Only a published event can release its reserved seats.' },
  noCheckIns: { zh: '该活动不能签到。', en: 'This event does not take check-ins.' },
  checkInNotOpen: (hoursBefore: number): LocalisedText => ({ zh: `签到在活动开始前 ${hoursBefore} 小时开放。`, en: `Check-in opens ${hoursBefore} hours before the start.` }),
  unknownCheckInCode: { zh: '此活动没有这个签到码，请核对。', en: 'No registration for this event has that code; please check it.' },
  checkInWhileWaitlisted: { zh: '此人仍在候补名单中，未获得座位。', en: 'This person is still on the waitlist and has no seat.' },
  checkInCancelled: { zh: '此报名已取消。', en: 'This registration was cancelled.' },
  alreadyCheckedIn: (at: string): LocalisedText => ({ zh: `此人已于 ${at} 签到。`, en: `Already checked in at ${at}.` }),
  ratingOutOfRange: { zh: '评分须为 1 到 5。', en: 'The rating must be from 1 to 5.' },
  commentTooLong: { zh: '意见最多 1000 字。', en: 'The comment can have at most 1,000 characters.' },
  feedbackBeforeAttending: { zh: '签到参加活动后才能评价。', en: 'Feedback opens once you have attended the event.' },
  feedbackAlreadyGiven: { zh: '您已评价过此活动。', en: 'You have already given feedback on this event.' },

  // The cadre exchange (cadre.service.ts).
  cohortThemeZh: { zh: '中文主题', en: 'Chinese theme' },
  cohortThemeEn: { zh: '英文主题', en: 'English theme' },
  placesOutOfRange: { zh: '名额须在 1 到 500 之间。', en: 'Places must be from 1 to 500.' },
  lastDayBeforeFirst: { zh: '结束日期不能早于开始日期。', en: 'The last day cannot come before the first.' },
  nominationReasonTooLong: { zh: '推荐理由最多 1000 字。', en: 'The reason can have at most 1,000 characters.' },
  alreadyNominated: { zh: '此人已被推荐到该批次。', en: 'This person is already nominated for this cohort.' },
  nominationClosed: { zh: '该推荐已撤回或已结业。', en: 'This nomination was withdrawn or has been completed.' },
  cohortFull: (places: number): LocalisedText => ({ zh: `名额已满（${places} 人）。`, en: `All ${places} places are taken.` }),
  selectedTitle: (cohort: CohortThemes): LocalisedText => ({ zh: `入选干部培养交流：${cohort.themeZh}`, en: `Selected for the cadre exchange: ${cohort.themeEn}` }),
  notSelectedTitle: (cohort: CohortThemes): LocalisedText => ({ zh: `干部培养交流遴选结果：${cohort.themeZh}`, en: `Cadre exchange selection: ${cohort.themeEn}` }),
  selectedBody: { zh: '您已入选本批次，课程安排见批次页面和“我的学习”。', en: 'You have been selected for this cohort; the sessions are on the cohort\'s page and under "My learning".' },
  notSelectedBody: { zh: '很遗憾，本批次名额有限，您未能入选。', en: 'Places were limited and you were not selected this time.' },
  notWithdrawable: { zh: '只能撤回待遴选或已入选（未结业）的推荐。', en: 'Only nominations awaiting selection, or selected and not yet completed, can be withdrawn.' },
  nominationWithdrawnTitle: (cohort: CohortThemes): LocalisedText => ({ zh: `干部培养交流推荐已撤回：${cohort.themeZh}`, en: `Cadre exchange nomination withdrawn: ${cohort.themeEn}` }),
  nominationWithdrawnBody: { zh: '您所在企业已撤回对您的推荐。', en: 'Your enterprise has withdrawn your nomination.' },
  placeCameFreeTitle: (cohort: CohortThemes): LocalisedText => ({ zh: `干部培养交流名额空出：${cohort.themeZh}`, en: `A cadre exchange place came free: ${cohort.themeEn}` }),
  placeCameFreeBody: { zh: '一位已入选人员的推荐被所在企业撤回，可从其他推荐中遴选。', en: 'An enterprise withdrew a selected nominee; you can select another nominee.' },
  onlySelectedComplete: { zh: '只有入选人员可以记录结业。', en: 'Only selected people can complete the programme.' },
  completedBeforeCohortStarts: (startsOn: string): LocalisedText => ({
    zh: `本批次 ${startsOn} 开始，开始后才能记录结业。`,
    en: `This cohort starts on ${startsOn}; completion can be recorded once it has started.`,
  }),
} as const satisfies Record<string, LocalisedText | ((...args: never[]) => LocalisedText)>;
