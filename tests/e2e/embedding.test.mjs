// Journeys for hosting: a strict Content-Security-Policy and a sub-path.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { dirname } from 'node:path';
import { serve, DIST } from './support/server.mjs';
import { launch } from './support/browser.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Opens `path` on `server`, collecting CSP violations and errors reported by the page. */
async function open(server, path = '') {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(server.url + path);
  await page.locator('.vkc tbody tr').first().waitFor();
  return { page, problems };
}

test('works under the strict CSP with no violation', async () => {
  const server = await serve(DIST, { 'content-security-policy': CSP });
  try {
    const { page, problems } = await open(server);
    assert.equal(await page.locator('.vkc tbody tr').count(), 11);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('columnheader', { name: /Max. participants/ }).waitFor();
    assert.deepEqual(problems, []);
    // The widget's styles arrived through the linked stylesheet, not inline styles.
    const padding = await page.locator('.vkc-table__head').first().evaluate((e) => getComputedStyle(e).paddingTop);
    assert.notEqual(padding, '0px');
    await page.close();
  } finally {
    await server.close();
  }
});

test('works when dist/ is hosted under a sub-path', async () => {
  const server = await serve(dirname(DIST));
  try {
    const { page, problems } = await open(server, 'dist/');
    assert.equal(await page.locator('.vkc tbody tr').count(), 11);
    assert.deepEqual(problems, []);
    await page.close();
  } finally {
    await server.close();
  }
});

test('the JS API mounts with options, reports bad ones, and unmounts without leftovers', async () => {
  const server = await serve();
  try {
    const { page, problems } = await open(server);
    const result = await page.evaluate(async () => {
      const api = await import('./vk-check.js');
      const host = document.createElement('div');
      document.body.append(host);
      const handle = api.mount(host, { lang: 'en', view: 'table' });
      await new Promise(requestAnimationFrame);
      const english = host.querySelector('.vkc')?.getAttribute('lang');
      const rows = host.querySelectorAll('tbody tr').length;
      handle.unmount();
      const left = host.childNodes.length;
      const bad = document.createElement('div');
      document.body.append(bad);
      api.mount(bad, { lang: 'fr', colour: 'red' });
      await new Promise(requestAnimationFrame);
      const alert = bad.querySelector('[role=alert]')?.innerText ?? '';
      const stillWorks = bad.querySelectorAll('tbody tr').length;
      // An option left undefined (`{ lang: settings.lang }` without that setting) is not set.
      const unset = document.createElement('div');
      document.body.append(unset);
      api.mount(unset, { lang: undefined, view: undefined, data: undefined });
      await new Promise(requestAnimationFrame);
      const unsetAlert = unset.querySelector('[role=alert]')?.innerText ?? null;
      const unsetRows = unset.querySelectorAll('tbody tr').length;
      // A target that is no element, matches none or already holds a widget throws a named error.
      const thrown = (target) => {
        try {
          api.mount(target, {});
          return null;
        } catch (e) {
          return e.message;
        }
      };
      const refused = [thrown(null), thrown('#nowhere'), thrown(bad), thrown(bad.querySelector('.vkc'))];
      // A selector works as a target, and a language tag with a region names its language.
      const bySelector = document.createElement('div');
      bySelector.id = 'by-selector';
      document.body.append(bySelector);
      api.mount('#by-selector', { lang: 'EN-gb', view: 'table' });
      await new Promise(requestAnimationFrame);
      const selected = [bySelector.querySelector('.vkc')?.getAttribute('lang'), bySelector.querySelector('[role=alert]')];
      return { version: api.version(), english, rows, left, alert, stillWorks, unsetAlert, unsetRows, refused, selected };
    });
    assert.match(result.version, /^\d+\.\d+\.\d+$/);
    assert.equal(result.english, 'en');
    assert.equal(result.rows, 11);
    assert.equal(result.left, 0, 'unmount leaves no nodes behind');
    assert.match(result.alert, /colour/);
    assert.match(result.alert, /lang/);
    assert.match(result.alert, /"de", "en"/);
    assert.equal(result.stillWorks, 11, 'bad options still give a working widget');
    assert.equal(result.unsetAlert, null, 'undefined options are not reported as errors');
    assert.equal(result.unsetRows, 11);
    assert.match(result.refused[0], /must be an element or a CSS selector/);
    assert.match(result.refused[1], /no element matches "#nowhere"/);
    assert.match(result.refused[2], /already holds a widget/);
    assert.match(result.refused[3], /is part of a widget/);
    assert.deepEqual(result.selected, ['en', null]);
    assert.equal(problems.filter((p) => !p.startsWith('vk-check: option')).length, 0, problems.join('\n'));
    await page.close();
  } finally {
    await server.close();
  }
});
