import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../api/src/modules/account/user.entity.js';
import { AllianceConvenerTerm, AllianceMemberProfile } from '../api/src/modules/alliance/alliance-member.entity.js';
import { AllianceEvent, EventSeatQuota } from '../api/src/modules/alliance/alliance-event.entity.js';
import { AllianceEventKind, AllianceEventStatus, CadreNominationStatus, EnterpriseSize, RegistrationStatus, SeatKind } from '../api/src/modules/alliance/alliance.enums.js';
import { CadreCohort, CadreNomination } from '../api/src/modules/alliance/cadre.entity.js';
import { EventRegistration } from '../api/src/modules/alliance/event-registration.entity.js';
import { newCheckInCode } from '../api/src/modules/alliance/registration.service.js';
import { Organisation } from '../api/src/modules/organisation/organisation.entity.js';
import { ALLIANCE, itemAt, ORG, USER } from './ids.js';

/**
 * Sample data of the tech alliance. Profiles, fields and events are invented (the source gives
 * only the count of 12 enterprises and the kinds of activity). Dates are relative to the day the
 * sample data is loaded, in Shanghai time, so a fresh database always has upcoming events.
 */

const FIELDS: [string, string, EnterpriseSize][] = [
  ['智能装备', 'Intelligent equipment', EnterpriseSize.MEDIUM],
  ['新材料', 'New materials', EnterpriseSize.MEDIUM],
  ['数字制造', 'Digital manufacturing', EnterpriseSize.SMALL],
  ['氢能', 'Hydrogen energy', EnterpriseSize.SMALL],
  ['生物医药', 'Biomedicine', EnterpriseSize.MEDIUM],
  ['工业软件', 'Industrial software', EnterpriseSize.SMALL],
  ['环保科技', 'Environmental technology', EnterpriseSize.SMALL],
  ['低碳能源', 'Low-carbon energy', EnterpriseSize.MEDIUM],
  ['集成电路设计', 'IC design', EnterpriseSize.SMALL],
  ['人工智能', 'Artificial intelligence', EnterpriseSize.MICRO],
  ['精密检测', 'Precision testing', EnterpriseSize.SMALL],
  ['供应链数字化', 'Supply-chain digitalisation', EnterpriseSize.MEDIUM],
];

/** `days` from today (Shanghai) at hh:mm Shanghai time. */
function shanghai(now: Date, days: number, hh: number, mm = 0): Date {
  const local = new Date(now.getTime() + 8 * 3600_000);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + days, hh - 8, mm));
}

interface SampleEvent {
  titleZh: string; titleEn: string; descriptionZh: string; descriptionEn: string;
  kind: AllianceEventKind; host: string | null; venueZh?: string; venueEn?: string;
  day: number; from: number; to: number; capacity: number; status: AllianceEventStatus;
  quotas?: [string, number][]; cohort?: boolean;
}

export async function loadAllianceSampleData(em: EntityManager, now = new Date()): Promise<void> {
  const year = new Date(now.getTime() + 8 * 3600_000).getUTCFullYear();
  const org = (id: string) => em.getReference(Organisation, id);
  const user = (id: string) => em.getReference(User, id);

  ORG.enterprises.forEach((id, i) => {
    const [fieldZh, fieldEn, size] = itemAt(FIELDS, i);
    em.create(AllianceMemberProfile, {
      organisation: org(id), fieldZh, fieldEn, size,
      contactName: `联络人${i + 1}（示例）`,
      contactEmail: `alliance${i + 1}@enterprise.example`,
      joinedOn: `${year - 2 + (i % 2)}-0${(i % 9) + 1}-15`,
    });
  });
  const convenerTerms: [year: number, enterprise: number][] = [[year - 2, 2], [year - 1, 1], [year, 0]];
  convenerTerms.forEach(([y, e]) => {
    em.create(AllianceConvenerTerm, { year: y, organisation: org(itemAt(ORG.enterprises, e)), note: '联席会议轮值召集人（示例）' });
  });

  const cohort = em.create(CadreCohort, {
    id: ALLIANCE.cohort2026, year,
    themeZh: '懂经济、善管理、讲政治的复合型后备力量培养',
    themeEn: 'Training reserve cadres who understand the economy, can manage and are politically reliable',
    places: 10, startsOn: `${year}-09-01`, endsOn: `${year}-12-31`, partner: org(ORG.shuMaterials),
  });

  const events: SampleEvent[] = [
    { titleZh: '理论宣讲进企业：新质生产力与科技创新', titleEn: 'Theory lecture in the enterprise: new quality productive forces and innovation',
      descriptionZh: '镇科创党建联盟理论宣讲走进成员企业，围绕新质生产力与科技创新开展专题宣讲与交流。', descriptionEn: 'The alliance brings a theory lecture into a member enterprise: new quality productive forces and technological innovation, with discussion.',
      kind: AllianceEventKind.LECTURE, host: ORG.enterprises[0], venueZh: '一楼报告厅', venueEn: 'Ground-floor lecture hall',
      day: 7, from: 14, to: 16, capacity: 60, status: AllianceEventStatus.PUBLISHED, quotas: [[ORG.enterprises[0], 10], [ORG.enterprises[1], 5]] },
    { titleZh: '世界人工智能大会体验', titleEn: 'Visit to the World Artificial Intelligence Conference',
      descriptionZh: '组织联盟企业青年人才赴世界人工智能大会参观体验，统一乘车前往。', descriptionEn: 'Young talent of the alliance enterprises visit the World AI Conference together; a coach leaves from the town hall.',
      kind: AllianceEventKind.VISIT, host: null, venueZh: '世博中心', venueEn: 'Shanghai World Expo Centre',
      day: 14, from: 9, to: 17, capacity: 40, status: AllianceEventStatus.PUBLISHED, quotas: [[ORG.enterprises[9], 5]] },
    { titleZh: '氢能与低碳产业学习互鉴交流会', titleEn: 'Learning exchange: hydrogen and low-carbon industries',
      descriptionZh: '成员企业分享氢能与低碳能源领域的实践经验，开展学习互鉴。', descriptionEn: 'Member enterprises share their practice in hydrogen and low-carbon energy and learn from each other.',
      kind: AllianceEventKind.EXCHANGE, host: ORG.enterprises[3], day: 21, from: 14, to: 17, capacity: 30, status: AllianceEventStatus.PUBLISHED },
    { titleZh: '科创党建联盟联席会议', titleEn: 'Joint meeting of the science-and-tech alliance',
      descriptionZh: '轮值召集人主持联席会议，通报需求清单、认领清单和项目清单进展。', descriptionEn: 'The rotating convener chairs the joint meeting: progress of the needs, claims and projects lists.',
      kind: AllianceEventKind.MEETING, host: ORG.enterprises[0], day: 10, from: 9, to: 11, capacity: 24, status: AllianceEventStatus.PUBLISHED },
    { titleZh: '数字化转型培训：工业软件应用', titleEn: 'Digital transformation training: industrial software in practice',
      descriptionZh: '工业软件企业讲解数字化转型中的软件选型与应用。', descriptionEn: 'An industrial-software member explains choosing and using software in digital transformation.',
      kind: AllianceEventKind.TRAINING, host: ORG.enterprises[5], day: -20, from: 14, to: 17, capacity: 30, status: AllianceEventStatus.COMPLETED },
    { titleZh: '集成电路设计企业参访', titleEn: 'Visit to an IC design enterprise',
      descriptionZh: '走进集成电路设计企业，了解芯片设计流程。', descriptionEn: 'A visit to an IC design member to see how chips are designed.',
      kind: AllianceEventKind.VISIT, host: ORG.enterprises[8], day: -45, from: 9, to: 12, capacity: 20, status: AllianceEventStatus.COMPLETED },
    { titleZh: '下一年度学习互鉴计划研讨（草稿）', titleEn: 'Planning next year\'s learning exchange (draft)',
      descriptionZh: '协调人起草中。', descriptionEn: 'Being drafted by the coordinators.',
      kind: AllianceEventKind.MEETING, host: null, venueZh: '月浦镇政府会议室', venueEn: 'Yuepu Town Government meeting room',
      day: 40, from: 14, to: 16, capacity: 30, status: AllianceEventStatus.DRAFT },
    { titleZh: '干部培养交流：材料科学前沿与企业管理', titleEn: 'Cadre exchange: frontiers of materials science and enterprise management',
      descriptionZh: '上海大学材料科学与工程学院专题课程，仅限本批次入选人员。', descriptionEn: 'A session at Shanghai University\'s School of Materials Science and Engineering, for the cohort\'s selected participants only.',
      kind: AllianceEventKind.TRAINING, host: ORG.shuMaterials, venueZh: '上海大学宝山校区', venueEn: 'Shanghai University, Baoshan campus',
      day: 30, from: 9, to: 16, capacity: 10, status: AllianceEventStatus.PUBLISHED, cohort: true },
  ];

  const created = events.map((e, i) => {
    const startsAt = shanghai(now, e.day, e.from);
    const event = em.create(AllianceEvent, {
      id: itemAt(ALLIANCE.events, i),
      titleZh: e.titleZh, titleEn: e.titleEn, descriptionZh: e.descriptionZh, descriptionEn: e.descriptionEn,
      kind: e.kind, hostOrganisation: e.host ? org(e.host) : null, venueZh: e.venueZh ?? null, venueEn: e.venueEn ?? null,
      startsAt, endsAt: shanghai(now, e.day, e.to), capacity: e.capacity,
      registrationOpensAt: shanghai(now, Math.min(e.day, 0) - 14, 9),
      registrationClosesAt: shanghai(now, e.day - 1, 18),
      status: e.status, cohort: e.cohort ? cohort : null,
      reservedSeatsReleasedAt: e.day < 0 ? startsAt : null,
      createdBy: user(USER.coordinator),
    });
    for (const [organisation, seats] of e.quotas ?? []) em.create(EventSeatQuota, { event, organisation: org(organisation), seats });
    return event;
  });

  em.create(CadreNomination, { id: ALLIANCE.nominations[0], cohort, person: user(USER.talents[0]), organisation: org(ORG.enterprises[0]), nominatedBy: user(USER.hr), reason: '研发骨干，具备管理潜力（示例）', status: CadreNominationStatus.SELECTED, decidedAt: now });
  em.create(CadreNomination, { id: ALLIANCE.nominations[1], cohort, person: user(USER.talents[1]), organisation: org(ORG.enterprises[1]), nominatedBy: user(USER.hr2), reason: '青年人才（示例）' });

  // Quotas must exist before the registrations that use them: the database checks each seat as it is written.
  await em.flush();

  // [registration, event, person, employer, registered by, seat, checked in, rating]
  const rows: [number, number, string, string, string, SeatKind, boolean, number | null][] = [
    [0, 0, USER.talent, ORG.enterprises[0], USER.talent, SeatKind.RESERVED, false, null],
    [1, 0, USER.talents[0], ORG.enterprises[0], USER.hr, SeatKind.RESERVED, false, null],
    [2, 0, USER.talents[1], ORG.enterprises[1], USER.hr2, SeatKind.RESERVED, false, null],
    [3, 4, USER.talent, ORG.enterprises[0], USER.talent, SeatKind.OPEN, true, 5],
    [4, 4, USER.talents[0], ORG.enterprises[0], USER.hr, SeatKind.OPEN, true, 4],
    [5, 4, USER.talents[1], ORG.enterprises[1], USER.hr2, SeatKind.OPEN, true, null],
    [6, 4, USER.talents[2], ORG.enterprises[2], USER.talents[2], SeatKind.OPEN, false, null],
    [7, 5, USER.talent, ORG.enterprises[0], USER.talent, SeatKind.OPEN, true, 5],
    [8, 5, USER.talents[3], ORG.enterprises[3], USER.talents[3], SeatKind.OPEN, true, null],
    [9, 7, USER.talents[0], ORG.enterprises[0], USER.hr, SeatKind.OPEN, false, null],
  ];
  const queue = new Map<number, number>();
  for (const [r, e, person, employer, by, seat, attended, rating] of rows) {
    const event = itemAt(created, e);
    const n = (queue.get(e) ?? 0) + 1;
    queue.set(e, n);
    em.create(EventRegistration, {
      id: itemAt(ALLIANCE.registrations, r), event, person: user(person), organisation: org(employer), registeredBy: user(by),
      status: RegistrationStatus.REGISTERED, seat, queueNumber: n, checkInCode: newCheckInCode(),
      checkedInAt: attended ? new Date(event.startsAt.getTime() - 10 * 60_000) : null,
      checkedInBy: attended ? user(USER.coordinator) : null,
      feedbackRating: rating, feedbackComment: rating ? '内容实用，收获很大（示例）' : null, feedbackAt: rating ? event.endsAt : null,
    });
  }
}
