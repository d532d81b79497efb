// The written warning before a grade is lost (opplæringsforskrifta § 9-7) as a
// document: the letter model the domain builds (our own text, from the limit
// arithmetic), with the school's letterhead, the date line and the marking of
// every other document. The letter's own head (from, to, date) goes into the
// letterhead and the facts; its title becomes the document's title.
import type { LetterDocument } from '../../domain/upper-secondary/warning-letter.js';
import type { Block, DocumentContext, DocumentModel } from './document-model.js';
import { documentFrame, textsFor } from './texts.js';

export function limitWarningDocument(ctx: DocumentContext, letter: LetterDocument): DocumentModel {
  const t = textsFor(ctx.locale);
  const head = letter.blocks.flatMap((b) => (b.kind === 'paragraph' && b.head ? [b.text] : []));
  const blocks: Block[] = [];
  if (head.length > 1) blocks.push({ kind: 'paragraph', tone: 'strong', text: head[1] as string });
  for (const b of letter.blocks) {
    if (b.kind === 'paragraph' && b.head) continue;
    if (b.kind === 'heading' && b.level === 1) continue;
    switch (b.kind) {
      case 'heading':
        blocks.push({ kind: 'heading', text: b.text });
        break;
      case 'paragraph':
        blocks.push({ kind: 'paragraph', text: b.text });
        break;
      case 'list':
        blocks.push({ kind: 'list', items: b.items });
        break;
      case 'table':
        blocks.push({ kind: 'heading', text: b.caption });
        blocks.push({ kind: 'table', header: b.columns, widths: ['*', 140], rows: b.rows });
        break;
    }
  }
  return { kind: 'limitWarning', title: letter.title, ...documentFrame(ctx, t, letter.title), blocks };
}
