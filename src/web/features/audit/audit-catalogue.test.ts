// The `audit` namespace names every entity and every reason the server can
// write into the audit log, in bokmål, nynorsk and English: the leadership's
// «Tilgangslogg» and the pupil's «Hvem har sett mappen» never show a bare code.
import { describe, expect, it } from 'vitest';
import { hasKey, textsOf } from '../../i18n/catalogue-testing';
import { auditEntities, auditReasons } from '../../../contracts/audit-log';
import { recordTypes } from '../../../domain/retention';

const texts = textsOf('audit');

describe('the audit namespace of the catalogue', () => {
  it.each(['nb', 'nn', 'en'] as const)('names every entity of the audit log in %s', (locale) => {
    for (const entity of auditEntities) expect(hasKey(texts[locale], `entities.${entity}`), entity).toBe(true);
  });

  it.each(['nb', 'nn', 'en'] as const)('names every reason of the audit log in %s', (locale) => {
    for (const reason of auditReasons) expect(hasKey(texts[locale], `reasons.${reason}`), reason).toBe(true);
  });

  it.each(['nb', 'nn', 'en'] as const)('names and explains every record type of «Lagringstid» in %s', (locale) => {
    for (const type of recordTypes) {
      for (const part of ['name', 'what', 'countedFrom']) expect(hasKey(texts[locale], `retention.types.${type}.${part}`), `${type}.${part}`).toBe(true);
    }
  });
});
