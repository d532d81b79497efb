// The class and contact-teacher overviews as spreadsheets. CSV is written with
// `;` and a byte-order mark, which is what Excel with Norwegian settings opens
// correctly; XLSX through exceljs.
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { TFunction } from 'i18next';
import type { GroupFigures } from '../../contracts/figures.js';

const one = (x: number) => Math.round(x * 10) / 10;

/** Header and rows, the same for both formats; numbers stay numbers. */
export function figuresSheet(figures: GroupFigures, t: TFunction): { header: string[]; rows: (string | number)[][] } {
  const header = [
    t('figures:export.pupil'),
    t('figures:export.class'),
    t('figures:export.held'),
    t('figures:export.absent'),
    t('figures:export.percent'),
    t('figures:export.undocumented'),
    t('figures:export.reported'),
    t('figures:export.documented'),
    t('figures:export.wholeDays'),
    t('figures:export.schoolDays'),
    t('figures:export.singleLessons'),
    t('figures:export.singleLessonHours'),
    t('figures:export.lateArrivals'),
    t('figures:export.lateMinutes'),
    t('figures:export.worstSubject'),
    t('figures:export.worstSubjectUndocumented'),
  ];
  const rows = figures.rows.map((r) => [
    `${r.pupil.familyName}, ${r.pupil.givenName}`,
    r.pupil.className ?? '',
    r.held,
    r.absent,
    one(r.percent),
    r.undocumented.absent,
    r.reported.absent,
    r.documented.absent,
    r.wholeDays,
    r.schoolDays,
    r.singleLessons,
    one(r.singleLessonHours),
    r.lateArrivals,
    r.lateMinutes,
    r.worstSubject?.subjectCode ?? '',
    r.worstSubject ? one(r.worstSubject.undocumented.percent) : '',
  ]);
  return { header, rows };
}

export function figuresCsv(figures: GroupFigures, t: TFunction): string {
  const { header, rows } = figuresSheet(figures, t);
  const decimalComma = (v: string | number) => (typeof v === 'number' ? String(v).replace('.', ',') : v);
  return `\uFEFF${stringify([header, ...rows.map((r) => r.map(decimalComma))], { delimiter: ';' })}`;
}

export async function figuresXlsx(figures: GroupFigures, t: TFunction): Promise<Buffer> {
  const { header, rows } = figuresSheet(figures, t);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Nærvær';
  const sheet = workbook.addWorksheet(figures.title.slice(0, 31) || 'Fravær');
  sheet.addRow([t('figures:export.title', { title: figures.title, from: figures.window.from, to: figures.window.to })]).font = { bold: true };
  sheet.addRow([]);
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.columns.forEach((column, i) => {
    column.width = i === 0 ? 28 : 14;
  });
  sheet.views = [{ state: 'frozen', ySplit: 3 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
