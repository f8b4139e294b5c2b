import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../api/src/core/auth/role.js';
import { User } from '../api/src/modules/account/user.entity.js';
import { Organisation, OrganisationKind } from '../api/src/modules/organisation/organisation.entity.js';
import { hashPassword } from '../api/src/core/auth/password.js';
import { COMMUNITY, SAMPLE_LOGINS, SAMPLE_PASSWORD } from './ids.js';

/**
 * The town's 14 villages (村) and 27 residential areas (居民区). The source document gives the
 * counts and a few names; those are real (`sampleData: false`), every other one is invented and
 * says 示例 / sample.
 *
 * Real names and where the source has them:
 * - villages: 聚源桥村, 月狮村, 沈家桥村 (the 三村联动 rural-revival area), 长春村 (its families in
 *   hardship are paired with the town market's Party branch);
 * - residential areas: 庆安四村 (the 宝莲湖 renovation), 昱翠家苑 (its Party branch's youth
 *   volunteers), 月浦七村 (its residents' committee, 居委, visited residents over 80).
 * The source does not say which kind 庆安四村 and 长春村 are: Shanghai's numbered 新村 estates
 * (庆安四村, 月浦七村) are residential areas, and 长春村 is taken to be a village. Correct the
 * kind here if the town's own list says otherwise.
 */
const REAL_VILLAGES: [zh: string, en: string][] = [
  ['聚源桥村', 'Juyuanqiao Village'],
  ['月狮村', 'Yueshi Village'],
  ['沈家桥村', 'Shenjiaqiao Village'],
  ['长春村', 'Changchun Village'],
];

const REAL_RESIDENTIAL_AREAS: [zh: string, en: string][] = [
  ['庆安四村', 'Qing\'an No. 4 Estate'],
  ['昱翠家苑', 'Yucui Jiayuan'],
  ['月浦七村', 'Yuepu No. 7 Estate'],
];

function places(kind: OrganisationKind, ids: readonly string[], real: [string, string][], sample: { zh: string; en: string }) {
  return ids.map((id, i) => {
    const known = real[i];
    if (known) return { id, kind, nameZh: known[0], nameEn: known[1], sampleData: false };
    const n = i - real.length + 1;
    return { id, kind, nameZh: `${sample.zh} ${n}（示例）`, nameEn: `${sample.en} ${n} (sample)`, sampleData: true };
  });
}

export const VILLAGES = places(OrganisationKind.VILLAGE, COMMUNITY.villages, REAL_VILLAGES, { zh: '示例村', en: 'Sample village' });
export const RESIDENTIAL_AREAS = places(OrganisationKind.RESIDENTIAL_AREA, COMMUNITY.residentialAreas, REAL_RESIDENTIAL_AREAS, { zh: '示例居民区', en: 'Sample residential area' });

/** Sample community workers: one for 庆安四村 (a residential area), one for 长春村 (a village). */
export const COMMUNITY_WORKERS = [
  { id: COMMUNITY.workers[0], email: SAMPLE_LOGINS.community, displayName: '社区工作者 吴芳', organisation: COMMUNITY.residentialAreas[0] },
  { id: COMMUNITY.workers[1], email: SAMPLE_LOGINS.community2, displayName: '社区工作者 郑强', organisation: COMMUNITY.villages[3] },
];

export async function loadCommunityPlaces(em: EntityManager): Promise<void> {
  for (const place of [...VILLAGES, ...RESIDENTIAL_AREAS]) em.create(Organisation, place);
  const passwordHash = await hashPassword(SAMPLE_PASSWORD);
  for (const w of COMMUNITY_WORKERS) {
    em.create(User, { id: w.id, email: w.email, displayName: w.displayName, role: Role.COMMUNITY_WORKER, organisation: em.getReference(Organisation, w.organisation), passwordHash });
  }
}
