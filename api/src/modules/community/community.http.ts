import express from 'express';
import type { HttpRoute } from '../../context.js';
import { DomainError } from '../../core/errors/domain-error.js';
import { guardTextColumns, newWorkbook, workbookBuffer, XLSX_CONTENT_TYPE } from '../../core/xlsx.js';
import { SOURCE_YEARLY_PROJECTS, type CommunityYearFigures } from './yearly.service.js';

const KIND: Readonly<Record<string, string>> = { VILLAGE: '村 Village', RESIDENTIAL_AREA: '居民区 Residential area' };

/** The yearly view as a workbook: a summary sheet, one row per village/residential area, one per organisation. */
export async function yearWorkbook(figures: CommunityYearFigures): Promise<Buffer> {
  const book = await newWorkbook();
  const bold = { font: { bold: true } };

  const summary = book.addWorksheet('汇总 Summary');
  summary.columns = [{ width: 46 }, { width: 14 }];
  summary.addRow([`${figures.year} 年社区需求与结对共建项目 / Community needs and paired projects, ${figures.year}`]).font = { bold: true, size: 13 };
  summary.addRow([]);
  for (const [label, value] of [
    ['收到需求 Needs received', figures.received],
    ['被认领需求 Needs claimed', figures.claimed],
    ['完成项目 Projects completed', figures.completed],
    ['其中由结对单位参与 … with a pairing partner', figures.completedWithPairing],
    [`来源文件所载年度完成数 Source document's yearly figure`, SOURCE_YEARLY_PROJECTS],
  ] as const) summary.addRow([label, value]);

  const places = book.addWorksheet('村居 Places');
  places.columns = [
    { header: '村居 Village / residential area', width: 30 },
    { header: '类型 Kind', width: 22 },
    { header: '示例数据 Sample', width: 14 },
    { header: '收到需求 Received', width: 16 },
    { header: '被认领 Claimed', width: 14 },
    { header: '完成项目 Completed', width: 16 },
  ];
  places.getRow(1).font = bold.font;
  for (const row of figures.places) {
    places.addRow([`${row.place.nameZh} ${row.place.nameEn}`, KIND[row.place.kind] ?? row.place.kind, row.place.sampleData ? '是 yes' : '', row.received, row.claimed, row.completed]);
  }
  places.addRow(['合计 Total', '', '', figures.received, figures.claimed, figures.completed]).font = bold.font;

  const orgs = book.addWorksheet('单位 Organisations');
  orgs.columns = [
    { header: '成员单位 Member organisation', width: 44 },
    { header: '认领需求 Needs claimed', width: 18 },
    { header: '完成项目 Projects completed', width: 22 },
  ];
  orgs.getRow(1).font = bold.font;
  for (const row of figures.organisations) orgs.addRow([`${row.organisation.nameZh} ${row.organisation.nameEn}`, row.claimed, row.completed]);
  // Names are text a user typed: never let a spreadsheet read one as a formula.
  for (const sheet of [places, orgs]) guardTextColumns(sheet, [1]);
  return workbookBuffer(book);
}

/**
 * `GET /community/exports/year-<year>.xlsx`: the yearly view for town and community staff, with
 * the session cookie like the GraphQL API.
 */
export function communityRoutes(route: HttpRoute): express.Router {
  const router = express.Router();
  router.get('/community/exports/:file', route(async ({ req, ctx, send }) => {
    const year = Number(/^year-(\d{4})\.xlsx$/.exec(String(req.params.file))?.[1]);
    if (!year) throw DomainError.notFound({ zh: '导出文件', en: 'export' });
    const figures = await ctx.services.communityYear.figures(ctx.viewer, year);
    send({ contentType: XLSX_CONTENT_TYPE, filename: `yuepu-community-${year}.xlsx` }, await yearWorkbook(figures));
  }));
  return router;
}
