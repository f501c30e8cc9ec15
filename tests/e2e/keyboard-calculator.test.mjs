// Journey (issue 7, accessibility): the whole calculator by keyboard alone – the five steps in
// order, every kind of answer (radio groups with the arrow keys, checkboxes with Space, the
// number field, the tool and transfer choices), the report download and the storage opt-in –
// with a visible focus on every stop and no trap; and Escape closes what opens over the text:
// a footnote and the phone's filter panel, with focus back on what opened it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { journeys } from './support/widget.mjs';

const env = journeys();
const PHONE = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true };

/** Fails unless the focused element draws a visible outline; returns what it is. */
async function assertFocusVisible(w) {
  const focused = await w.focused();
  assert.notEqual(focused.outline, 'none', `focus is visible on ${focused.tag} "${focused.name}"`);
  assert.ok(focused.outlineWidth >= 2, `the outline of ${focused.tag} "${focused.name}" is at least 2 px`);
  return focused;
}

/** Presses `key` until `predicate(focused)` holds, checking a visible focus at every stop. */
async function pressUntil(w, key, predicate, max = 60) {
  for (let presses = 1; presses <= max; presses += 1) {
    await w.page.keyboard.press(key);
    const focused = await w.focused();
    if (focused.tag !== 'body') await assertFocusVisible(w);
    if (await predicate(focused)) return focused;
  }
  throw new Error(`${key} never reached the element within ${max} presses`);
}

const tab = (w, predicate, max) => pressUntil(w, 'Tab', predicate, max);
const isActive = (locator) => locator.evaluate((e) => e === document.activeElement);
/** Whether the focus is inside `locator` (a radio group, say). */
const holdsFocus = (locator) => locator.evaluate((e) => e.contains(document.activeElement));
/** The label text of the focused control (radio or checkbox), without its count. */
const label = (f) => f.name.trim();

test('the whole calculator by keyboard alone: steps, answers, check, report and storage', async () => {
  const w = await env.open({ acceptDownloads: true });
  const { page } = w;
  const step = (n) => page.locator('.vkc-scenario__step[aria-current=step]').filter({ hasText: new RegExp(`^${n}\\.`) });

  // From the page start, through the table, to the first step: every stop shows its focus.
  await tab(w, (f) => f.tag === 'button' && f.name === '1. Betrieb', 200);
  const order = [];
  for (let i = 0; i < 7; i += 1) {
    await page.keyboard.press('Tab');
    const f = await assertFocusVisible(w);
    order.push(f.type === 'radio' ? `radio: ${label(f)}` : f.name);
  }
  assert.deepEqual(order, [
    '2. Nutzung', '3. Aufzeichnung und KI', '4. Beschäftigte', '5. Harte Anforderungen',
    // Into the form: the radio group is one stop (its checked radio), "Zurück" is disabled.
    'radio: Online-Dienst des Anbieters', 'Weiter', 'Szenario übernehmen',
  ], 'the steps in order, then the form in reading order');

  // Step 1: the arrow keys choose within the radio group.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('ArrowUp');
  assert.equal(label(await w.focused()), 'Externer IT-Dienstleister');
  assert.equal(await page.getByRole('radio', { name: 'Externer IT-Dienstleister' }).isChecked(), true);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await step(2).waitFor();
  assert.equal((await w.focused()).name, 'Weiter', '"Weiter" keeps the focus on the next step');

  // Step 2: a checkbox with Space, a radio with the arrows.
  await pressUntil(w, 'Shift+Tab', (f) => label(f) === 'Gespräche mit Kunden oder Bewerbern', 12);
  await page.keyboard.press('Space');
  await tab(w, (f) => f.type === 'radio', 8);
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.getByRole('radio', { name: 'allein veranstaltet' }).isChecked(), true);
  await tab(w, (f) => f.name === 'Weiter', 6);
  await page.keyboard.press('Enter');
  await step(3).waitFor();

  // Step 3: recording in the cloud opens the question of its legal basis.
  const recording = page.getByRole('group', { name: 'Aufzeichnung oder KI-Transkription' });
  await pressUntil(w, 'Shift+Tab', () => holdsFocus(recording), 12);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.getByRole('radio', { name: 'in der Cloud des Anbieters' }).isChecked(), true);
  await page.getByRole('group', { name: 'Rechtsgrundlage der Aufzeichnung' }).waitFor();
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.getByRole('group', { name: 'Rechtsgrundlage der Aufzeichnung' }).locator('input:checked').count(), 1);
  await tab(w, (f) => f.name === 'Weiter', 8);
  await page.keyboard.press('Enter');
  await step(4).waitFor();

  // Step 4: the works council, and a yes/no/don't-know question answered with the arrows.
  await pressUntil(w, 'Shift+Tab', (f) => label(f) === 'Es gibt einen Betriebsrat', 12);
  await page.keyboard.press('Space');
  assert.equal(await page.getByRole('checkbox', { name: 'Es gibt einen Betriebsrat' }).isChecked(), true);
  const informed = page.locator('.vkc-scenario [data-question=staff-informed]');
  await tab(w, () => holdsFocus(informed), 6);
  await page.keyboard.press('ArrowUp'); // "weiß nicht" → "Nein"
  await page.keyboard.press('ArrowUp'); // → "Ja"
  assert.equal(await informed.locator('input[value=yes]').isChecked(), true);
  await tab(w, (f) => f.name === 'Weiter', 6);
  await page.keyboard.press('Enter');
  await step(5).waitFor();

  // Step 5: a platform and the number of participants.
  await pressUntil(w, 'Shift+Tab', (f) => label(f) === 'iOS', 12);
  await page.keyboard.press('Space');
  await tab(w, (f) => f.type === 'number', 4);
  await page.keyboard.type('50');
  await tab(w, (f) => f.name === 'Szenario übernehmen', 6);
  await page.keyboard.press('Enter');
  await page.locator('.vkc-scenario__applied[role=status]', { hasText: /\S/ }).waitFor();
  const applied = await assertFocusVisible(w);
  assert.equal(applied.tag, 'button', 'focus stays on the button in place of "Szenario übernehmen"');
  assert.equal(await page.locator('tbody tr [data-verdict]').count(), 11, 'the table shows a light per tool');

  // The tool to check, chosen with the arrow keys in its list.
  const choose = page.getByLabel('Tool prüfen');
  await tab(w, () => isActive(choose), 10);
  for (let i = 0; i < 12 && (await choose.inputValue()) !== 'zoom'; i += 1) await page.keyboard.press('ArrowDown');
  const check = page.locator('.vkc-check[data-tool=zoom]');
  await check.waitFor();
  const result = check.locator('.vkc-check__result[role=status]');
  const before = await result.innerText();

  // Answer the AVV with the arrows: "Nein" rules Zoom out (red), "Ja" settles it.
  const avv = check.locator('[data-question=avv]');
  await tab(w, () => holdsFocus(avv), 20);
  await page.keyboard.press('ArrowUp');
  await check.locator('.vkc-check__result [data-verdict=red]').waitFor();
  await page.keyboard.press('ArrowUp');
  assert.equal(await avv.locator('input[value=yes]').isChecked(), true);
  await page.waitForFunction(([el, was]) => el.innerText !== was, [await result.elementHandle(), before]);
  assert.match(await result.innerText(), /\d+ \/ \d+/, 'the live region tells the new progress');

  // The transfer mechanism: SCCs by the arrow keys open the TIA question, answered too.
  const transfer = check.locator('[data-question=transfer] select');
  await tab(w, () => isActive(transfer), 40);
  await page.keyboard.press('ArrowDown'); // DPF: the entity and date fields appear
  await check.getByLabel('Zertifizierte Gesellschaft (genauer Name)').waitFor();
  await page.keyboard.press('ArrowDown'); // SCCs
  const tia = check.locator('[data-question=tia]');
  await tia.waitFor();
  await tab(w, () => holdsFocus(tia), 4);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  assert.equal(await tia.locator('input[value=yes]').isChecked(), true);

  // The report, downloaded with Enter.
  await tab(w, (f) => f.name === 'Bericht als Markdown', 80);
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  assert.match(download.suggestedFilename(), /zoom.*\.md$/, download.suggestedFilename());

  // Storage: opted in with Space, deleted with Enter; focus stays at the opt-in.
  await tab(w, (f) => f.type === 'checkbox' && label(f) === 'Auf diesem Gerät speichern', 8);
  await page.keyboard.press('Space');
  await page.waitForFunction(() => localStorage.length === 1);
  await tab(w, (f) => f.name === 'Gespeicherte Antworten löschen', 3);
  await page.keyboard.press('Enter');
  await page.getByText('Die auf diesem Gerät gespeicherten Antworten wurden gelöscht.').waitFor();
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  const after = await assertFocusVisible(w);
  assert.equal(after.type, 'checkbox', 'focus moved to the opt-in, not to the page start');

  // No trap: Tab leaves the widget after its last control, and Shift+Tab comes back.
  const inWidget = () => page.evaluate(() => !!document.activeElement.closest('.vkc'));
  for (let i = 0; (await inWidget()); i += 1) {
    assert.ok(i < 10, 'Tab leaves the widget after its last control');
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Shift+Tab');
  assert.ok(await inWidget(), 'Shift+Tab returns into the widget');
  assert.deepEqual(w.errors, []);
  await w.close();
});

test('Escape closes an open footnote and returns focus to its summary', async () => {
  const w = await env.open({ hash: '#view=current' });
  // Adobe Connect's blur footnote cites a source with a link.
  const details = w.cell('adobe-connect', 'blur').locator('details');
  const summary = details.locator('summary');
  await summary.focus();
  await w.page.keyboard.press('Enter');
  await details.locator('.vkc-footnote__body').waitFor();
  await w.page.keyboard.press('Escape');
  await details.locator('.vkc-footnote__body').waitFor({ state: 'hidden' });
  assert.equal(await details.getAttribute('open'), null);
  assert.ok(await isActive(summary), 'focus on the summary');
  await assertFocusVisible(w);

  // From the source link inside the note, Escape closes it too; focus does not vanish with it.
  await w.page.keyboard.press('Enter');
  const link = details.getByRole('link');
  await link.waitFor();
  await w.page.keyboard.press('Tab');
  assert.ok(await isActive(link), 'Tab moves into the note, to its source link');
  await w.page.keyboard.press('Escape');
  await link.waitFor({ state: 'hidden' });
  assert.ok(await isActive(summary), 'focus back on the summary');
  // Escape on a closed footnote changes nothing.
  await w.page.keyboard.press('Escape');
  assert.equal(await details.getAttribute('open'), null);
  assert.ok(await isActive(summary));
  await w.close();
});

test('Escape closes the open filter panel on a phone and returns focus to its toggle', async () => {
  const w = await env.open({ ...PHONE });
  const toggle = w.page.getByRole('button', { name: w.words.showFilters });
  const form = w.page.getByRole('form', { name: 'Filter', includeHidden: true });
  await toggle.focus();
  await w.page.keyboard.press('Enter');
  await form.waitFor();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');

  // Escape in the search field with text clears the text first, as the browser does there.
  await tab(w, (f) => f.type === 'search', 3);
  await w.expectCountAfter(() => w.page.keyboard.type('zoom'), 1, 11);
  await w.expectCountAfter(() => w.page.keyboard.press('Escape'), 11, 11);
  assert.equal(await form.isVisible(), true, 'the panel stays open while Escape clears the search');

  // From a checkbox deep in the panel, Escape closes it.
  await tab(w, (f) => f.type === 'checkbox' && f.name.startsWith(w.words.yes), 20);
  await w.page.keyboard.press('Escape');
  await form.waitFor({ state: 'hidden' });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.ok(await isActive(toggle), 'focus on the toggle');
  await assertFocusVisible(w);
  // Enter opens it again; a closed panel ignores Escape.
  await w.page.keyboard.press('Escape');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  await w.page.keyboard.press('Enter');
  await form.waitFor();
  await w.close();
});
