import type { ReactNode } from 'react';
import { PAGE_MARK, PAGES_MARK, type Block, type DocumentModel } from '../../../contracts/followup-documents';
import { useFollowupI18n } from './use-followup-i18n';
import './print-document.css';

/** A CSS string: quotes and backslashes escaped, new lines as \A, and no «<» that could end the style element. */
const cssString = (value: string) => `"${value.replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\A ').replace(/</g, '\\3C ')}"`;

/** «Side {page} av {pages}» as CSS content: "Side " counter(page) " av " counter(pages). */
export function pageCounterContent(template: string): string {
  return template
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== '')
    .map((part) => (part === PAGE_MARK ? 'counter(page)' : part === PAGES_MARK ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

/**
 * Each printed page as the PDF's: A4, the confidentiality marking at the top
 * of every page after the first (the first has the letterhead), the
 * document's name and the pupil at the foot, and «Side 2 av 3».
 */
function pageRules(model: DocumentModel): string {
  return [
    '@page {',
    '  size: A4;',
    '  margin: 20mm 18mm 22mm;',
    `  @top-right { content: ${cssString(model.letterhead.marking)}; font: 7.5pt/1.2 'Inter Variable', Inter, system-ui, sans-serif; color: #5a5f66; }`,
    `  @bottom-left { content: ${cssString(model.footer.left)}; font: 8pt/1.2 'Inter Variable', Inter, system-ui, sans-serif; color: #5a5f66; }`,
    `  @bottom-right { content: ${pageCounterContent(model.footer.page)}; font: 8pt/1.2 'Inter Variable', Inter, system-ui, sans-serif; color: #5a5f66; }`,
    '}',
    '@page :first { @top-right { content: none; } }',
  ].join('\n');
}

/** A width from the PDF's table (points, or '*' for the rest) as a column width on paper. */
const columnWidth = (width: '*' | 'auto' | number) => (typeof width === 'number' ? `${width}pt` : undefined);

/** Text with its line breaks kept, as the PDF keeps them. */
const Lines = ({ text }: { text: string }) => <span className="print-lines">{text}</span>;

function DocumentBlock({ block }: { block: Block }): ReactNode {
  const { tf } = useFollowupI18n();
  switch (block.kind) {
    case 'heading':
      return <h2>{block.text}</h2>;
    case 'paragraph':
      return (
        <p className={block.tone === 'muted' ? 'print-muted' : block.tone === 'strong' ? 'print-strong' : undefined}>
          <Lines text={block.text} />
        </p>
      );
    case 'facts':
      return (
        <dl className="print-facts">
          {block.rows.map(([label, value], i) => (
            <div key={i} className="print-facts__row">
              <dt>{label}</dt>
              <dd>
                <Lines text={value} />
              </dd>
            </div>
          ))}
        </dl>
      );
    case 'list': {
      const items = block.items.map((item, i) => (
        <li key={i}>
          <Lines text={item} />
        </li>
      ));
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case 'table':
      return (
        <table>
          <colgroup>
            {block.header.map((_, i) => {
              const width = columnWidth(block.widths[i] ?? '*');
              return <col key={i} style={width ? { width } : undefined} />;
            })}
          </colgroup>
          <thead>
            <tr>
              {block.header.map((h, i) => (
                <th key={i} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.length === 0 ? (
              <tr>
                <td colSpan={block.header.length} className="print-muted">
                  {block.empty ?? ''}
                </td>
              </tr>
            ) : (
              block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (
                    <td key={c}>
                      <Lines text={cell} />
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      );
    case 'checklist':
      return (
        <ul className="print-checklist">
          {block.items.map((item, i) => (
            <li key={i}>
              <span className={`print-box${item.checked ? ' print-box--checked' : ''}`} aria-hidden="true" />
              {item.text}
              <span className="visually-hidden"> ({item.checked ? tf('ui.print.chosen') : tf('ui.print.notChosen')})</span>
            </li>
          ))}
        </ul>
      );
    case 'signatures':
      return (
        <section className="print-signatures" aria-label={block.title ?? tf('documents.signature')}>
          {block.title && <p className="print-strong">{block.title}</p>}
          {block.lines.map((line, i) => (
            <div key={i} className="print-signatures__row">
              <div className="print-signature">
                <div className="print-signature__line" />
                <span>{block.placeAndDate}</span>
              </div>
              <div className="print-signature">
                <div className="print-signature__line" />
                <span>{line.name ? `${line.label}: ${line.name}` : line.label}</span>
              </div>
            </div>
          ))}
        </section>
      );
  }
}

/**
 * A heading kept with what follows it, on paper as in the PDF: never alone at the foot of a page. A table may run
 * over pages, so its heading is held to it by `break-after: avoid` alone.
 */
function sections(blocks: readonly Block[]): Block[][] {
  const out: Block[][] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    const next = blocks[i + 1];
    if (block.kind === 'heading' && next !== undefined && next.kind !== 'heading' && next.kind !== 'table') {
      out.push([block, next]);
      i++;
    } else out.push([block]);
  }
  return out;
}

/**
 * One letter of the school as a page to print, drawn from the same document
 * model as its PDF: letterhead, date line, title, the blocks in order and the
 * lines to sign. Every word comes translated in the model.
 */
export function PrintDocument({ model }: { model: DocumentModel }) {
  return (
    <article className="print-document" lang={model.locale === 'en' ? 'en-GB' : model.locale === 'nn' ? 'nn-NO' : 'nb-NO'}>
      <style>{pageRules(model)}</style>
      <header className="print-letterhead">
        <div>
          <p className="print-school">{model.letterhead.school}</p>
          {model.letterhead.owner && <p className="print-owner">{model.letterhead.owner}</p>}
        </div>
        <p className="print-marking">{model.letterhead.marking}</p>
      </header>
      <p className="print-dateline">{model.dateLine}</p>
      <h1>{model.title}</h1>
      {model.subtitle && <p className="print-subtitle">{model.subtitle}</p>}
      {sections(model.blocks).map((group, i) =>
        group.length === 1 ? (
          <DocumentBlock key={i} block={group[0] as Block} />
        ) : (
          <div key={i} className="print-keep">
            {group.map((block, j) => (
              <DocumentBlock key={j} block={block} />
            ))}
          </div>
        ),
      )}
    </article>
  );
}
