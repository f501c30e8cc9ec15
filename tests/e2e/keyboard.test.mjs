// Journey (issue 3): the filters, the sorting and the side-by-side comparison work with the
// keyboard alone, and every element that takes focus shows it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { journeys } from './support/widget.mjs';

const env = journeys();

/** Fails unless the focused element draws a visible outline. */
async function assertFocusVisible(w) {
  const focused = await w.focused();
  assert.notEqual(focused.outline, 'none', `focus is visible on ${focused.tag} "${focused.name}"`);
  assert.ok(focused.outlineWidth >= 2, `the outline of ${focused.tag} "${focused.name}" is at least 2 px`);
  return focused;
}

test('Tab reaches the E2E "Ja" checkbox with focus visible at every step; Space toggles it', async () => {
  const w = await env.open();
  const yes = w.option(w.words.e2e, w.words.yes);
  const isYes = () => yes.evaluate((e) => e === document.activeElement);
  let presses = 0;
  while (!(await isYes())) {
    await w.page.keyboard.press('Tab');
    presses += 1;
    assert.ok(presses < 40, 'the checkbox is reachable within 40 presses');
    await assertFocusVisible(w);
  }
  await w.expectCountAfter(() => w.page.keyboard.press('Space'), 7, 11);
  assert.equal(await yes.isChecked(), true);
  assert.match(w.page.url(), /e2e=yes/);
  await w.expectCountAfter(() => w.page.keyboard.press('Space'), 11, 11);
  assert.equal(await yes.isChecked(), false);
  await w.close();
});

test('the search, the minimum and the reset work by keyboard', async () => {
  const w = await env.open();
  await w.tabUntil((f) => f.type === 'search');
  await w.expectCountAfter(() => w.page.keyboard.type('zo'), 1, 11);
  assert.deepEqual(await w.names(), ['Zoom']);
  await w.page.keyboard.press('Control+A');
  await w.expectCountAfter(() => w.page.keyboard.press('Backspace'), 11, 11);
  await w.tabUntil((f) => f.type === 'number');
  await assertFocusVisible(w);
  // Any number can be typed; the arrow keys step it by one.
  await w.expectCountAfter(() => w.page.keyboard.type('99'), 8, 11);
  await w.expectCountAfter(() => w.page.keyboard.press('ArrowUp'), 8, 11);
  assert.equal(await w.page.getByLabel(w.words.min).inputValue(), '100');
  await w.tabUntil((f) => f.tag === 'button' && f.name === w.words.reset);
  await assertFocusVisible(w);
  await w.expectCountAfter(() => w.page.keyboard.press('Enter'), 11, 11);
  assert.equal(await w.page.getByLabel(w.words.min).inputValue(), '');
  await w.close();
});

test('a column is sorted with Enter on its header button', async () => {
  const w = await env.open();
  await w.tabUntil((f) => f.tag === 'button' && f.name.startsWith(w.words.participants));
  await assertFocusVisible(w);
  await w.page.keyboard.press('Enter');
  await w.table.locator('th[aria-sort=ascending]').waitFor();
  await w.page.keyboard.press('Enter');
  await w.table.locator('th[aria-sort=descending]').waitFor();
  assert.equal((await w.names())[0], 'Zoom');
  await w.close();
});

test('tools are chosen, compared and left again by keyboard alone', async () => {
  const w = await env.open();
  const W = w.words;
  for (const name of ['Microsoft Teams', 'Zoom']) {
    await w.tabUntil((f) => f.name === W.choose(name));
    await assertFocusVisible(w);
    await w.page.keyboard.press('Space');
    await w.compareCheckbox(name).and(w.page.locator(':checked')).waitFor();
  }
  await w.compareButton().filter({ hasText: '(2)' }).waitFor();
  // Back up to the compare button above the table.
  for (let i = 0; !(await w.compareButton().evaluate((b) => b === document.activeElement)); i += 1) {
    assert.ok(i < 40, 'Shift+Tab reaches the compare button');
    await w.page.keyboard.press('Shift+Tab');
  }
  await assertFocusVisible(w);
  await w.page.keyboard.press('Enter');
  await w.compareView.waitFor();
  assert.deepEqual(await w.compareView.locator('thead th').allInnerTexts(), ['Merkmal', 'Microsoft Teams', 'Zoom']);
  const inCompare = () => w.page.evaluate(() => !!document.activeElement.closest('.vkc-compare'));
  assert.ok(await inCompare(), 'focus moves into the comparison, not back to the page start');

  // The comparison's links are reachable, and so is the way back.
  await w.tabUntil((f) => f.name === W.back, 5);
  await assertFocusVisible(w);
  await w.tabUntil((f) => f.tag === 'a', 5);
  await assertFocusVisible(w);
  await w.page.getByRole('button', { name: W.back }).focus();
  await w.page.keyboard.press('Enter');
  await w.table.waitFor();
  assert.equal(
    await w.compareButton().evaluate((b) => b === document.activeElement),
    true,
    'focus returns to the button that opened the comparison',
  );
  await assertFocusVisible(w);
  assert.equal(await w.compareCheckbox('Zoom').isChecked(), true);
  await w.close();
});

test('an opened link to a comparison does not move focus (the page does not jump)', async () => {
  const w = await env.open({ hash: '#cmp=zoom,teams&show=compare' });
  await w.compareView.waitFor();
  assert.equal(await w.page.evaluate(() => document.activeElement === document.body), true);
  assert.equal(await w.page.evaluate(() => window.scrollY), 0);
  await w.close();
});
