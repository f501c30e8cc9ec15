// Journey (issue 7, hostile input) on the shipped build: whatever a page, a link or the
// device's storage hands the widget – options it cannot read, markup in names, a 100 KB link,
// an address that would leave the origin, saved answers with markup – it names the problem,
// keeps working, renders text as text and never crashes the module another instance shares.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { journeys, dataset } from './support/widget.mjs';
import { hostPage, withWidget } from './support/pages.mjs';

const env = journeys();

/** Opens a made-up host page at the test origin; records errors and every added element. */
async function host(body, { lang = 'de', before } = {}) {
  const context = await env.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const errors = [];
  const requests = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  // Every element added to a widget instance, recorded from the first moment (the host
  // page's own elements are not the widget's doing).
  await page.addInitScript(() => {
    window.addedTags = [];
    const inWidget = (n) => n.closest('.vkc') || n.querySelector('.vkc');
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1 && inWidget(n)) {
        window.addedTags.push(n.tagName.toLowerCase(), ...[...n.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()));
      }
    }).observe(document, { childList: true, subtree: true });
  });
  if (before) await before(page);
  const url = `${env.server.url}host-${Math.random().toString(36).slice(2)}.html`;
  await hostPage(page, url, withWidget(body, lang));
  await page.goto(url);
  return { page, context, errors, requests, url };
}

/** `value` as a JS literal inside an inline script: "<" escaped, so "</script>" in a name
 *  cannot end the host page's own script element. */
const inline = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

const TEXTS = [
  '<script>window.vkcInjected = 1</script>',
  '<img src=x onerror="window.vkcInjected = 2">',
  '"><svg onload="window.vkcInjected = 3">',
  'מפגש וידאו 🎥',
];

test('names with markup, RTL text and emoji are text everywhere; no element is made of them', async () => {
  const data = await dataset();
  const source = data.sources[0].id;
  const template = data.tools.find((t) => t.id === 'zoom');
  const tools = TEXTS.map((name, i) => ({ ...template, id: `hostile-${i}`, name, origin: 'source-table', updates: [], status: null, authority_rating: null, note: null, field_sources: {}, source }));
  const { page, context, errors } = await host(`<div id="w"></div>
    <script type="module">
      import { mount } from '/vk-check.js';
      mount(document.getElementById('w'), { data: ${inline({ sources: [], tools })}, dataMode: 'extend', lang: 'en' });
    </script>`);
  const names = page.locator('.vkc tbody .vkc-table__tool');
  await names.nth(11 + TEXTS.length - 1).waitFor();
  assert.deepEqual((await names.allTextContents()).slice(11), TEXTS);

  // The comparison's heads and the calculator's tool list show them as text too.
  for (const name of TEXTS.slice(0, 3)) {
    await page.getByRole('checkbox', { name: `Choose ${name} for comparison` }).check();
  }
  await page.getByRole('button', { name: /^Compare chosen tools/ }).click();
  const heads = page.locator('.vkc-compare thead th');
  await heads.nth(3).waitFor();
  assert.deepEqual((await heads.allTextContents()).slice(1), TEXTS.slice(0, 3));
  await page.getByRole('button', { name: 'Apply scenario' }).click();
  const options = await page.locator('.vkc-calc__choose option').allTextContents();
  assert.deepEqual(options.slice(-TEXTS.length), TEXTS);

  // The CSV download carries them as they are, quoted where RFC 4180 asks.
  await page.getByRole('button', { name: 'Back to the table' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Table as CSV' }).click()]);
  const csv = await (await import('node:fs/promises')).readFile(await download.path(), 'utf8');
  assert.ok(csv.includes('"<img src=x onerror=""window.vkcInjected = 2"">"'), 'quoted, quotes doubled');
  assert.ok(csv.includes('מפגש וידאו 🎥'));

  const added = await page.evaluate(() => window.addedTags);
  assert.ok(added.includes('td') && added.includes('option'), "the recorder saw the widget's elements");
  for (const tag of ['script', 'img', 'svg', 'iframe', 'object']) {
    assert.ok(!added.includes(tag), `no ${tag} element was created`);
  }
  assert.equal(await page.evaluate(() => window.vkcInjected), undefined, 'no injected code ran');
  assert.deepEqual(errors, []);
  await context.close();
});

test('options no JSON can hold are named by key; the widget and a second instance still work', async () => {
  const { page, context, errors } = await host(`<div id="a"></div><div id="b"></div><div id="c"></div>
    <script type="module">
      import { mount } from '/vk-check.js';
      const cyclic = { sources: [], tools: [] };
      cyclic.self = cyclic;
      let deep = [];
      for (let i = 0; i < 100000; i += 1) deep = [deep];
      mount(document.getElementById('a'), { data: cyclic, view: 'table' });
      mount(document.getElementById('b'), { data: { sources: [], tools: deep }, lang: () => 'en', size: 10n, view: 'table' });
      window.mounted = true;
    </script>`);
  await page.waitForFunction(() => window.mounted);
  await page.locator('#b .vkc-alert[role=alert]').nth(1).waitFor();
  const texts = async (id) => page.locator(`#${id} .vkc-alert[role=alert]`).allInnerTexts();
  assert.match((await texts('a')).join('\n'), /data: .*JSON/s, 'the cyclic data is named');
  // The options alert names the options; the custom-data alert the tool JSON cannot hold.
  const [options, data] = await texts('b');
  for (const key of ['lang', 'size']) assert.match(options, new RegExp(`${key}: `), `${key} is named`);
  assert.match(data, /tools\[0\]: .*JSON/s, 'the 100,000-deep tool is named by its place');
  assert.equal(await page.locator('#a .vkc tbody tr').count(), 11, 'the first instance shows the built-in table');
  assert.equal(await page.locator('#b .vkc tbody tr').count(), 11, 'so does the second');
  // The module was not harmed: a third instance mounts and filters normally.
  await page.evaluate(async () => {
    const { mount } = await import('/vk-check.js');
    mount(document.getElementById('c'), { view: 'table', lang: 'en' });
  });
  await page.locator('#c .vkc tbody tr').nth(10).waitFor();
  await page.locator('#c').getByLabel('Search tools').fill('zoom');
  await page.locator('#c .vkc-table__count').filter({ hasText: '1 of 11 tools' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a data address that a browser would take to another host is refused before any request', async () => {
  const { page, context, errors, requests } = await host(
    '<div data-vk-check data-view="table" data-src="/&#9;/evil.example/tools.json"></div>',
  );
  await page.locator('.vkc-alert[role=alert]').waitFor();
  assert.match(await page.locator('.vkc-alert').innerText(), /src/);
  assert.equal(await page.locator('.vkc tbody tr').count(), 11, 'the built-in table instead');
  const origin = new URL(env.server.url).origin;
  assert.deepEqual(requests.filter((u) => !u.startsWith(origin)), [], 'nothing left the origin');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a 100 KB link is ignored whole with one notice, and the widget starts from its defaults', async () => {
  const part = 'q=zoom&e2e=yes&cmp=zoom,teams&';
  const hash = `#${part.repeat(Math.ceil((100 * 1024) / part.length))}`;
  assert.ok(hash.length > 100 * 1024);
  const w = await env.open({ hash });
  await w.notice.waitFor();
  assert.match(await w.notice.innerText(), /zu lang/);
  assert.deepEqual(await w.shown(), { n: 11, total: 11 });
  await w.expectCountAfter(() => w.option(w.words.e2e, w.words.yes).check(), 7, 11);
  assert.ok(new URL(w.page.url()).hash.length < 100, 'the next state replaces the long link');
  assert.deepEqual(w.errors, []);
  await w.close();
});

test('saved answers edited to hold markup and a long entity are shown as text, not markup', async () => {
  const { page, context, errors, url } = await host('<div data-vk-check data-view="calculator"></div>');
  await page.getByRole('button', { name: 'Szenario übernehmen' }).click();
  await page.getByRole('checkbox', { name: 'Auf diesem Gerät speichern' }).check();
  await page.waitForFunction(() => localStorage.getItem('vk-check:calculator'));
  // Another script of the same origin edits the saved value.
  const entity = `<img src=x onerror="window.vkcInjected = 4"> ${'x'.repeat(100_000)}`;
  await page.evaluate((entity) => {
    const saved = JSON.parse(localStorage.getItem('vk-check:calculator'));
    saved.answers.zoom = { transfer: { kind: 'dpf', entity, checked_on: null } };
    localStorage.setItem('vk-check:calculator', JSON.stringify(saved));
  }, entity);
  await page.goto(url); // without the link the first visit wrote, so the saved answers apply
  await page.locator('.vkc-calc__choose select').selectOption('zoom');
  const field = page.getByLabel('Zertifizierte Gesellschaft (genauer Name)');
  assert.equal(await field.inputValue(), entity);
  assert.ok(!(await page.evaluate(() => window.addedTags)).includes('img'));
  assert.equal(await page.evaluate(() => window.vkcInjected), undefined);
  assert.deepEqual(errors, []);
  await context.close();
});

test('assess() with a cyclic, 100,000-deep or BigInt argument throws a named error; all keeps working', async () => {
  const w = await env.open();
  const results = await w.page.evaluate(async () => {
    const { assess } = await import('./vk-check.js');
    const cyclic = {};
    cyclic.self = cyclic;
    let deep = {};
    for (let i = 0; i < 100000; i += 1) deep = { uses: deep };
    const calls = [['scenario', cyclic, {}], ['answers', {}, deep], ['scenario', { needs: { participants: 10n } }, {}]];
    const out = calls.map(([what, scenario, answers]) => {
      try {
        assess('zoom', scenario, answers);
        return `${what}: no error`;
      } catch (e) {
        return `${what}: ${e instanceof Error ? e.message.split(' ')[0] : 'not an Error'}`;
      }
    });
    out.push(assess('zoom', {}, {}).light);
    return out;
  });
  assert.deepEqual(results.slice(0, 3), ['scenario: scenario:', 'answers: answers:', 'scenario: scenario:']);
  assert.match(results[3], /^(red|yellow|green)$/, 'the module still answers');
  await w.expectCountAfter(() => w.option(w.words.e2e, w.words.yes).check(), 7, 11);
  assert.deepEqual(w.errors, []);
  await w.close();
});
