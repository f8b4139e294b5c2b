import type { EntityManager } from '@mikro-orm/postgresql';
import { UnitLayout as L, UnitStatus as S } from '../api/src/modules/apartment/apartment.enums.js';
import { ApartmentOperator, ApartmentProject, ApartmentUnit } from '../api/src/modules/apartment/inventory.entity.js';
import { TALENT_APARTMENT_RULE_SET_CODE } from '../api/src/modules/apartment/terms.js';
import { Policy } from '../api/src/modules/policy/policy.entity.js';
import { RuleSet, RuleVersion } from '../api/src/modules/policy/rule.entity.js';
import { DEFAULT_TALENT_APARTMENT_RULES, TALENT_APARTMENT_DOC } from '../api/src/modules/policy/rules/talent-apartment.rules.js';
import { APARTMENT, itemAt, POLICY } from './ids.js';

/**
 * The talent-apartment rule data of POLICY.md §3.1 (rates, caps, 3 years), as version 1 of its
 * own rule set. In force from 2023-01-01, the earliest date the sources show these rates ([INF]).
 */
export async function loadApartmentRules(em: EntityManager): Promise<void> {
  const ruleSet = em.create(RuleSet, {
    id: APARTMENT.ruleSet,
    code: TALENT_APARTMENT_RULE_SET_CODE,
    kind: 'TALENT_APARTMENT',
    policy: em.getReference(Policy, POLICY.talentApartment),
    nameZh: '人才公寓租金补贴标准和配租参数',
    nameEn: 'Talent apartment rent subsidy and letting settings',
  });
  em.create(RuleVersion, {
    id: APARTMENT.ruleVersion,
    ruleSet,
    version: 1,
    effectiveFrom: '2023-01-01',
    data: structuredClone(DEFAULT_TALENT_APARTMENT_RULES),
    legalBasis: TALENT_APARTMENT_DOC,
    noteZh: '首版：补贴比例、上限和 3 年期限依据政策参考（POLICY.md §3.1）；答复期限和租期为本镇设定。',
    noteEn: 'First version: rates, caps and the 3-year limit from the policy reference (POLICY.md §3.1); the answer time and lease term are the town\'s own settings.',
  });
}

export async function apartmentPolicyExists(em: EntityManager): Promise<boolean> {
  return (await em.count(Policy, { id: POLICY.talentApartment })) === 1;
}

type UnitSeed = [code: string, layout: L, areaSqm: number, rent: number, status?: S];

/**
 * Sample inventory. POLICY.md: apartment locations, stock and rents in Yuepu are unknown, so every
 * name here says 示例 / sample, the addresses are placeholders, and no map coordinates are given.
 */
const PROJECTS: { operator: 0 | 1; nameZh: string; nameEn: string; addressZh: string; addressEn: string; distanceKm: number; units: UnitSeed[] }[] = [
  {
    operator: 0,
    nameZh: '示例人才公寓一期（示例数据）',
    nameEn: 'Sample Talent Apartments, Phase 1 (sample data)',
    addressZh: '宝山区月浦镇（示例地址，非真实房源）',
    addressEn: 'Yuepu Town, Baoshan (placeholder address, not a real building)',
    distanceKm: 1.5,
    units: [
      ['1-101', L.STUDIO, 32, 1800], ['1-102', L.STUDIO, 32, 1800], ['1-201', L.STUDIO, 35, 2000], ['1-202', L.STUDIO, 35, 2000, S.MAINTENANCE],
      ['2-301', L.ONE_BEDROOM, 48, 2600], ['2-302', L.ONE_BEDROOM, 48, 2600], ['2-401', L.ONE_BEDROOM, 52, 2800],
      ['3-501', L.TWO_BEDROOM, 76, 3800],
    ],
  },
  {
    operator: 1,
    nameZh: '示例青年人才公寓（示例数据）',
    nameEn: 'Sample Young Talent Apartments (sample data)',
    addressZh: '宝山区（示例地址，非真实房源）',
    addressEn: 'Baoshan District (placeholder address, not a real building)',
    distanceKm: 4.2,
    units: [
      ['A-601', L.ONE_BEDROOM, 45, 2400], ['A-602', L.ONE_BEDROOM, 45, 2400, S.MAINTENANCE],
      ['B-701', L.TWO_BEDROOM, 72, 3600], ['B-702', L.TWO_BEDROOM, 72, 3600],
      ['C-801', L.THREE_BEDROOM, 95, 5200, S.MAINTENANCE],
    ],
  },
  {
    operator: 1,
    nameZh: '示例人才公寓二期（示例数据）',
    nameEn: 'Sample Talent Apartments, Phase 2 (sample data)',
    addressZh: '宝山区（示例地址，非真实房源）',
    addressEn: 'Baoshan District (placeholder address, not a real building)',
    distanceKm: 7.8,
    units: [['5-101', L.STUDIO, 30, 1600], ['5-102', L.STUDIO, 30, 1600], ['5-201', L.ONE_BEDROOM, 50, 2500]],
  },
];

export async function loadApartmentSampleData(em: EntityManager): Promise<void> {
  const operators = [
    em.create(ApartmentOperator, {
      id: APARTMENT.operators[0], nameZh: '示例运营方：月浦人才安居公司（示例）', nameEn: 'Sample operator: Yuepu Talent Housing Co. (sample)', sampleData: true,
      payeeAccountName: '示例户名（非真实账户）', payeeBank: '示例银行宝山支行', payeeAccountNumber: '6200000000000001',
    }),
    em.create(ApartmentOperator, {
      id: APARTMENT.operators[1], nameZh: '示例运营方：宝山青年公寓管理公司（示例）', nameEn: 'Sample operator: Baoshan Youth Apartments Ltd. (sample)', sampleData: true,
      payeeAccountName: '示例户名（非真实账户）', payeeBank: '示例银行宝山支行', payeeAccountNumber: '6200000000000002',
    }),
  ];
  let n = 0;
  PROJECTS.forEach((p, i) => {
    const project = em.create(ApartmentProject, {
      id: itemAt(APARTMENT.projects, i), operator: itemAt(operators, p.operator), nameZh: p.nameZh, nameEn: p.nameEn, addressZh: p.addressZh, addressEn: p.addressEn,
      distanceKm: p.distanceKm, sampleData: true,
    });
    for (const [code, layout, areaSqm, monthlyRentYuan, status] of p.units) {
      em.create(ApartmentUnit, { id: APARTMENT.units[n++], project, code, layout, areaSqm, monthlyRentYuan, status: status ?? S.AVAILABLE });
    }
  });
}
