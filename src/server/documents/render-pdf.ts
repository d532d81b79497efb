// Draws a document model as an A4 PDF with pdfmake: the school's letterhead
// and the confidentiality marking on every page, page numbers, tables that
// break across pages with their header repeated, tick boxes and lines to sign.
// Inter (the web app's typeface) is embedded, so æ, ø and å print right on
// any machine.
import { createRequire } from 'node:module';
import pdfmake from 'pdfmake';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { pageLabel, type Block, type DocumentModel } from './document-model.js';

const require = createRequire(import.meta.url);
const font = (file: string) => require.resolve(`@expo-google-fonts/inter/${file}`);

const FONTS = {
  Inter: {
    normal: font('400Regular/Inter_400Regular.ttf'),
    bold: font('600SemiBold/Inter_600SemiBold.ttf'),
    italics: font('400Regular_Italic/Inter_400Regular_Italic.ttf'),
    bolditalics: font('600SemiBold_Italic/Inter_600SemiBold_Italic.ttf'),
  },
};
const FONT_FILES = new Set(Object.values(FONTS.Inter));

pdfmake.setFonts(FONTS);
// Documents are made from our own data only: no images or fonts from the network, no files but the fonts.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => FONT_FILES.has(path));

const INK = '#1b1b1b';
const MUTED = '#5a5f66';
const ACCENT = '#1e3a5f';
const RULE = '#c9d1db';
const HEADER_FILL = '#eaf0f6';

/** A tick box drawn with lines: the font needs no box glyphs. */
function box(checked: boolean): Content {
  const tick = [
    { type: 'line' as const, x1: 1.8, y1: 6, x2: 4, y2: 8.6, lineWidth: 1.2, lineColor: INK },
    { type: 'line' as const, x1: 4, y1: 8.6, x2: 8, y2: 3.2, lineWidth: 1.2, lineColor: INK },
  ];
  const canvas: Content = { canvas: [{ type: 'rect', x: 0, y: 1.5, w: 9, h: 9, lineWidth: 0.8, lineColor: INK }, ...(checked ? tick : [])] };
  return { ...canvas, width: 14 } as Content;
}

const signatureLine = (caption: string): Content => ({
  stack: [
    { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 210, y2: 0, lineWidth: 0.7, lineColor: INK }], margin: [0, 30, 0, 3] },
    { text: caption, fontSize: 8.5, color: MUTED },
  ],
});

const lightTable = {
  hLineWidth: (i: number) => (i === 0 ? 0 : 0.6),
  vLineWidth: () => 0,
  hLineColor: () => RULE,
  paddingLeft: () => 5,
  paddingRight: () => 5,
  paddingTop: () => 4,
  paddingBottom: () => 4,
};

/**
 * A table, with a heading above it as a header row of its own: the heading and
 * the column names repeat on every page the table runs over, and pdfmake keeps
 * them with the first row, so neither is left alone at the foot of a page.
 */
function table(b: Extract<Block, { kind: 'table' }>, heading?: string): Content {
  const columns = b.header.length;
  const filler = (): TableCell => ({ text: '' });
  const headingRow: TableCell[] = heading === undefined ? [] : [{ text: heading, fontSize: 12, bold: true, color: ACCENT, colSpan: columns, margin: [-5, 10, 0, 1] }, ...b.header.slice(1).map(filler)];
  const header: TableCell[] = b.header.map((text) => ({ text, bold: true, fontSize: 9, fillColor: HEADER_FILL }));
  const rows: TableCell[][] =
    b.rows.length > 0 ? b.rows.map((row) => row.map((text) => ({ text }))) : [[{ text: b.empty ?? '', colSpan: columns, color: MUTED, italics: true }, ...b.header.slice(1).map(filler)]];
  const headerRows = heading === undefined ? 1 : 2;
  return {
    table: { headerRows, keepWithHeaderRows: 1, dontBreakRows: true, widths: b.widths, body: [...(heading === undefined ? [] : [headingRow]), header, ...rows] },
    layout: { ...lightTable, hLineWidth: (i: number) => (i < headerRows ? 0 : 0.6) },
    margin: [0, 2, 0, 8],
  };
}

function block(b: Block): Content {
  switch (b.kind) {
    case 'heading':
      return { text: b.text, fontSize: 12, bold: true, color: ACCENT, margin: [0, 14, 0, 5] };
    case 'paragraph':
      return {
        text: b.text,
        margin: [0, 0, 0, 6],
        ...(b.tone === 'muted' ? { color: MUTED, fontSize: 9 } : {}),
        ...(b.tone === 'strong' ? { bold: true } : {}),
      };
    case 'facts':
      return {
        table: {
          widths: [115, '*'],
          body: b.rows.map(([label, value]): TableCell[] => [
            { text: label, bold: true, color: MUTED, fontSize: 9 },
            { text: value },
          ]),
        },
        layout: { ...lightTable, hLineWidth: () => 0, paddingTop: () => 2, paddingBottom: () => 2, paddingLeft: () => 0 },
        margin: [0, 2, 0, 8],
      };
    case 'list':
      return b.ordered ? { ol: b.items, margin: [0, 0, 0, 6] } : { ul: b.items, margin: [0, 0, 0, 6] };
    case 'table':
      return table(b);
    case 'checklist':
      return { stack: b.items.map((item) => ({ columns: [box(item.checked), { text: item.text, width: '*' }], columnGap: 4, margin: [0, 0, 0, 4] })), margin: [0, 0, 0, 6] };
    case 'signatures':
      return {
        stack: [
          ...(b.title ? [{ text: b.title, bold: true, margin: [0, 12, 0, 0] as [number, number, number, number] }] : []),
          ...b.lines.map((line) => ({
            columns: [signatureLine(b.placeAndDate), signatureLine(line.name ? `${line.label}: ${line.name}` : line.label)],
            columnGap: 24,
          })),
        ],
        unbreakable: true,
        margin: [0, 4, 0, 10],
      };
  }
}

/** A heading never stays alone at the foot of a page: it goes with the block after it. */
function withHeadingsKept(blocks: readonly Block[]): Content[] {
  const content: Content[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const current = blocks[i] as Block;
    const next = blocks[i + 1];
    if (current.kind === 'heading' && next?.kind === 'table') {
      content.push(table(next, current.text));
      i++;
    } else if (current.kind === 'heading' && next !== undefined && next.kind !== 'heading') {
      content.push({ stack: [block(current), block(next)], unbreakable: true });
      i++;
    } else content.push(block(current));
  }
  return content;
}

export function documentDefinition(model: DocumentModel): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageMargins: [56, 92, 56, 64],
    info: { title: model.title, author: model.letterhead.school, subject: model.subtitle ?? model.title, creator: 'Nærvær', producer: 'Nærvær' },
    language: model.locale === 'en' ? 'en-GB' : model.locale === 'nn' ? 'nn-NO' : 'nb-NO',
    defaultStyle: { font: 'Inter', fontSize: 10, lineHeight: 1.25, color: INK },
    header: () => ({
      margin: [56, 32, 56, 0],
      columns: [
        { stack: [{ text: model.letterhead.school, bold: true, fontSize: 11, color: ACCENT }, ...(model.letterhead.owner ? [{ text: model.letterhead.owner, fontSize: 8.5, color: MUTED }] : [])] },
        { text: model.letterhead.marking, fontSize: 7.5, color: MUTED, alignment: 'right', width: 210 },
      ],
    }),
    footer: (page: number, pages: number) => ({
      margin: [56, 24, 56, 0],
      columns: [
        { text: model.footer.left, fontSize: 8, color: MUTED },
        { text: pageLabel(model.footer.page, page, pages), fontSize: 8, color: MUTED, alignment: 'right', width: 90 },
      ],
    }),
    content: [
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 483, y2: 0, lineWidth: 0.8, lineColor: ACCENT }], margin: [0, 0, 0, 14] },
      { text: model.dateLine, alignment: 'right', fontSize: 9.5, margin: [0, 0, 0, 12] },
      { text: model.title, fontSize: 17, bold: true, color: ACCENT, margin: [0, 0, 0, model.subtitle ? 2 : 12] },
      ...(model.subtitle ? [{ text: model.subtitle, fontSize: 10.5, color: MUTED, margin: [0, 0, 0, 12] as [number, number, number, number] }] : []),
      ...withHeadingsKept(model.blocks),
    ],
  };
}

/** The document as PDF bytes. */
export async function renderPdf(model: DocumentModel): Promise<Buffer> {
  return pdfmake.createPdf(documentDefinition(model)).getBuffer();
}
