import type { LocalisedText } from '../../core/errors/domain-error.js';

/**
 * What the Excel imports say to people, in both languages, in one place: the services and routes
 * name a message instead of writing it inline. The columns' labels and hints stay with the columns
 * (import-columns.ts), and the template's headings (one bilingual string each) with the template.
 */
export const IMPORT_MESSAGES = {
  // Records, for "not found".
  enterprise: { zh: '企业', en: 'enterprise' },
  kindOfImport: { zh: '导入种类', en: 'kind of import' },

  // Who and how.
  chooseEnterprise: { zh: '请选择员工名单所属企业。', en: 'Choose the enterprise the staff list is for.' },
  requestedWithMissing: { zh: '缺少 X-Requested-With 请求头。', en: 'The X-Requested-With header is required.' },

  // The file as a whole.
  fileTooLarge: (mb: number): LocalisedText => ({ zh: `文件超过 ${mb} MB，请分成几个文件。`, en: `The file is over ${mb} MB; split it.` }),
  notXlsx: { zh: '无法读取：请上传 Excel 工作簿（.xlsx）。', en: 'The file cannot be read: upload an Excel workbook (.xlsx).' },
  tooLargeUnpacked: { zh: '文件解压后过大，请分成几个文件。', en: 'The file unpacks to too much data; split it.' },
  noSheet: { zh: '工作簿中没有工作表。', en: 'The workbook has no sheet.' },
  wrongHeader: (column: number, header: string): LocalisedText => ({ zh: `第 ${column} 列的标题应为“${header}”：请使用下载的模板。`, en: `Column ${column} should be headed "${header}": use the downloaded template.` }),
  tooManyRows: (max: number): LocalisedText => ({ zh: `最多 ${max} 行，请分成几个文件。`, en: `At most ${max} rows; split the file.` }),
  noRows: { zh: '文件中没有数据行（从第 2 行起填写）。', en: 'The file has no data rows (fill them in from row 2).' },
  alreadyImported: { zh: '这份文件已经导入过，没有重复导入。', en: 'This file has already been imported; it was not imported again.' },
  writtenMeanwhile: { zh: '另一份导入刚刚写入了相同的人员或编号，请重新上传以查看是哪几行。', en: 'Another import has just written some of the same people or references; upload again to see which rows.' },

  // Cells.
  formula: { zh: '单元格含公式，请复制后“粘贴为数值”。', en: 'The cell holds a formula; copy it and paste as values.' },
  unreadableCell: { zh: '无法识别单元格内容，请填写文字或数字。', en: 'The cell\'s content cannot be read; enter text or a number.' },
  dateNotText: { zh: '此列应为文字，不是日期。', en: 'This column takes text, not a date.' },
  residentIdAsNumber: { zh: '身份证号被 Excel 当成数字，已丢失末几位：请把此列设为文本后重新填写。', en: 'Excel took the ID number for a number and lost its last digits: format the column as text and enter it again.' },
  notTextOrWholeNumber: { zh: '此列应为文字或整数。', en: 'This column takes text or a whole number.' },
  cellTooLong: (max: number): LocalisedText => ({ zh: `内容过长（超过 ${max} 字）。`, en: `The content is too long (over ${max} characters).` }),
  controlCharacters: { zh: '含有不可见的控制字符（如空字符），请删除后重填。', en: 'It holds invisible control characters (such as a null byte); remove them.' },
  dateFormat: { zh: '日期应写作 YYYY-MM-DD，如 2024-03-01。', en: 'Write the date as YYYY-MM-DD, e.g. 2024-03-01.' },
  dateInFuture: { zh: '日期不能晚于今天。', en: 'The date cannot be later than today.' },
  dateBefore1950: { zh: '日期早于 1950 年，请核对。', en: 'The date is before 1950; please check it.' },
  cellRequired: { zh: '必填，不能为空。', en: 'Required; it is empty.' },
  columnTooLong: (max: number): LocalisedText => ({ zh: `最多 ${max} 字。`, en: `At most ${max} characters.` }),
  yuanAmount: { zh: '金额应为 1 至 10,000,000 的整元数。', en: 'The amount is whole yuan from 1 to 10,000,000.' },

  // Rows against each other and the platform.
  sameAsRow: (row: number, what: LocalisedText): LocalisedText => ({ zh: `与第 ${row} 行的${what.zh}重复。`, en: `The same ${what.en} as row ${row}.` }),
  email: { zh: '邮箱', en: 'email' },
  residentId: { zh: '身份证号', en: 'ID number' },
  oldReference: { zh: '原受理编号', en: 'old reference' },
  emailTaken: { zh: '此邮箱已有账号。', en: 'An account already has this email.' },
  residentIdTaken: { zh: '平台上已有此身份证号的人才账号。', en: 'A talent account on the platform already has this ID number.' },
  alreadyOnStaffList: { zh: '此人已在本企业员工名单中。', en: 'This person is already on the enterprise\'s staff list.' },
  referenceImportedBefore: { zh: '此编号的记录已导入过。', en: 'A record with this reference was imported before.' },
  noTalentWithResidentId: { zh: '平台上没有此身份证号的人才账号（可先导入人才账号）。', en: 'No talent account on the platform has this ID number (import the accounts first).' },
  noPolicyWithCode: { zh: '没有此代码的可申请政策。', en: 'No policy that takes applications has this code.' },
  noEnterpriseWithName: { zh: '平台上没有此名称的企业（请填写登记的全称）。', en: 'No enterprise on the platform has this name (use the registered full name).' },
  enterpriseNameAmbiguous: { zh: '有多家企业同名，请改用英文全称。', en: 'Several enterprises have this name; use the English full name.' },

  // Past applications.
  unknownOutcome: { zh: '结果应为 已批准、已发放 或 未通过。', en: 'The outcome is Approved, Paid out or Rejected.' },
  decidedBeforeSubmitted: { zh: '决定日期早于提交日期。', en: 'The decision is dated before the submission.' },
  approvedAmountMissing: { zh: '已批准或已发放的须填批准金额。', en: 'An approved or paid case needs the approved amount.' },
  rejectedWithAmount: { zh: '未通过的申请不应有批准金额。', en: 'A rejected case has no approved amount.' },
  paymentDetailsMissing: { zh: '已发放的须填发放日期和发放凭证号。', en: 'A paid case needs the payment date and reference.' },
  paymentDetailsNotPaid: { zh: '只有已发放的才填发放信息。', en: 'Only a paid case has payment details.' },
  paidBeforeDecided: { zh: '发放日期早于决定日期。', en: 'The payment is dated before the decision.' },
  policyPaysNoMoney: { zh: '此政策不发放资金，不能为已发放。', en: 'This policy pays no money, so it cannot be paid out.' },
  openApplicationExists: { zh: '此人该政策已有一份在办的申请，已批准未发放的记录不能再导入。', en: 'This person already has an open application for this policy; an approved, unpaid record cannot be added.' },
  sameOpenCaseAsRow: (row: number | undefined): LocalisedText => ({ zh: `与第 ${row} 行同为此人此政策已批准未发放的申请。`, en: `Row ${row} is already an approved, unpaid case of this person and policy.` }),
} as const satisfies Record<string, LocalisedText | ((...args: never[]) => LocalisedText)>;
