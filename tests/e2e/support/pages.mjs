// Helpers for journeys on host pages: a made-up page served at the test origin, and a page
// opened with its problems (errors, CSP violations) recorded.

/**
 * Serves `html` at `path` of the page's origin without a file in dist/: Playwright answers the
 * request itself, so the page is same-origin with the widget and no network is involved.
 */
export async function hostPage(page, url, html) {
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
}

/** A host page that loads the widget module and holds `body`. */
export function withWidget(body, lang = 'de') {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Host</title>
<link rel="icon" href="data:,"><script type="module" src="/vk-check.js"></script></head>
<body><main>${body}</main></body></html>`;
}

/**
 * Collects what a user never wants to see in the console: page errors, console errors and
 * warnings, and CSP violations (reported through the page's securitypolicyviolation event).
 */
export async function recordProblems(page) {
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return problems;
}

/** The number of table rows the instance inside `selector` shows. */
export function rowCount(page, selector) {
  return page.locator(`${selector} .vkc tbody tr`).count();
}
