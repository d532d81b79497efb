// A figures table hands the pupil page the way back, so «Tilbake» returns to
// the same table, period and all. The page's name travels as a text key, so it
// follows a change of language on the pupil's page.
export interface BackLabel {
  ns: 'app' | 'figures' | 'patterns' | 'rules';
  key: string;
  values: Record<string, string>;
}

export interface BackTo {
  path: string;
  label: BackLabel;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function labelOf(value: unknown): BackLabel | null {
  if (!isRecord(value)) return null;
  const { ns, key, values } = value;
  if ((ns !== 'app' && ns !== 'figures' && ns !== 'patterns' && ns !== 'rules') || typeof key !== 'string' || !isRecord(values)) return null;
  const strings: Record<string, string> = {};
  for (const [name, text] of Object.entries(values)) {
    if (typeof text !== 'string') return null;
    strings[name] = text;
  }
  return { ns, key, values: strings };
}

/** The way back from history state, or null when there is none (a link from elsewhere, a reload in a new tab). */
export function backToOf(state: unknown): BackTo | null {
  if (!isRecord(state) || !isRecord(state.backTo)) return null;
  const { path, label } = state.backTo;
  const parsed = labelOf(label);
  if (typeof path !== 'string' || !path.startsWith('/') || path.startsWith('//') || !parsed) return null;
  return { path, label: parsed };
}
