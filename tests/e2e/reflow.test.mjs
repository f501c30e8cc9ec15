// Journey (issue 7, accessibility): reflow and text spacing. At 320 CSS px – what a 1280 px
// window shows at 400 % zoom (WCAG 1.4.10) – and with the text spacing of WCAG 1.4.12 (line
// height 1.5, letter spacing 0.12em, word spacing 0.16em, paragraph spacing 2em), nothing
// needs sideways scrolling and nothing is cut off: the table with every footnote and the
// sources open, the filter panel open, and the calculator with a tool's check and its
// transfer details.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { journeys } from './support/widget.mjs';

const env = journeys();
const SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`;

/** Opens everything that can open, then fails on sideways scrolling or cut-off content. */
async function assertFits(w, state) {
  await w.openAllFootnotes();
  const toggle = w.page.getByRole('button', { name: w.words.showFilters });
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'false') {
    await toggle.click();
    await w.page.locator('.vkc-filters--open').waitFor();
  }
  assert.equal(await w.horizontalOverflow(), 0, `${state}: no sideways scrolling`);
  assert.deepEqual(await w.cutOff(), [], `${state}: nothing cut off`);
}

for (const [device, options, spacing] of [
  ['320 px', { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true }, false],
  ['375 px with WCAG text spacing', { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, true],
  ['320 px with WCAG text spacing', { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true }, true],
]) {
  test(`everything fits at ${device}: table, footnotes, sources, filters and a tool's check`, async () => {
    const w = await env.open({ ...options, hash: '#view=current&sc=31000u00030010u000000000&chk=zoom' });
    if (spacing) await w.page.addStyleTag({ content: SPACING });
    await w.page.locator('.vkc-check[data-tool=zoom] [data-question=transfer] select').selectOption('dpf');
    await w.page.getByLabel('Zertifizierte Gesellschaft (genauer Name)').waitFor();
    await assertFits(w, 'current view with the check');
    await w.setView('original');
    await assertFits(w, 'original view');
    await w.setLang('en');
    await assertFits(w, 'in English');
    assert.deepEqual(w.errors, []);
    await w.close();
  });
}

test('on a 1280 px screen every column of the current view fits without scrolling', async () => {
  // With a scenario, the traffic light adds a twelfth column.
  for (const hash of ['#view=current', '#view=current&lang=en', '#view=current&sc=31100u00230011u001000000']) {
    const w = await env.open({ viewport: { width: 1280, height: 800 }, hash });
    await w.table.locator('tbody tr').first().waitFor();
    const overflow = await w.table.evaluate((table) => table.scrollWidth - table.closest('.vkc-table__scroll').clientWidth);
    assert.ok(overflow <= 0, `${hash}: the table is ${overflow} px wider than its box`);
    await w.close();
  }
});
