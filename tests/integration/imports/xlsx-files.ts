import ExcelJS from 'exceljs';
import { residentIdCheckChar } from '../../../api/src/core/privacy/resident-id.js';

/** A valid resident ID number (Shanghai area code, born 1995-06-15), told apart by `n`. */
export function residentId(n: number): string {
  const first17 = `31011519950615${String(n).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

/** The same number with a wrong check character. */
export function badChecksum(n: number): string {
  const id = residentId(n);
  return id.slice(0, 17) + (id[17] === '1' ? '2' : '1');
}

export const HEADERS = {
  talents: ['邮箱 Email', '姓名 Legal name', '身份证号 Resident ID number', '手机 Mobile', '工作单位 Employer'],
  staff: ['姓名 Legal name', '身份证号 Resident ID number', '手机 Mobile', '岗位 Position', '入职日期 Started on'],
  past: ['原受理编号 Old reference', "申请人身份证号 Applicant's resident ID number", '政策代码 Policy code', '提交日期 Submitted on', '结果 Outcome', '决定日期 Decided on', '批准金额（元） Approved (yuan)', '发放日期 Paid on', '发放凭证号 Payment reference', '申请时工作单位 Employer then'],
};

/** An .xlsx made the way a person would in Excel: a header row, then rows of cells (formulas as `{ formula }`). */
export async function workbook(header: string[], rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Sheet1');
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}
