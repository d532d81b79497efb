// A letter from the school as plain data: what it says, in which order,
// already translated and formatted. The server builds it from the records
// (src/server/documents/*-document.ts) and draws it as a PDF; the web app
// gets the very same model as JSON for its print view, so the PDF and the
// page printed from the browser cannot say different things.
import { z } from 'zod';
import { localeSchema } from './locale.js';

export const DOCUMENT_MODEL_KINDS = ['invitation', 'minutes', 'conversationMinutes', 'agreement', 'actionPlan', 'anonymousSummary', 'consent', 'limitWarning', 'monthlyReview'] as const;
export type DocumentKind = (typeof DOCUMENT_MODEL_KINDS)[number];

/** The marks a page template holds for the page's number and the number of pages. */
export const PAGE_MARK = '{page}';
export const PAGES_MARK = '{pages}';

/** «Side {page} av {pages}» for page 2 of 3: «Side 2 av 3». */
export const pageLabel = (template: string, page: number, pages: number) => template.replace(PAGE_MARK, String(page)).replace(PAGES_MARK, String(pages));

const text = z.string().max(20_000);

export const documentBlockSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('heading'), text }),
  z.object({ kind: z.literal('paragraph'), text, tone: z.enum(['normal', 'muted', 'strong']).optional() }),
  /** Label and value pairs: pupil, class, date ... */
  z.object({ kind: z.literal('facts'), rows: z.array(z.tuple([text, text])) }),
  z.object({ kind: z.literal('list'), items: z.array(text), ordered: z.boolean().optional() }),
  /** `widths` in the PDF renderer's terms: '*' shares the rest, 'auto' fits the text, a number is points. */
  z.object({
    kind: z.literal('table'),
    header: z.array(text),
    widths: z.array(z.union([z.literal('*'), z.literal('auto'), z.number()])),
    rows: z.array(z.array(text)),
    empty: text.optional(),
  }),
  z.object({ kind: z.literal('checklist'), items: z.array(z.object({ text, checked: z.boolean() })) }),
  /** Lines to sign on, with the role (and name, when known) under each, each beside a line for place and date. */
  z.object({ kind: z.literal('signatures'), title: text.optional(), lines: z.array(z.object({ label: text, name: text.optional() })), placeAndDate: text }),
]);
export type Block = z.infer<typeof documentBlockSchema>;

export const documentModelSchema = z.object({
  kind: z.enum(DOCUMENT_MODEL_KINDS),
  locale: localeSchema,
  title: text,
  subtitle: text.optional(),
  /** The school's name at the top, the owner beside it, and the confidentiality marking. */
  letterhead: z.object({ school: text, owner: text.optional(), marking: text }),
  /** «Fjordvik, 8. oktober 2026». */
  dateLine: text,
  blocks: z.array(documentBlockSchema),
  /** `page` is a template with PAGE_MARK and PAGES_MARK: «Side {page} av {pages}». */
  footer: z.object({ left: text, page: text }),
});
export type DocumentModel = z.infer<typeof documentModelSchema>;
