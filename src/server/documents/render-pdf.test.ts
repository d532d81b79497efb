// Every document drawn as a PDF in every language. The text is read back with
// poppler's pdftotext (Debian package poppler-utils), which also shows that
// the embedded font maps æ, ø and å right; the pages are rendered to PNG with
// pdftoppm into test-results/documents/ for a person to look at.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '../../contracts/locale.js';
import { actionPlanDocument } from './action-plan-document.js';
import { agreementDocument } from './agreement-document.js';
import { consentDocument } from './consent-document.js';
import { invitationDocument } from './invitation-document.js';
import { conversationMinutesDocument, meetingMinutesDocument } from './minutes-document.js';
import { renderPdf } from './render-pdf.js';
import { agreement, causeMappings, consent, context, conversation, conversationGuide, lyngenCase, meeting } from './sample-records.js';

const OUT = join(process.cwd(), 'test-results', 'documents');

function hasPoppler(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const poppler = hasPoppler();

const plan = lyngenCase();
const documents = (locale: (typeof locales)[number]) => ({
  invitation: invitationDocument(context(locale, '2026-09-28'), meeting(locale), { staircaseName: plan.staircase.name[locale] }),
  minutes: meetingMinutesDocument(context(locale), meeting(locale)),
  conversation: conversationMinutesDocument(context(locale), conversation, conversationGuide()),
  agreement: agreementDocument(context(locale), agreement),
  'action-plan': actionPlanDocument(context(locale), { ...plan, agreement, causeMappings }),
  consent: consentDocument(context(locale), consent, 13),
});

describe('documents as PDF', () => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });

  it.each(locales)('every document renders as a PDF in %s', async (locale) => {
    for (const [name, model] of Object.entries(documents(locale))) {
      const pdf = await renderPdf(model);
      expect(pdf.subarray(0, 5).toString('latin1'), name).toBe('%PDF-');
      writeFileSync(join(OUT, `${name}-${locale}.pdf`), pdf);
    }
  });

  it.skipIf(!poppler)('the text reads back with Norwegian letters, page numbers and the school name', async () => {
    const pdf = await renderPdf(documents('nb').agreement);
    const file = join(OUT, 'agreement-check.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Fjordvik skole');
    expect(text).toContain('Nora Åsheim Hansen');
    expect(text).toContain('kjøkkenet');
    expect(text).toContain('Tiltakene videreføres');
    expect(text).toContain('Samarbeidsavtale om tiltak ved skolefravær');
    expect(text).toMatch(/Side 1 av \d/);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fonts).toMatch(/Inter/);
    expect(fonts).not.toMatch(/Helvetica/);
  });

  it.skipIf(!poppler)('pages render to PNG for looking at', async () => {
    for (const locale of locales) {
      for (const name of Object.keys(documents(locale))) {
        execFileSync('pdftoppm', ['-png', '-r', '70', join(OUT, `${name}-${locale}.pdf`), join(OUT, `${name}-${locale}`)]);
      }
    }
  });
});
