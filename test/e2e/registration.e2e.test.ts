// Attendance in the browser: a teacher opens «I dag», registers a lesson with
// the keyboard alone, sees it saved and kept; a pupil reported absent by a
// guardian comes pre-filled; and the contact teacher documents the absence
// in «Uka mi». The demo is seeded for the server's today, so the lesson is
// picked through the API: one that has started and is not registered if
// there is one today, else the latest earlier one (evenings, weekends).
import { getISOWeek, parseISO } from 'date-fns';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ContactWeek, LessonRegistration, LessonSummary, MyLessons } from '../../src/contracts/attendance';
import type { MyNotices } from '../../src/contracts/notices';
import { addDaysTo } from '../../src/domain/school-calendar';
import { expectNoSeriousAxeViolations } from './support/axe';
import { DEMO_PASSWORD, expectHeading, typeLogin } from './support/app';
import { apiLogin, demoGuardians, type ApiSession } from './support/attendance-api';
import { describeInBrowser, launchBrowser, screenshot, type TestBrowser } from './support/browser';
import { startServer, type TestServer } from './support/server';

const TEACHER = 'laerer@fjordvik.example';
const CONTACT_CLASS = '8A';

interface Plan {
  today: string;
  lesson: LessonSummary;
  /** The lesson the guardian's notice covers: the one registered when it is today, else the next 8A lesson. */
  noticeLesson: LessonSummary;
  guardianPupil: { id: string; givenName: string; familyName: string };
}

/** The teacher's 8A lessons on a day, latest first or earliest first. */
async function lessonsOf(api: ApiSession, date: string): Promise<LessonSummary[]> {
  const { lessons } = await api.get<MyLessons>(`/api/my/lessons?date=${date}`);
  return lessons.filter((l) => l.group.name === CONTACT_CLASS).sort((a, b) => a.period - b.period);
}

/** Today's first started, unregistered 8A lesson; else the latest one that has started, today or before. */
async function pickLesson(api: ApiSession, today: string): Promise<LessonSummary> {
  for (let back = 0; back <= 45; back++) {
    const lessons = await lessonsOf(api, addDaysTo(today, -back));
    const ordered = back === 0 ? [...lessons.filter((l) => !l.registeredAt), ...lessons.filter((l) => l.registeredAt).reverse()] : lessons.reverse();
    for (const lesson of ordered) {
      const registration = await api.get<LessonRegistration>(`/api/lessons/${lesson.id}/registration`);
      if (registration.open) return lesson;
    }
  }
  throw new Error(`No ${CONTACT_CLASS} lesson of the demo teacher has started in the last 45 days before ${today}.`);
}

/** The next 8A lesson from today on (today's chosen lesson itself when it is today). */
async function nextLessonFrom(api: ApiSession, today: string, chosen: LessonSummary): Promise<LessonSummary> {
  if (chosen.date === today) return chosen;
  for (let ahead = 0; ahead <= 21; ahead++) {
    const [first] = await lessonsOf(api, addDaysTo(today, ahead));
    if (first) return first;
  }
  throw new Error(`No ${CONTACT_CLASS} lesson in the three weeks from ${today}.`);
}

/** A guardian of an 8A pupil reports the pupil absent for the lesson, through the API, as from home. */
async function reportAbsenceAsGuardian(baseUrl: string, today: string, lesson: LessonSummary) {
  const guardians = demoGuardians(today, 'fjordvik').filter((g) => g.pupil.className === CONTACT_CLASS);
  // The guardian whose child the demo did not already report absent.
  const guardian = guardians.find((g) => g.seededNotice === 'leave_request') ?? guardians[0];
  if (!guardian) throw new Error(`The demo has no guardian login for ${CONTACT_CLASS}.`);
  const api = await apiLogin(baseUrl, guardian.email, DEMO_PASSWORD);
  const mine = await api.get<MyNotices>('/api/my/notices');
  const pupil = mine.pupils.find((p) => p.givenName === guardian.pupil.givenName && p.familyName === guardian.pupil.familyName);
  if (!pupil) throw new Error(`${guardian.email} may not report for ${guardian.pupil.givenName}.`);
  await api.send('POST', '/api/notices', {
    pupilId: pupil.id,
    kind: 'absence',
    fromDate: lesson.date,
    toDate: lesson.date,
    periods: [lesson.period],
    reasonCode: 'health_self_reported',
  });
  return pupil;
}

const row = (page: Page, index: number) => page.locator(`[data-pupil-row="${index}"]`);
const checkedStatus = (page: Page, index: number) => row(page, index).locator('input[type="radio"]:checked').getAttribute('value');

/**
 * The whole page in one picture, taken with the window as tall as the page:
 * the save bar that sticks to the bottom of the window then sits at the end
 * of the form instead of over a pupil in the middle.
 */
async function picture(page: Page, name: string) {
  const size = page.viewportSize() ?? { width: 1280, height: 800 };
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) });
  await screenshot(page, name);
  await page.setViewportSize(size);
}

/** Tab from the top of the page to the first pupil, as a keyboard user does. */
async function tabToFirstPupil(page: Page) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const inFirstRow = await page.evaluate(() => document.activeElement?.closest('[data-pupil-row]')?.getAttribute('data-pupil-row') === '0');
    if (inFirstRow) return;
  }
  throw new Error('Tab never reached the first pupil.');
}

describeInBrowser('registration: a lesson by keyboard, a notice from home, and the contact teacher’s week', () => {
  let server: TestServer;
  let browser: TestBrowser;
  let plan: Plan;
  /** Rows set by keyboard: index → status (and minutes for S). */
  const typed: { index: number; status: 'F' | 'S' | 'O'; minutes?: string }[] = [];
  let noticeRow = -1;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    console.info(`Server on ${server.database} ready in ${(server.startupMs / 1000).toFixed(1)} s`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens «I dag» for the teacher, first in the menu, with the lessons in time order', async () => {
    const { page } = browser;
    await page.goto(server.baseUrl);
    await typeLogin(page, TEACHER, DEMO_PASSWORD);
    await expectHeading(page, 'Velkommen, Kari');
    const menu = page.getByRole('navigation', { name: 'Hovedmeny' });
    expect((await menu.getByRole('link').first().textContent())?.trim()).toBe('I dag');
    await page.getByRole('link', { name: /Registrer fravær i dag/ }).waitFor();

    // Choose the lesson through the teacher's own session, and have a guardian report a pupil absent.
    const teacher = await apiLogin(server.baseUrl, TEACHER, DEMO_PASSWORD);
    const { date: today } = await teacher.get<MyLessons>('/api/my/lessons');
    const lesson = await pickLesson(teacher, today);
    const noticeLesson = await nextLessonFrom(teacher, today, lesson);
    const guardianPupil = await reportAbsenceAsGuardian(server.baseUrl, today, noticeLesson);
    plan = { today, lesson, noticeLesson, guardianPupil };
    console.info(`Registering ${lesson.group.name} ${lesson.subject.code} on ${lesson.date}, period ${lesson.period} (today ${today}); notice for ${noticeLesson.date} period ${noticeLesson.period}`);

    await menu.getByRole('link', { name: 'I dag' }).click();
    await expectHeading(page, 'I dag');
    if (lesson.date !== today) {
      await page.goto(`${server.baseUrl}/i-dag?dato=${lesson.date}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
    }
    const cards = page.locator('.lesson-list > li');
    await cards.first().waitFor();
    const periods = await cards.locator('.lesson-card__period').allTextContents();
    expect(periods.map((p) => Number.parseInt(p, 10))).toEqual([...periods.map((p) => Number.parseInt(p, 10))].sort((a, b) => a - b));
    // Registered or not is said in words, not by colour alone.
    for (const text of await cards.locator('.lesson-card__state').allTextContents()) {
      expect(text).toMatch(/Registrert|Ikke registrert|Ikke begynt|Ikke holdt/);
    }
    if (noticeLesson.date === lesson.date) {
      const card = cards.filter({ has: page.locator(`a[href="/timer/${noticeLesson.id}"]`) });
      await card.getByText(/melding(er)? fra hjemmet/).waitFor();
    }
    await picture(page, 'registration-today');
    await expectNoSeriousAxeViolations(page, 'the Today page');
  });

  it('registers the lesson with the keyboard alone, and the notice from home comes pre-filled', async () => {
    const { page } = browser;
    const { lesson, noticeLesson, guardianPupil } = plan;
    await page.locator(`a[href="/timer/${lesson.id}"]`).click();
    await page.waitForURL(new RegExp(`/timer/${lesson.id}$`));
    await expectHeading(page, `${lesson.group.name} · ${lesson.subject.name}`);
    await row(page, 0).waitFor();

    const registration = await (await page.request.get(`${server.baseUrl}/api/lessons/${lesson.id}/registration`)).json() as LessonRegistration;
    noticeRow = registration.pupils.findIndex((p) => p.id === guardianPupil.id);
    if (noticeLesson.id === lesson.id) {
      // Pre-filled as absent and marked as reported from home; the contact teacher also sees why.
      expect(noticeRow).toBeGreaterThanOrEqual(0);
      expect(await checkedStatus(page, noticeRow)).toBe('F');
      await row(page, noticeRow).getByText('Meldt fra hjemmet: Helse, egenmelding').waitFor();
    }

    // Three pupils who now stand as present get F, S 7 minutes and O.
    const free = registration.pupils.map((p, i) => ({ p, i })).filter(({ p, i }) => i !== noticeRow && (p.mark?.status ?? 'M') === 'M');
    const wanted = [
      { status: 'F' as const },
      { status: 'S' as const, minutes: '7' },
      { status: 'O' as const },
    ];
    wanted.forEach((w, k) => {
      const pick = free[k + 1];
      if (pick) typed.push({ index: pick.i, ...w });
    });
    expect(typed.length).toBe(3);

    await page.getByText('Hurtigtaster').waitFor();
    await tabToFirstPupil(page);
    let at = 0;
    for (const mark of typed) {
      while (at < mark.index) {
        await page.keyboard.press('ArrowDown');
        at++;
      }
      await page.keyboard.press(mark.status.toLowerCase());
      if (mark.minutes) await page.keyboard.type(mark.minutes);
    }
    for (const mark of typed) expect(await checkedStatus(page, mark.index)).toBe(mark.status);
    const late = typed.find((m) => m.status === 'S');
    expect(await row(page, late?.index ?? 0).getByRole('textbox', { name: /Minutter/ }).inputValue()).toBe('7');
    await picture(page, 'registration-lesson');
    await expectNoSeriousAxeViolations(page, 'the registration page');

    await page.keyboard.press('Enter');
    const status = page.getByRole('status').filter({ hasText: /Lagret kl\. \d{2}:\d{2}\./ });
    await status.waitFor();
    expect(await status.textContent()).toMatch(/fravær: \d+, sen: 1, organisert: 1/);
    // Focus goes to the confirmation, so a screen reader user hears it.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('status');
    await picture(page, 'registration-saved');
    await expectNoSeriousAxeViolations(page, 'the registration page after saving');
  });

  it('keeps the marks after a reload, and a change saved with Ctrl+S shows up in the history', async () => {
    const { page } = browser;
    await page.reload();
    await row(page, 0).waitFor();
    for (const mark of typed) expect(await checkedStatus(page, mark.index)).toBe(mark.status);
    const late = typed.find((m) => m.status === 'S');
    expect(await row(page, late?.index ?? 0).getByRole('textbox', { name: /Minutter/ }).inputValue()).toBe('7');
    if (plan.noticeLesson.id === plan.lesson.id) expect(await checkedStatus(page, noticeRow)).toBe('F');
    await page.getByText(/Registrert av Kari Larsen kl\. \d{2}:\d{2}/).waitFor();

    // O back to M, by keyboard again, saved with Ctrl+S.
    const organised = typed.find((m) => m.status === 'O');
    await tabToFirstPupil(page);
    for (let i = 0; i < (organised?.index ?? 0); i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('m');
    await page.keyboard.press('Control+s');
    await page.getByRole('status').filter({ hasText: /Lagret kl\./ }).waitFor();
    expect(await checkedStatus(page, organised?.index ?? 0)).toBe('M');

    await page.getByRole('link', { name: /Se \d+ endring/ }).click();
    await expectHeading(page, 'Endringshistorikk');
    const table = page.getByRole('table', { name: /Endringer i/ });
    await table.getByRole('row').filter({ hasText: 'Organisert' }).filter({ hasText: 'Møtt' }).first().waitFor();
    await table.getByText('Kari Larsen').first().waitFor();
    await picture(page, 'registration-history');
    await expectNoSeriousAxeViolations(page, 'the change history');
  });

  it('shows a later lesson as not yet open, with the pupil reported from home pre-filled', async () => {
    const { page } = browser;
    const { lesson, noticeLesson, guardianPupil } = plan;
    if (noticeLesson.id === lesson.id) return; // Already seen while registering today's lesson.
    await page.goto(`${server.baseUrl}/timer/${noticeLesson.id}`);
    await row(page, 0).waitFor();
    const name = `${guardianPupil.familyName}, ${guardianPupil.givenName}`;
    const pupilRow = page.locator('[data-pupil-row]').filter({ hasText: name });
    await pupilRow.getByText('Meldt fra hjemmet').waitFor();
    expect(await pupilRow.locator('input:checked').getAttribute('value')).toBe('F');
    if (noticeLesson.date > plan.today) {
      // A lesson on a coming day says why it cannot be registered yet, and has nothing to save.
      await page.getByRole('heading', { name: 'Timen har ikke begynt' }).waitFor();
      expect(await page.getByRole('button', { name: 'Lagre' }).count()).toBe(0);
    }
  });

  it('shows a field error next to the pupil, and never overwrites a colleague’s save', async () => {
    const { page } = browser;
    const { lesson } = plan;
    await page.goto(`${server.baseUrl}/timer/${lesson.id}`);
    await row(page, 0).waitFor();
    const registration = (await (await page.request.get(`${server.baseUrl}/api/lessons/${lesson.id}/registration`)).json()) as LessonRegistration;
    const present = registration.pupils.map((p, i) => ({ p, i })).filter(({ p, i }) => i !== noticeRow && (p.mark?.status ?? 'M') === 'M');
    const lateRow = present[present.length - 1]?.i ?? 0;

    // Late without minutes: the server's message appears next to that pupil.
    await tabToFirstPupil(page);
    for (let i = 0; i < lateRow; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('s');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').getByText('Registreringen ble ikke lagret').waitFor();
    await row(page, lateRow).getByText(/Skriv hvor mange minutter for sent/).waitFor();
    expect(await row(page, lateRow).getByRole('textbox', { name: /Minutter/ }).getAttribute('aria-invalid')).toBe('true');
    await picture(page, 'registration-field-error');

    // Meanwhile someone saves the lesson (here the same teacher from another device).
    const teacher = await apiLogin(server.baseUrl, TEACHER, DEMO_PASSWORD);
    const marks = registration.pupils.flatMap((p) =>
      p.mark && p.mark.status !== 'M' ? [{ pupilId: p.id, status: p.mark.status, minutesLate: p.mark.minutesLate }] : [],
    );
    await teacher.send('PUT', `/api/lessons/${lesson.id}/registration`, { version: registration.version, held: true, marks });

    await row(page, lateRow).getByRole('textbox', { name: /Minutter/ }).focus();
    await page.keyboard.type('3');
    await page.keyboard.press('Enter');
    const conflict = page.getByRole('alert').filter({ hasText: 'Noen andre har lagret timen' });
    await conflict.getByText(/Kari Larsen lagret denne timen kl\. \d{2}:\d{2}/).waitFor();
    expect(await checkedStatus(page, lateRow), 'nothing overwritten or reset behind the teacher’s back').toBe('S');
    await picture(page, 'registration-conflict');
    await expectNoSeriousAxeViolations(page, 'the registration page with a conflict');
    await conflict.getByRole('button', { name: 'Last inn timen på nytt' }).click();
    await conflict.waitFor({ state: 'detached' });
    // What the colleague saved, now shown; the teacher looks it over before saving again.
    expect(await checkedStatus(page, lateRow)).toBe('M');
  });

  it('lets the contact teacher document the week’s absence in bulk in «Uka mi»', async () => {
    const { page } = browser;
    const { lesson, noticeLesson, guardianPupil } = plan;
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Uka mi' }).click();
    await expectHeading(page, 'Uka mi');
    // Back to the week of the lesson, one week at a time.
    const week = getISOWeek(parseISO(lesson.date));
    const weekHeading = page.getByRole('heading', { level: 2, name: /^Uke \d+$/ });
    for (let i = 0; i < 8; i++) {
      const shown = (await weekHeading.textContent())?.trim();
      if (shown === `Uke ${week}`) break;
      await page.getByRole('button', { name: 'Forrige uke' }).click();
      await page.getByRole('heading', { level: 2, name: shown ?? '' }).waitFor({ state: 'detached' });
    }
    await page.getByRole('heading', { level: 2, name: `Uke ${week}` }).waitFor();
    await page.getByRole('heading', { level: 2, name: /elever? med fravær/ }).waitFor();

    // The pupil reported from home when that was the lesson registered; else the one marked absent by keyboard.
    const contactWeek = (await (await page.request.get(`${server.baseUrl}/api/my/contact-pupils/week?date=${lesson.date}`)).json()) as ContactWeek;
    const registration = (await (await page.request.get(`${server.baseUrl}/api/lessons/${lesson.id}/registration`)).json()) as LessonRegistration;
    const absentTyped = registration.pupils[typed.find((m) => m.status === 'F')?.index ?? 0];
    const targetId = noticeLesson.id === lesson.id ? guardianPupil.id : (absentTyped?.id ?? '');
    const target = contactWeek.pupils.find((p) => p.id === targetId);
    expect(target?.absences.some((a) => a.lessonId === lesson.id)).toBe(true);
    const name = `${target?.givenName} ${target?.familyName}`;

    await page.getByRole('checkbox', { name: `Velg alle for ${name}` }).check();
    const count = target?.absences.length ?? 0;
    await page.getByText(`${count} valgt`, { exact: true }).waitFor();
    await page.getByRole('radio', { name: 'Dokumentert', exact: true }).check();
    await page.getByLabel('Årsak').selectOption({ label: 'Helse, dokumentert av helsepersonell' });
    await page.getByRole('button', { name: count === 1 ? 'Lagre for 1 valgt' : `Lagre for ${count} valgte` }).click();
    const done = page.getByRole('status').filter({ hasText: /satt til dokumentert, årsak: Helse, dokumentert av helsepersonell/ });
    await done.waitFor();

    const table = page.getByRole('table', { name: new RegExp(`for ${name}, uke ${week}`) });
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(count);
    for (let i = 0; i < count; i++) {
      await rows.nth(i).getByText('Dokumentert', { exact: true }).waitFor();
      await rows.nth(i).getByText('Helse, dokumentert av helsepersonell').waitFor();
    }
    await picture(page, 'registration-week');
    await expectNoSeriousAxeViolations(page, 'the contact teacher’s week');
  });

  it('fits a phone: the registration page has no sideways scrolling', async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.baseUrl}/timer/${plan.lesson.id}`);
    await row(page, 0).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'no sideways scrolling on a phone').toBeLessThanOrEqual(0);
    await picture(page, 'registration-phone');
    await expectNoSeriousAxeViolations(page, 'the registration page on a phone');
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
