// Registering with the keyboard alone: ↑/↓ between pupils, M/F/S/O set the
// status of the pupil in focus, digits type the minutes of a late arrival,
// Enter or Ctrl+S saves. ←/→ keep their native radio-group meaning.
import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import type { MarkStatus } from '../../../contracts/attendance';
import { MAX_MINUTES_DIGITS, type Drafts } from './drafts';
import { isMarkStatus } from './lesson-state';

interface Options {
  listRef: RefObject<HTMLElement | null>;
  enabled: boolean;
  pupilIds: readonly string[];
  drafts: Drafts;
  setStatus(pupilId: string, status: MarkStatus): void;
  setMinutes(pupilId: string, minutes: string): void;
  save(): void;
}

const ROW_ATTRIBUTE = 'data-pupil-row';

export function focusPupil(list: HTMLElement | null, index: number, status?: MarkStatus): boolean {
  const row = list?.querySelector<HTMLElement>(`[${ROW_ATTRIBUTE}="${index}"]`);
  const radio =
    row?.querySelector<HTMLInputElement>(status ? `input[type="radio"][value="${status}"]` : 'input[type="radio"]:checked') ??
    row?.querySelector<HTMLInputElement>('input[type="radio"]');
  radio?.focus();
  return Boolean(radio);
}

const plainKey = (event: KeyboardEvent | globalThis.KeyboardEvent) => !event.ctrlKey && !event.metaKey && !event.altKey;

export function useRegistrationKeys({ listRef, enabled, pupilIds, drafts, setStatus, setMinutes, save }: Options) {
  // Ctrl+S (⌘S) saves from anywhere on the page, instead of the browser's "save page".
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        saveRef.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);

  return (event: KeyboardEvent<HTMLElement>) => {
    if (!enabled || !plainKey(event)) return;
    // A key handled here goes no further: not to the browser, nor to Designsystemet's own radio-group keys.
    const handled = () => {
      event.preventDefault();
      event.stopPropagation();
    };
    const target = event.target as HTMLElement;
    const row = target.closest<HTMLElement>(`[${ROW_ATTRIBUTE}]`);
    if (!row) return;
    const index = Number(row.getAttribute(ROW_ATTRIBUTE));
    const pupilId = pupilIds[index];
    if (pupilId === undefined) return;
    const inMinutes = target instanceof HTMLInputElement && target.type !== 'radio';
    const draft = drafts[pupilId];

    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      handled();
      focusPupil(listRef.current, index + (event.key === 'ArrowDown' ? 1 : -1));
      return;
    }
    if (event.key === 'Enter') {
      handled();
      save();
      return;
    }
    const letter = event.key.toUpperCase();
    if (event.key.length === 1 && isMarkStatus(letter)) {
      handled();
      setStatus(pupilId, letter);
      focusPupil(listRef.current, index, letter);
      return;
    }
    if (inMinutes || draft?.status !== 'S') return;
    if (/^\d$/.test(event.key)) {
      handled();
      if (draft.minutes.length < MAX_MINUTES_DIGITS) setMinutes(pupilId, (draft.minutes + event.key).replace(/^0+(?=\d)/, ''));
    } else if (event.key === 'Backspace') {
      handled();
      setMinutes(pupilId, draft.minutes.slice(0, -1));
    }
  };
}
