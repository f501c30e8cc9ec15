// Launches Debian's Chromium through playwright-core, isolated from the (closed) network.
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

export function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page and returns its violations. axe is evaluated through the
 *  DevTools protocol rather than added as a script tag: that makes no request, works under
 *  the strict CSP, and reaches every frame (axe checks iframes only where it runs too).
 *  Every rule axe enables by default runs, plus WCAG 2.2's target size (2.5.8, level AA),
 *  which axe leaves off by default. */
export async function axeViolations(page, context = '.vkc') {
  for (const frame of page.frames()) await frame.evaluate(AXE_SOURCE);
  const result = await page.evaluate(
    (ctx) => window.axe.run(ctx, { resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } }),
    context,
  );
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Records every request the page makes, to prove nothing leaves the page's origin. */
export function recordRequests(page) {
  const urls = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}
