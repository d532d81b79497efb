// A letter model as the text of an e-mail: headings and paragraphs as they
// are, lists as dashes, the figures table as "label: value" lines.
import type { LetterDocument } from '../../../domain/upper-secondary/warning-letter.js';

export function letterAsText(doc: LetterDocument): string {
  const parts: string[] = [];
  for (const b of doc.blocks) {
    switch (b.kind) {
      case 'heading':
        parts.push(b.level === 1 ? b.text.toLocaleUpperCase() : b.text);
        break;
      case 'paragraph':
        parts.push(b.text);
        break;
      case 'list':
        parts.push(b.items.map((i) => `- ${i}`).join('\n'));
        break;
      case 'table':
        parts.push([b.caption, ...b.rows.map(([label, value]) => `${label}: ${value}`)].join('\n'));
        break;
    }
  }
  return parts.join('\n\n');
}
