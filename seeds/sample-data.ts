import { residentIdCheckChar } from '../api/src/core/privacy/resident-id.js';
import { Role } from '../api/src/core/auth/role.js';
import { OrganisationKind } from '../api/src/modules/organisation/organisation.entity.js';
import { EducationLevel } from '../api/src/modules/talent/education-level.js';
import { itemAt, ORG, SAMPLE_LOGINS, USER } from './ids.js';

/**
 * Sample data. The source document gives the counts (12 alliance enterprises, 11 partner bank
 * branches) but no names, so every invented or assumed name is flagged `sampleData: true` and
 * says 示例 / sample in its name.
 */

export const ORGANISATIONS = [
  { id: ORG.townOffice, kind: OrganisationKind.TOWN_OFFICE, nameZh: '月浦镇人民政府（人才工作办公室）', nameEn: 'Yuepu Town Government (Talent Office)', sampleData: false },
  { id: ORG.shuMaterials, kind: OrganisationKind.UNIVERSITY, nameZh: '上海大学材料科学与工程学院', nameEn: 'Shanghai University, School of Materials Science and Engineering', sampleData: false },
  ...[
    ['月浦智能装备科技有限公司', 'Yuepu Intelligent Equipment Technology Co.'],
    ['宝月新材料科技有限公司', 'Baoyue New Materials Technology Co.'],
    ['月浦数字智造有限公司', 'Yuepu Digital Manufacturing Co.'],
    ['沪北氢能科技有限公司', 'Hubei Hydrogen Energy Technology Co.'],
    ['月湖生物医药科技有限公司', 'Yuehu Biomedical Technology Co.'],
    ['月狮工业软件有限公司', 'Yueshi Industrial Software Co.'],
    ['聚源桥环保科技有限公司', 'Juyuanqiao Environmental Technology Co.'],
    ['月浦低碳能源科技有限公司', 'Yuepu Low-Carbon Energy Technology Co.'],
    ['北岸集成电路设计有限公司', 'North Shore IC Design Co.'],
    ['月塘人工智能科技有限公司', 'Yuetang Artificial Intelligence Technology Co.'],
    ['宝山精密检测技术有限公司', 'Baoshan Precision Testing Technology Co.'],
    ['月浦供应链数字科技有限公司', 'Yuepu Supply Chain Digital Technology Co.'],
  ].map(([zh, en], i) => ({
    id: itemAt(ORG.enterprises, i),
    kind: OrganisationKind.ENTERPRISE,
    nameZh: `上海${zh}（示例）`,
    nameEn: `Shanghai ${en} (sample)`,
    allianceMember: true,
    sampleData: true,
  })),
  ...[
    ['中国工商银行上海宝山支行', 'ICBC Shanghai Baoshan Sub-branch'],
    ['中国农业银行上海宝山支行', 'Agricultural Bank of China Shanghai Baoshan Sub-branch'],
    ['中国银行上海宝山支行', 'Bank of China Shanghai Baoshan Sub-branch'],
    ['中国建设银行上海宝山支行', 'China Construction Bank Shanghai Baoshan Sub-branch'],
    ['交通银行上海宝山支行', 'Bank of Communications Shanghai Baoshan Sub-branch'],
    ['上海银行宝山支行', 'Bank of Shanghai Baoshan Sub-branch'],
    ['上海农商银行宝山支行', 'Shanghai Rural Commercial Bank Baoshan Sub-branch'],
    ['招商银行上海宝山支行', 'China Merchants Bank Shanghai Baoshan Sub-branch'],
    ['浦发银行宝山支行', 'SPD Bank Baoshan Sub-branch'],
    ['兴业银行上海宝山支行', 'Industrial Bank Shanghai Baoshan Sub-branch'],
    ['中国邮政储蓄银行上海宝山区支行', 'Postal Savings Bank of China Shanghai Baoshan Sub-branch'],
  ].map(([zh, en], i) => ({
    id: itemAt(ORG.banks, i),
    kind: OrganisationKind.BANK_BRANCH,
    // The source says 11 Baoshan branches partner with Yuepu without naming them: assumed list.
    nameZh: `${zh}（示例）`,
    nameEn: `${en} (sample)`,
    sampleData: true,
  })),
];

/** A valid-looking but invented ID number registered in Baoshan (area code 310113). */
export function sampleResidentId(birth: string, sequence: number): string {
  const first17 = `310113${birth.replace(/-/g, '')}${String(sequence).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

export const STAFF = [
  { id: USER.admin, email: SAMPLE_LOGINS.admin, displayName: '系统管理员', role: Role.ADMIN, organisation: null },
  { id: USER.reviewer, email: SAMPLE_LOGINS.reviewer, displayName: '审核员 陈静', role: Role.REVIEWER, organisation: ORG.townOffice },
  { id: USER.coordinator, email: SAMPLE_LOGINS.coordinator, displayName: '联盟协调人 周宁', role: Role.COORDINATOR, organisation: ORG.townOffice },
  { id: USER.hr, email: SAMPLE_LOGINS.hr, displayName: '人事 李敏', role: Role.ENTERPRISE_HR, organisation: ORG.enterprises[0] },
  { id: USER.hr2, email: SAMPLE_LOGINS.hr2, displayName: '人事 赵磊', role: Role.ENTERPRISE_HR, organisation: ORG.enterprises[1] },
  { id: USER.bank, email: SAMPLE_LOGINS.bank, displayName: '银行联络员 孙悦', role: Role.BANK_LIAISON, organisation: ORG.banks[0] },
];

export const TALENTS = [
  { id: USER.talent, email: SAMPLE_LOGINS.talent, displayName: '王晓月', legalName: '王晓月', birth: '1996-05-12', phone: '13800138001', education: EducationLevel.MASTER, employer: ORG.enterprises[0] },
  { id: USER.talents[0], email: 'talent2@yuepu.example', displayName: '刘博', legalName: '刘博', birth: '1990-11-03', phone: '13900139002', education: EducationLevel.DOCTOR, employer: ORG.enterprises[0] },
  { id: USER.talents[1], email: 'talent3@yuepu.example', displayName: '张雨桐', legalName: '张雨桐', birth: '1999-02-28', phone: '13700137003', education: EducationLevel.BACHELOR_WITH_DEGREE, employer: ORG.enterprises[1] },
  { id: USER.talents[2], email: 'talent4@yuepu.example', displayName: '何俊', legalName: '何俊', birth: '1988-07-19', phone: '13600136004', education: EducationLevel.ASSOCIATE, employer: ORG.enterprises[2] },
  { id: USER.talents[3], email: 'talent5@yuepu.example', displayName: 'Emily Chen', legalName: '陈艾米', birth: '1994-09-30', phone: '13500135005', education: EducationLevel.MASTER, employer: ORG.enterprises[3] },
];
