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
    await page.getByRole('columnheader', { name: 'Max. participants' }).waitFor();
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
