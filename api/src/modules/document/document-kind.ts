import { registerEnumType } from 'type-graphql';
import type { LocalisedText } from '../../core/errors/domain-error.js';

/** What a document proves; policies name the kinds their checklist needs. */
export enum DocumentKind {
  ID_CARD = 'ID_CARD',
  LABOUR_CONTRACT = 'LABOUR_CONTRACT',
  DEGREE_CERTIFICATE = 'DEGREE_CERTIFICATE',
  TITLE_CERTIFICATE = 'TITLE_CERTIFICATE',
  SOCIAL_INSURANCE_RECORD = 'SOCIAL_INSURANCE_RECORD',
  TAX_RECORD = 'TAX_RECORD',
  INCOME_PROOF = 'INCOME_PROOF',
  RESIDENCE_PERMIT = 'RESIDENCE_PERMIT',
  HUKOU_PROOF = 'HUKOU_PROOF',
  RENTAL_CONTRACT = 'RENTAL_CONTRACT',
  NO_PROPERTY_STATEMENT = 'NO_PROPERTY_STATEMENT',
  EMPLOYER_RECOMMENDATION = 'EMPLOYER_RECOMMENDATION',
  OTHER = 'OTHER',
  PHOTO = 'PHOTO',
  RECEIPT = 'RECEIPT',
}

export const DOCUMENT_KIND_NAMES: Record<DocumentKind, LocalisedText> = {
  ID_CARD: { zh: '身份证', en: 'Resident ID card' },
  LABOUR_CONTRACT: { zh: '劳动合同', en: 'Labour contract' },
  DEGREE_CERTIFICATE: { zh: '学历学位证书', en: 'Degree certificate' },
  TITLE_CERTIFICATE: { zh: '职称或技能等级证书', en: 'Professional title or skill certificate' },
  SOCIAL_INSURANCE_RECORD: { zh: '社保缴费记录', en: 'Social-insurance record' },
  TAX_RECORD: { zh: '个人所得税完税证明', en: 'Income-tax record' },
  INCOME_PROOF: { zh: '收入证明', en: 'Proof of income' },
  RESIDENCE_PERMIT: { zh: '上海市居住证', en: 'Shanghai residence permit' },
  HUKOU_PROOF: { zh: '户籍证明', en: 'Household registration (hukou) proof' },
  RENTAL_CONTRACT: { zh: '租赁合同', en: 'Rental contract' },
  NO_PROPERTY_STATEMENT: { zh: '无房承诺或证明', en: 'Statement of owning no property' },
  EMPLOYER_RECOMMENDATION: { zh: '单位推荐函', en: 'Employer\'s recommendation letter' },
  OTHER: { zh: '其他材料', en: 'Other document' },
  PHOTO: { zh: '照片（如心愿送达、项目完成）', en: 'Photo (e.g. a wish delivered, a project finished)' },
  RECEIPT: { zh: '票据或收据（资助款使用凭证）', en: 'Invoice or receipt (how grant money was spent)' },
};

/**
 * Evidence that anyone signed in may upload for the community work (a photo of a delivered wish,
 * a receipt for grant money). Every other kind belongs in a talent's own document wallet.
 */
export const EVIDENCE_KINDS: readonly DocumentKind[] = [DocumentKind.PHOTO, DocumentKind.RECEIPT];

registerEnumType(DocumentKind, {
  name: 'DocumentKind',
  description: '材料类型 / What a document proves',
  valuesConfig: Object.fromEntries(
    Object.entries(DOCUMENT_KIND_NAMES).map(([kind, name]) => [kind, { description: `${name.zh} / ${name.en}` }]),
  ),
});
