// Journeys on the example host pages in dist/examples/: each works under the strict CSP with
// zero axe-core violations in light and dark mode, the blog keeps its own styles while theming
// the widget, and the iframe embed sizes itself through checked messages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, DIST } from './support/server.mjs';
import { launch, axeViolations } from './support/browser.mjs';
import { recordProblems } from './support/pages.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

let strict;
let browser;

before(async () => {
  strict = await serve(DIST, { 'content-security-policy': CSP });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await strict?.close();
});

/** Waits until every instance on the page (or in its iframe) has finished loading. */
async function widgetsReady(page, path) {
  const scope = path.includes('iframe-host') ? page.frameLocator(FRAME) : page;
  await scope.locator('.vkc').first().waitFor();
  await scope.locator('.vkc[aria-busy]').first().waitFor({ state: 'detached' });
  await scope.locator('.vkc tbody tr').first().waitFor();
}

const FRAME = 'iframe[data-vk-check-frame]';
// The standalone page and every example.
const PAGES = ['index.html', ...['blog', 'intranet', 'embed', 'iframe-host'].map((n) => `examples/${n}.html`)];

for (const path of PAGES) {
  for (const colorScheme of ['light', 'dark']) {
    test(`${path} works under the strict CSP, axe-clean in ${colorScheme} mode`, async () => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      const problems = await recordProblems(page);
      await page.goto(`${strict.url}${path}`);
      await widgetsReady(page, path);
      assert.deepEqual(problems, [], 'no error and no CSP violation');
      assert.deepEqual(await axeViolations(page, 'html'), []);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
}

test('the intranet page shows its two instances with their own language and parts', async () => {
  const page = await browser.newPage();
  await page.goto(`${strict.url}examples/intranet.html`);
  await widgetsReady(page, 'intranet.html');
  const instances = page.locator('.vkc');
  assert.equal(await instances.count(), 2);
  assert.equal(await instances.nth(0).getAttribute('lang'), 'en');
  assert.equal(await instances.nth(1).getAttribute('lang'), 'de');
  assert.equal(await instances.nth(0).locator('tbody tr').count(), 11);
  assert.equal(await instances.nth(1).locator('table').count(), 0, 'the calculator instance shows no table');
  // Alone, the calculator checks today's tools and the company's own, and speaks of no table.
  const calculator = instances.nth(1);
  assert.doesNotMatch((await calculator.locator('.vkc-intro').allInnerTexts()).join(' '), /Tabelle/);
  await calculator.getByRole('button', { name: 'Szenario übernehmen' }).click();
  assert.match(await calculator.locator('.vkc-scenario__applied').innerText(), /Wählen Sie unten ein Tool/);
  const tools = await calculator.locator('.vkc-calc__choose option').allInnerTexts();
  assert.ok(tools.includes('Jitsi Meet (Beispiel GmbH, eigener Server)'), 'the company tool is offered');
  assert.ok(tools.includes('TeamViewer Meeting') && !tools.includes('Blizz by TeamViewer'), "today's names");
  assert.equal(await calculator.getByRole('button', { name: /Tabellenfilter/ }).count(), 0);
  // With no table to filter, a tool's check names the musts it is not shown to meet.
  await calculator.getByRole('button', { name: '5. Harte Anforderungen' }).click();
  await calculator.getByRole('checkbox', { name: 'Teilnahme im Browser' }).check();
  await calculator.getByLabel('Tool prüfen').selectOption({ label: 'TeamViewer Meeting' });
  assert.equal(
    await calculator.locator('.vkc-check__needs').innerText(),
    'Harte Anforderungen, die die Daten für dieses Tool nicht bestätigen: Teilnahme im Browser',
  );
  await calculator.getByLabel('Tool prüfen').selectOption({ label: 'Jitsi Meet (Beispiel GmbH, eigener Server)' });
  await calculator.locator('.vkc-check[data-tool=beispiel-jitsi]').waitFor();
  assert.equal(await calculator.locator('.vkc-check__needs').count(), 0, 'a tool that meets them has no such line');
  await page.close();
});

test('on a phone the intranet page does not scroll sideways, even with its long tool names listed', async () => {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(`${strict.url}examples/intranet.html`);
  await widgetsReady(page, 'intranet.html');
  // The page lays its panels out in a plain grid, whose column grows with its widest content.
  const calculator = page.locator('.vkc').nth(1);
  await calculator.getByRole('button', { name: 'Szenario übernehmen' }).click();
  await calculator.getByLabel('Tool prüfen').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 375);
  await context.close();
});

// Properties that would show a host page disturbed. Sizes are left out on purpose: the
// widget takes room, which may move or narrow things (a scrollbar, say) without restyling them.
const HOST_PROPERTIES = [
  'color', 'background-color', 'font-family', 'font-size', 'font-weight', 'font-style',
  'line-height', 'letter-spacing', 'text-align', 'text-decoration-line', 'text-transform',
  'margin-top', 'margin-right', 'margin-bottom', 'margin-left',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border-top-width', 'border-top-style', 'border-top-color', 'border-left-width',
  'border-left-style', 'border-left-color', 'border-collapse', 'box-sizing', 'display',
  'list-style-type', 'outline-style', 'cursor', 'visibility',
];

/** The computed styles of every host element (outside the widget), keyed by its path. */
function hostStyles(page) {
  return page.evaluate((properties) => {
    const styles = {};
    const all = [document.documentElement, ...document.querySelectorAll('body, body *')];
    for (const element of all) {
      if (element.closest('[data-vk-check]') || ['SCRIPT', 'LINK', 'STYLE'].includes(element.tagName)) continue;
      let path = element.tagName.toLowerCase();
      for (let e = element; e.parentElement; e = e.parentElement) {
        path = `${e.parentElement.tagName.toLowerCase()}>${[...e.parentElement.children].indexOf(e)}:${path}`;
      }
      const style = getComputedStyle(element);
      styles[path] = Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p)]));
    }
    return styles;
  }, HOST_PROPERTIES);
}

test("the blog's own styles are the same with and without the widget", async () => {
  const without = await browser.newPage();
  // The page as it is without the widget: its module answers with an empty script.
  await without.route('**/vk-check.js', (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
  await without.goto(`${strict.url}examples/blog.html`);
  await without.waitForFunction(() => document.readyState === 'complete');
  assert.equal(await without.locator('.vkc').count(), 0);
  const before = await hostStyles(without);

  const withWidget = await browser.newPage();
  await withWidget.goto(`${strict.url}examples/blog.html`);
  await widgetsReady(withWidget, 'blog.html');
  const after = await hostStyles(withWidget);
  assert.ok(Object.keys(before).length > 30, 'the blog has elements to compare');
  assert.deepEqual(after, before);

  // …while the widget wears the blog's accent colour and typeface.
  const pressed = withWidget.locator('.vkc [aria-pressed=true]').first();
  assert.equal(await pressed.evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(122, 31, 92)');
  assert.match(await withWidget.locator('.vkc').evaluate((e) => getComputedStyle(e).fontFamily), /Georgia/);
  await without.close();
  await withWidget.close();
});

/** The iframe's height and the height of the page inside it, once they agree. */
async function frameFitsContent(page) {
  const frame = page.frameLocator(FRAME);
  const content = () => frame.locator('.embed-root').evaluate((e) => Math.ceil(e.getBoundingClientRect().height));
  for (;;) {
    const wanted = await content();
    await page.waitForFunction(
      (h) => document.querySelector('iframe[data-vk-check-frame]').clientHeight === h,
      wanted,
    );
    // The content may have changed again while we waited; only a stable match counts.
    if ((await content()) === wanted) return wanted;
  }
}

test('the iframe embed sizes its frame to the content, also when the content changes', async () => {
  const page = await browser.newPage();
  await page.goto(`${strict.url}examples/iframe-host.html`);
  await widgetsReady(page, 'iframe-host.html');
  const full = await frameFitsContent(page);
  assert.ok(full > 640, `the whole table fits without inner scrolling (${full}px)`);
  await page.frameLocator(FRAME).getByLabel('Tool suchen').fill('zoom');
  await page.frameLocator(FRAME).locator('.vkc tbody tr').nth(1).waitFor({ state: 'detached' });
  const filtered = await frameFitsContent(page);
  assert.ok(filtered < full, `the frame shrinks with the content (${full} → ${filtered}px)`);
  await page.close();
});

test('the iframe host ignores height messages from any other origin or window', async () => {
  // The widget on one origin, the host page on another, as in real use. A second, unmarked
  // frame of the widget's origin posts its own (smaller) height, and the host page forges one;
  // the recorder notes every message after iframe-host.js has had its turn.
  const host = await serve(DIST, {}, {
    '/host.html': `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <title>Host</title><link rel="icon" href="data:,">
    <script src="${strict.url}examples/iframe-host.js" defer></script>
    <script type="module">
      window.received = [];
      addEventListener('message', (e) => received.push({
        height: e.data?.height,
        fromWidget: e.source === document.querySelector('${FRAME}').contentWindow,
      }));
    </script></head>
    <body><main>
      <iframe src="${strict.url}examples/embed.html?lang=en" title="vk-check" data-vk-check-frame></iframe>
      <iframe src="${strict.url}examples/embed.html?view=calculator" title="other"></iframe>
    </main></body></html>`,
  });
  const page = await browser.newPage();
  const hostUrl = `${host.url}host.html`;
  await page.goto(hostUrl);
  await widgetsReady(page, 'iframe-host.html');
  assert.equal(await page.frameLocator(FRAME).locator('.vkc').getAttribute('lang'), 'en');
  const fitted = await frameFitsContent(page);

  await page.waitForFunction(() => received.some((m) => !m.fromWidget && m.height > 0));
  await page.evaluate(() => window.postMessage({ type: 'vk-check:height', height: 5 }, '*'));
  await page.waitForFunction(() => received.some((m) => m.height === 5));
  const other = await page.evaluate(() => received.find((m) => !m.fromWidget && m.height !== 5).height);
  assert.ok(other < fitted, `the other frame's height differs (${other} < ${fitted})`);
  assert.equal(
    await page.evaluate(() => document.querySelector('iframe[data-vk-check-frame]').clientHeight),
    fitted,
    'neither the other frame nor the host page resized the widget frame',
  );
  await page.close();
  await host.close();
});
