import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../api/src/modules/account/user.entity.js';
import { ClaimantKind, WishCategory, WishHandover, WishStatus } from '../api/src/modules/microwish/index.js';
import { CommunityVolunteer, MicroWish, MicroWishClaim, MicroWishRecipient } from '../api/src/modules/microwish/microwish.entity.js';
import { Organisation } from '../api/src/modules/organisation/organisation.entity.js';
import { COMMUNITY, itemAt, MICROWISH, ORG, USER } from './ids.js';

/**
 * Sample micro-wishes, after the source's examples (gifts for residents over 80, help for
 * families in hardship). Every wish says 示例 / sample, and the residents are invented.
 */
const QINGAN = COMMUNITY.residentialAreas[0];
const CHANGCHUN = COMMUNITY.villages[3];
const [QINGAN_WORKER, CHANGCHUN_WORKER] = [COMMUNITY.workers[0], COMMUNITY.workers[1]];

interface SampleWish {
  place: string;
  worker: string;
  category: WishCategory;
  handover: WishHandover;
  title: string;
  description: string;
  estimatedValueYuan: number;
  postedAt: string;
  resident: { name: string; phone: string | null; address: string };
  claim?: { kind: ClaimantKind; organisation: string | null; by: string; at: string; note?: string };
  fulfilledOn?: string;
  fulfilmentNote?: string;
}

const WISHES: SampleWish[] = [
  {
    place: QINGAN, worker: QINGAN_WORKER, category: WishCategory.ELDERLY, handover: WishHandover.HOME_VISIT,
    title: '重阳节慰问：一副老花镜和一条羊毛围巾', description: '一位 86 岁的独居老人，视力下降，冬天怕冷，希望重阳节前收到。（示例数据）',
    estimatedValueYuan: 300, postedAt: '2026-09-20T10:00:00+08:00', resident: { name: '示例居民甲', phone: '021-56780001', address: '示例地址 1 号 101 室' },
  },
  {
    place: QINGAN, worker: QINGAN_WORKER, category: WishCategory.CHILDREN, handover: WishHandover.AT_PLACE_OFFICE,
    title: '一套初中数学辅导书', description: '一名初二学生，父母在外地务工，希望有一套同步辅导书。（示例数据）',
    estimatedValueYuan: 150, postedAt: '2026-10-08T09:30:00+08:00', resident: { name: '示例居民乙', phone: null, address: '示例地址 2 号 202 室' },
  },
  {
    place: QINGAN, worker: QINGAN_WORKER, category: WishCategory.HARDSHIP, handover: WishHandover.AT_PLACE_OFFICE,
    title: '一台电饭煲', description: '困难家庭，原来的电饭煲坏了。（示例数据）',
    estimatedValueYuan: 200, postedAt: '2026-10-15T14:00:00+08:00', resident: { name: '示例居民丙', phone: '13800000003', address: '示例地址 3 号 303 室' },
    claim: { kind: ClaimantKind.ORGANISATION, organisation: ORG.enterprises[0], by: USER.hr, at: '2026-10-16T09:00:00+08:00', note: '下周一送到居委会。' },
  },
  {
    place: CHANGCHUN, worker: CHANGCHUN_WORKER, category: WishCategory.HARDSHIP, handover: WishHandover.HOME_VISIT,
    title: '米面粮油一份', description: '困难家庭结对帮扶：一个月的米、面和食用油。（示例数据）',
    estimatedValueYuan: 260, postedAt: '2026-09-01T10:00:00+08:00', resident: { name: '示例居民丁', phone: '13800000004', address: '示例村 4 组 12 号' },
    claim: { kind: ClaimantKind.ORGANISATION, organisation: ORG.enterprises[1], by: USER.hr2, at: '2026-09-02T11:00:00+08:00' },
    fulfilledOn: '2026-09-10', fulfilmentNote: '已由结对单位送到家中。（示例数据）',
  },
  {
    place: CHANGCHUN, worker: CHANGCHUN_WORKER, category: WishCategory.ELDERLY, handover: WishHandover.HOME_VISIT,
    title: '一辆轻便轮椅', description: '一位 82 岁老人腿脚不便，希望有一辆轻便轮椅出门晒太阳。（示例数据）',
    estimatedValueYuan: 800, postedAt: '2025-10-10T10:00:00+08:00', resident: { name: '示例居民戊', phone: '021-56780005', address: '示例村 2 组 8 号' },
    claim: { kind: ClaimantKind.ORGANISATION, organisation: ORG.banks[0], by: USER.bank, at: '2025-10-11T10:00:00+08:00' },
    fulfilledOn: '2025-10-29', fulfilmentNote: '重阳节当天送达。（示例数据）',
  },
];

export async function loadMicroWishSampleData(em: EntityManager): Promise<void> {
  WISHES.forEach((w, i) => {
    const fulfilled = !!w.fulfilledOn;
    const wish = em.create(MicroWish, {
      id: itemAt(MICROWISH.wishes, i), place: em.getReference(Organisation, w.place), category: w.category, handover: w.handover, title: w.title, description: w.description,
      estimatedValueYuan: w.estimatedValueYuan, postedBy: em.getReference(User, w.worker), postedAt: new Date(w.postedAt),
      status: fulfilled ? WishStatus.FULFILLED : w.claim ? WishStatus.CLAIMED : WishStatus.OPEN,
      ...(fulfilled ? { fulfilledOn: w.fulfilledOn, fulfilledAt: new Date(`${w.fulfilledOn}T17:00:00+08:00`), fulfilledBy: em.getReference(User, w.worker), fulfilmentNote: w.fulfilmentNote } : {}),
    });
    em.create(MicroWishRecipient, { wish, ...w.resident, note: '示例数据 / sample data' });
    if (w.claim) {
      const n = WISHES.slice(0, i).filter((x) => x.claim).length;
      em.create(MicroWishClaim, {
        id: itemAt(MICROWISH.claims, n), wish, claimantKind: w.claim.kind, organisation: w.claim.organisation ? em.getReference(Organisation, w.claim.organisation) : null,
        claimedBy: em.getReference(User, w.claim.by), claimedAt: new Date(w.claim.at), note: w.claim.note ?? null,
      });
    }
  });
  // talent2@ is registered as a Party member who takes wishes as an individual.
  em.create(CommunityVolunteer, { user: em.getReference(User, USER.talents[0]), phone: '13900139002', partyMember: true });
}
