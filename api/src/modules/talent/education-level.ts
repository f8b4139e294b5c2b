import { registerEnumType } from 'type-graphql';

/** Highest education, as the residence-permit points scheme grades it (POLICY.md 1.2 b). */
export enum EducationLevel {
  NONE = 'NONE',
  ASSOCIATE = 'ASSOCIATE',
  BACHELOR = 'BACHELOR',
  BACHELOR_WITH_DEGREE = 'BACHELOR_WITH_DEGREE',
  MASTER = 'MASTER',
  DOCTOR = 'DOCTOR',
}

registerEnumType(EducationLevel, {
  name: 'EducationLevel',
  description: '学历 / Highest education',
  valuesConfig: {
    NONE: { description: '大专以下 / Below associate degree' },
    ASSOCIATE: { description: '大专（高职）/ Associate degree (vocational college)' },
    BACHELOR: { description: '大学本科学历（无学位）/ Bachelor studies without the degree' },
    BACHELOR_WITH_DEGREE: { description: '本科学历及学士学位 / Bachelor with degree' },
    MASTER: { description: '硕士研究生学历学位 / Master' },
    DOCTOR: { description: '博士研究生学历学位 / Doctor' },
  },
});
