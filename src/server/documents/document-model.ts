// A document as plain data: what a letter from the school says, in which
// order, already translated and formatted. Built from the records by pure
// functions (one file per document) and drawn by the PDF renderer, so the
// words can be tested without a PDF and the layout lives in one place.
import type { Locale } from '../../contracts/locale.js';

export type DocumentKind = 'invitation' | 'minutes' | 'conversationMinutes' | 'agreement' | 'actionPlan' | 'consent' | 'limitWarning' | 'monthlyReview';

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; tone?: 'normal' | 'muted' | 'strong' }
  /** Label and value pairs: pupil, class, date ... */
  | { kind: 'facts'; rows: [label: string, value: string][] }
  | { kind: 'list'; items: string[]; ordered?: boolean }
  /** `widths` in the renderer's terms: '*' shares the rest, 'auto' fits the text, a number is points. */
  | { kind: 'table'; header: string[]; widths: ('*' | 'auto' | number)[]; rows: string[][]; empty?: string }
  | { kind: 'checklist'; items: { text: string; checked: boolean }[] }
  /** Lines to sign on, with the role (and name, when known) under each. */
  | { kind: 'signatures'; title?: string; lines: { label: string; name?: string }[]; placeAndDate: string };

export interface DocumentModel {
  kind: DocumentKind;
  locale: Locale;
  title: string;
  subtitle?: string;
  /** The school's name at the top, the owner beside it, and the confidentiality marking. */
  letterhead: { school: string; owner?: string; marking: string };
  /** «Fjordvik, 8. oktober 2026». */
  dateLine: string;
  blocks: Block[];
  footer: { left: string; page: (page: number, pages: number) => string };
}

/** The pupil, the school and the day a document is made: what every document's head needs. */
export interface DocumentContext {
  locale: Locale;
  school: { name: string; ownerName?: string; place?: string };
  pupil: { name: string; className?: string; birthDate?: string };
  contactTeacher?: string;
  /** The day the document is made, 'YYYY-MM-DD'. */
  today: string;
}
