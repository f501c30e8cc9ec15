// A small page object for the journeys: opens the built widget and speaks the user's words
// (filter groups, options, sort buttons, compare checkboxes). Every action waits for the DOM
// condition it causes; nothing sleeps.
import { before, after } from 'node:test';
import { readFile } from 'node:fs/promises';
import { launch, recordRequests } from './browser.mjs';
import { serve } from './server.mjs';

/** Interface words the journeys use, per language (as the widget writes them). */
export const WORDS = {
  de: {
    e2e: 'Ende-zu-Ende-Verschlüsselung',
    location: 'Serverstandort',
    platforms: 'Plattformen (alle gewählten nötig)',
    blur: 'Blur',
    display: 'Anzeige',
    yes: 'Ja',
    eeaOnly: 'nur EU/EWR',
    min: 'Mindestens Teilnehmer',
    participants: 'Max. Teilnehmer',
    original: 'Originaltabelle (ca. 2020)',
    current: 'Aktueller Stand',
    compare: 'Gewählte Tools vergleichen',
    back: 'Zurück zur Tabelle',
    showFilters: 'Filter anzeigen',
    reset: 'Filter zurücksetzen',
    hideDiscontinued: 'eingestellte Tools ausblenden',
    hideAdded: 'ergänzte Tools ausblenden',
    discontinued: 'eingestellt',
    added: 'ergänzt',
    changed: 'geändert',
    csv: 'Tabelle als CSV',
    json: 'Tabelle als JSON',
    dismiss: 'Hinweis schließen',
    shown: (n, total) => `${n} von ${total} Tools`,
    choose: (name) => `${name} zum Vergleich wählen`,
  },
  en: {
    e2e: 'End-to-end encryption',
    location: 'Server location',
    platforms: 'Platforms (all chosen required)',
    blur: 'Blur',
    display: 'Display',
    yes: 'Yes',
    eeaOnly: 'EU/EEA only',
    min: 'Minimum participants',
    participants: 'Max. participants',
    original: 'Original table (c. 2020)',
    current: 'Current state',
    compare: 'Compare chosen tools',
    back: 'Back to the table',
    showFilters: 'Show filters',
    reset: 'Reset filters',
    hideDiscontinued: 'hide discontinued tools',
    hideAdded: 'hide added tools',
    discontinued: 'discontinued',
    added: 'added',
    changed: 'changed',
    csv: 'Table as CSV',
    json: 'Table as JSON',
    dismiss: 'Dismiss notice',
    shown: (n, total) => `${n} of ${total} tools`,
    choose: (name) => `Choose ${name} for comparison`,
  },
};

/** The 11 tools of the source table, in the article's order. */
export const SOURCE_ROWS = [
  'Blizz by TeamViewer', 'fastviewer', 'Whereby', 'GoToMeeting by LogMeIn', 'Cisco Webex',
  'BlueJeans', 'Lifesize', 'Microsoft Teams', 'Skype', 'Zoom', 'Adobe Connect',
];

/** The built-in dataset, read from the repository (the build embeds this very file). */
export async function dataset() {
  return JSON.parse(await readFile(new URL('../../../data/tools.json', import.meta.url), 'utf8'));
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A name that starts with `text` as a whole word, e.g. "Ja" matches "Ja (7)" but not "Jahr". */
export const startsWith = (text) => new RegExp(`^${escape(text)}(?![\\p{L}\\d])`, 'u');

/**
 * What a cell shows: its text, led by the icon the stylesheet draws before its yes/no/unknown
 * value (`.vkc-value::before`, e.g. "✓Ja"), which `innerText` leaves out.
 */
export function shownText(locator) {
  return locator.evaluate((cell) => {
    const value = cell.querySelector('.vkc-value');
    const icon = value && getComputedStyle(value, '::before').content.match(/^"(.*?)"/)?.[1];
    return (icon ?? '') + cell.innerText;
  });
}

export class Widget {
  /**
   * Opens the widget in a fresh browser context. `hash` is appended to the page address;
   * `context` takes Playwright's context options (viewport, locale, …).
   */
  static async open(browser, server, { hash = '', url, lang = 'de', ...context } = {}) {
    const ctx = await browser.newContext(context);
    const page = await ctx.newPage();
    page.setDefaultTimeout(10_000);
    const widget = new Widget(page, ctx, lang);
    widget.requests = recordRequests(page);
    page.on('pageerror', (e) => widget.errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && widget.errors.push(m.text()));
    await page.goto(url ?? server.url + hash);
    await widget.count.waitFor();
    return widget;
  }

  constructor(page, context, lang = 'de') {
    this.page = page;
    this.context = context;
    this.lang = lang;
    this.errors = [];
    this.root = page.locator('.vkc');
    /** The polite live region with "N von M Tools". */
    this.count = page.locator('.vkc-table__count[role=status]');
    this.table = page.locator('.vkc-table__table');
    this.rows = this.table.locator('tbody').getByRole('row');
    this.notice = page.locator('.vkc-notice');
    this.compareView = page.getByRole('region', { name: /Tools im Vergleich|Tools side by side/ });
  }

  get words() {
    return WORDS[this.lang];
  }

  /** Closes the context; fails if the page requested anything beyond its own origin. */
  async close() {
    const origin = new URL(this.page.url()).origin;
    const foreign = this.requests.filter(
      (url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'),
    );
    await this.context.close();
    if (foreign.length) throw new Error(`requests beyond ${origin}: ${foreign.join(', ')}`);
  }

  /** The fieldset of a filter, found by its legend. */
  group(legend) {
    return this.page.getByRole('group', { name: legend, exact: true });
  }

  /** A filter option's checkbox, e.g. option(words.e2e, words.yes). */
  option(legend, label) {
    return this.group(legend).getByRole('checkbox', { name: startsWith(label) });
  }

  /** The count a filter option shows beside it: how many tools it would leave. */
  async optionCount(legend, label) {
    const text = await this.option(legend, label).evaluate((input) => input.closest('label').textContent);
    return Number(text.match(/\((\d+)\)\s*$/)[1]);
  }

  /** Clicks `locator` and waits until the live region says `n` of `total`. */
  async expectCountAfter(action, n, total) {
    await action();
    await this.waitForCount(n, total);
  }

  async waitForCount(n, total) {
    await this.count.filter({ hasText: new RegExp(`^${escape(this.words.shown(n, total))}$`) }).waitFor();
  }

  /** The live region's numbers. */
  async shown() {
    const [n, total] = (await this.count.innerText()).match(/\d+/g).map(Number);
    return { n, total };
  }

  /** Tool names of the visible rows, in display order. */
  async names() {
    return this.rows.locator('.vkc-table__tool').allInnerTexts();
  }

  /** Waits until the visible rows are exactly `names`, in this order. */
  async waitForNames(names) {
    await this.page.waitForFunction(
      (expected) =>
        JSON.stringify([...document.querySelectorAll('.vkc-table__table tbody .vkc-table__tool')].map((e) => e.textContent)) ===
        JSON.stringify(expected),
      names,
    );
  }

  /** A visible row by the tool's data id. */
  row(id) {
    return this.table.locator(`tbody tr[data-tool="${id}"]`);
  }

  /** One cell of a tool's row, by the data field key (e.g. "e2e", "platforms.macos"). */
  cell(id, field) {
    return this.row(id).locator(`td[data-field="${field}"]`);
  }

  sortButton(column) {
    return this.table.getByRole('columnheader').getByRole('button', { name: startsWith(column) });
  }

  /** Clicks a column's sort button until its header has `aria-sort` = `direction`. */
  async sortBy(column, direction) {
    const header = this.table.getByRole('columnheader', { name: startsWith(column) });
    for (let i = 0; i < 2 && (await header.getAttribute('aria-sort')) !== direction; i += 1) {
      const before = await header.getAttribute('aria-sort');
      await this.sortButton(column).click();
      await this.page.waitForFunction(
        ([el, was]) => el.getAttribute('aria-sort') !== was,
        [await header.elementHandle(), before],
      );
    }
    if ((await header.getAttribute('aria-sort')) !== direction) {
      throw new Error(`could not sort ${column} ${direction}`);
    }
  }

  compareCheckbox(name) {
    return this.table.getByRole('checkbox', { name: this.words.choose(name) });
  }

  compareButton() {
    return this.page.getByRole('button', { name: startsWith(this.words.compare) });
  }

  /** Chooses tools for the comparison and waits until the button counts them. */
  async choose(...names) {
    for (const name of names) {
      await this.compareCheckbox(name).check();
    }
    await this.compareButton().filter({ hasText: `(${names.length})` }).waitFor();
  }

  async openCompare() {
    await this.compareButton().click();
    await this.compareView.waitFor();
  }

  async backToTable() {
    await this.page.getByRole('button', { name: this.words.back }).click();
    await this.table.waitFor();
  }

  /** Switches the data view and waits for the switch to show it pressed. */
  async setView(view) {
    const button = this.page.getByRole('group', { name: /Datenstand|Data version/ })
      .getByRole('button', { name: this.words[view] });
    await button.click();
    await this.page.waitForFunction((el) => el.getAttribute('aria-pressed') === 'true', await button.elementHandle());
  }

  async setLang(lang) {
    const name = lang === 'de' ? 'Deutsch' : 'English';
    await this.page.getByRole('button', { name, exact: true }).click();
    await this.root.and(this.page.locator(`[lang=${lang}]`)).waitFor();
    this.lang = lang;
  }

  /** The page scrolls sideways by this many pixels (0 on a layout that fits). */
  horizontalOverflow() {
    return this.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  }

  /** Opens every footnote, so their notes and sources take their full size. */
  async openAllFootnotes() {
    await this.page.evaluate(() => document.querySelectorAll('.vkc details').forEach((d) => { d.open = true; }));
  }

  /**
   * Elements of the widget that stick out of the viewport sideways or whose content is wider
   * than their box (clipped or scrolled away). Visually hidden helpers are exempt.
   */
  cutOff() {
    return this.page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const hidden = (el) => {
        for (let e = el; e; e = e.parentElement) if (getComputedStyle(e).clipPath !== 'none') return true;
        return false;
      };
      const name = (el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${el.textContent.trim().slice(0, 30)}"`;
      const out = [];
      for (const el of document.querySelectorAll('.vkc, .vkc *')) {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0 || hidden(el)) continue;
        if (box.left < -0.5 || box.right > width + 0.5) out.push(`outside the viewport: ${name(el)}`);
        if (getComputedStyle(el).overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1) {
          out.push(`content wider than its box: ${name(el)} ${el.scrollWidth} > ${el.clientWidth}`);
        }
      }
      return out;
    });
  }

  /** What the focused element is and whether it shows a focus outline. */
  focused() {
    return this.page.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return {
        tag: el.tagName.toLowerCase(),
        type: el.getAttribute('type'),
        name: el.getAttribute('aria-label') ?? el.closest('label')?.textContent ?? el.textContent.trim(),
        outline: style.outlineStyle,
        outlineWidth: parseFloat(style.outlineWidth),
      };
    });
  }

  /** Presses Tab until `predicate(focused)` holds; returns how many presses it took. */
  async tabUntil(predicate, max = 80) {
    for (let presses = 1; presses <= max; presses += 1) {
      await this.page.keyboard.press('Tab');
      const focused = await this.focused();
      if (await predicate(focused)) return { presses, focused };
    }
    throw new Error(`Tab never reached the element within ${max} presses`);
  }

  /**
   * What the user sees of the state: language, data view, checked filters, minimum, sort,
   * rows, chosen tools and whether the comparison is open. Equal views give equal snapshots.
   */
  snapshot() {
    return this.page.evaluate(() => {
      const root = document.querySelector('.vkc');
      const texts = (selector) => [...root.querySelectorAll(selector)].map((e) => e.textContent.trim());
      return {
        lang: root.getAttribute('lang'),
        pressed: texts('[aria-pressed=true]'),
        checkedFilters: [...root.querySelectorAll('.vkc-filters input:checked')].map(
          (input) => `${input.closest('fieldset').querySelector('legend').textContent}: ${input.closest('label').textContent}`,
        ),
        query: root.querySelector('.vkc-filters input[type=search]').value,
        min: root.querySelector('.vkc-filters input[type=number]').value,
        sort: [...root.querySelectorAll('th[aria-sort]')].map((th) => `${th.textContent} ${th.getAttribute('aria-sort')}`),
        caption: texts('caption').join(' | '),
        rows: texts('.vkc-table__table tbody .vkc-table__tool'),
        chosen: [...root.querySelectorAll('.vkc-table__pick input:checked')].map((i) => i.getAttribute('aria-label')),
        comparing: texts('.vkc-compare thead th'),
        count: root.querySelector('.vkc-table__count').textContent,
      };
    });
  }

  /** Clicks a download button and returns the downloaded file's name and bytes. */
  async download(buttonName) {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: buttonName }).click(),
    ]);
    const stream = await download.createReadStream();
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
  }
}

/**
 * Registers a static server for dist/ and one Chromium for the calling test file, and returns
 * `open(options)`, which opens the widget in a fresh context (see `Widget.open`).
 */
export function journeys() {
  const env = {};
  before(async () => {
    env.server = await serve();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  env.open = (options) => Widget.open(env.browser, env.server, options);
  return env;
}

/** A source date as the German interface writes it ("ca. 2020", "26.10.2020", "06/2024"). */
export function germanDate(text) {
  if (text == null) return 'ohne Datum';
  const circa = text.startsWith('~') ? 'ca. ' : '';
  const [y, m, d] = text.replace('~', '').split('-');
  if (d) return `${circa}${d}.${m}.${y}`;
  if (m) return `${circa}${m}/${y}`;
  return `${circa}${y}`;
}

/** The citation line the interface shows for a source of the dataset. */
export function citation(source) {
  return `Quelle: ${source.publisher}, „${source.title}“, ${germanDate(source.date)}`;
}
