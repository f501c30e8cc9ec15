// Journeys for several instances and the JS API: instances on one page act independently,
// only a page's single instance owns the URL fragment, and unmount leaves nothing behind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { journeys } from './support/widget.mjs';
import { hostPage, withWidget, recordProblems, rowCount } from './support/pages.mjs';

const env = journeys();

test('two instances on one page switch language and filter independently', async () => {
  const page = await env.browser.newPage();
  const problems = await recordProblems(page);
  const url = `${env.server.url}two-tables.html`;
  await hostPage(page, url, withWidget(`
    <div id="a" data-vk-check data-view="table"></div>
    <div id="b" data-vk-check data-view="table"></div>`));
  await page.goto(url);
  await page.locator('#b .vkc tbody tr').first().waitFor();
  assert.equal(await rowCount(page, '#a'), 11);
  assert.equal(await rowCount(page, '#b'), 11);

  await page.locator('#a').getByRole('button', { name: 'English' }).click();
  await page.locator('#a').getByRole('columnheader', { name: /Max. participants/ }).waitFor();
  assert.equal(await page.locator('#a .vkc').getAttribute('lang'), 'en');
  assert.equal(await page.locator('#b .vkc').getAttribute('lang'), 'de');

  await page.locator('#b').getByLabel('Tool suchen').fill('zoom');
  await page.locator('#b .vkc tbody tr').nth(1).waitFor({ state: 'detached' });
  assert.equal(await rowCount(page, '#b'), 1);
  assert.equal(await rowCount(page, '#a'), 11, 'the other instance keeps all rows');
  assert.equal(await page.locator('#a').getByLabel('Search tools').inputValue(), '');

  // With two instances neither may write the address: each would overwrite the other's state.
  assert.equal(new URL(page.url()).hash, '');
  const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
  assert.equal(new Set(ids).size, ids.length, 'element ids are unique across instances');
  assert.deepEqual(problems, []);
  await page.close();
});

test("a page's single instance keeps its state in the URL fragment", async () => {
  const page = await env.browser.newPage();
  await page.goto(env.server.url);
  await page.locator('.vkc tbody tr').first().waitFor();
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForURL(/#.*lang=en/);
  await page.reload();
  await page.getByRole('columnheader', { name: /Max. participants/ }).waitFor();
  await page.close();
});

/** Every event listener on window, document and the whole DOM, counted through DevTools. */
async function listenerCount(page) {
  const cdp = await page.context().newCDPSession(page);
  let total = 0;
  for (const expression of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
      objectId: result.objectId,
      depth: -1,
      pierce: true,
    });
    total += listeners.length;
  }
  await cdp.detach();
  return total;
}

test('mount and unmount from JS leave no nodes or listeners behind', async () => {
  const page = await env.browser.newPage();
  const problems = await recordProblems(page);
  const url = `${env.server.url}api.html`;
  await hostPage(page, url, withWidget('<div id="host"></div><p id="after">Host text</p>'));
  await page.goto(url);
  await page.evaluate(() => import('./vk-check.js'));
  const before = await listenerCount(page);

  await page.evaluate(async () => {
    const { mount } = await import('./vk-check.js');
    window.handle = mount(document.getElementById('host'), { lang: 'en', view: 'table' });
  });
  await page.locator('#host .vkc tbody tr').first().waitFor();
  // Use the widget, so its listeners are really attached.
  await page.getByRole('button', { name: /^Tool/ }).click();
  await page.getByLabel('Search tools').fill('web');
  await page.locator('#host .vkc tbody tr').nth(2).waitFor({ state: 'detached' });
  const mounted = await listenerCount(page);
  assert.ok(mounted > before, `the widget listens while mounted (${before} → ${mounted})`);
  // Kept in the page itself: a Playwright element handle would add Playwright's own listeners.
  await page.evaluate(() => {
    window.oldButton = [...document.querySelectorAll('#host button')].find((b) => b.textContent === 'Deutsch');
  });

  await page.evaluate(() => {
    window.handle.unmount();
    window.handle.unmount(); // twice is harmless
  });
  // page.evaluate, not locator.evaluate: the latter injects Playwright's listeners into the page.
  assert.equal(await page.evaluate(() => document.getElementById('host').childNodes.length), 0);
  assert.equal(await page.locator('.vkc').count(), 0);
  assert.equal(await listenerCount(page), before, 'every listener is gone');
  // A click on a button kept from the old instance does nothing and raises nothing.
  await page.evaluate(() => window.oldButton.click());
  assert.equal(await page.locator('#after').innerText(), 'Host text');

  // The element can take a new instance.
  await page.evaluate(async () => {
    const { mount } = await import('./vk-check.js');
    mount(document.getElementById('host'), { lang: 'de' });
  });
  await page.locator('#host .vkc tbody tr').first().waitFor();
  assert.equal(await rowCount(page, '#host'), 11);
  assert.deepEqual(problems, []);
  await page.close();
});
