// A document as plain data: what a letter from the school says, in which
// order, already translated and formatted. Built from the records by pure
// functions (one file per document) and drawn by the PDF renderer, so the
// words can be tested without a PDF and the layout lives in one place. The
// model's shape is a contract (src/contracts/followup-documents.ts): the web
// app's print view draws the same model, sent as JSON.
import type { Locale } from '../../contracts/locale.js';

export type { Block, DocumentKind, DocumentModel } from '../../contracts/followup-documents.js';
export { pageLabel } from '../../contracts/followup-documents.js';

/** The pupil, the school and the day a document is made: what every document's head needs. */
export interface DocumentContext {
  locale: Locale;
  school: { name: string; ownerName?: string; place?: string };
  pupil: { name: string; className?: string; birthDate?: string };
  contactTeacher?: string;
  /** The day the document is made, 'YYYY-MM-DD'. */
  today: string;
}
