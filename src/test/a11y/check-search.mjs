// Drives the site search in real headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core) and writes what it saw as JSON, for SearchIT to check.
//
// Usage: node check-search.mjs COMMAND BASE_URL IN_FILE OUT_FILE
//   BASE_URL is the site's root, served (http://127.0.0.1:PORT/) or on disk (file:///…/site/).
//   terms    IN: {"words": [...], "texts": [...]}. OUT: {"stems": [the stemmer's stem of each word],
//            "terms": [the terms search.js finds in each text]}.
//   queries  IN: {"queries": [...]}. For each query, in a fresh browser (nothing cached): open
//            search/, search, and report the results, the time from submitting to results shown,
//            and the bytes downloaded for the page and then for the query.
//   page     IN: {"query": "..."}. The search page without JavaScript; searching with the keyboard
//            alone; "Show more results"; and axe (WCAG 2.2 AA and best practice) with results shown
//            at 1280, 375 and 320 pixels wide.
// Exits 0 when it could do all that (the checks are SearchIT's), 2 when it could not.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const [command, base, inFile, outFile] = process.argv.slice(2);
if (!command || !base || !inFile || !outFile) {
  console.error('usage: node check-search.mjs terms|queries|page BASE_URL IN_FILE OUT_FILE');
  process.exit(2);
}
const input = JSON.parse(readFileSync(inFile, 'utf8'));
// A site opened from disk has no index pages for folders: name the file.
const searchUrl = new URL(base.startsWith('file:') ? 'search/index.html' : 'search/', base).href;

let browser;
try {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ARGS });
} catch (e) {
  console.error('cannot start Chromium: ' + e.message);
  process.exit(2);
}

async function open(options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(searchUrl, { waitUntil: 'load' });
  return { context, page, errors };
}

// Submits q the way a person does and waits for the results (or the message that there are none).
// Returns the milliseconds, measured in the page, from submitting to the first result shown
// (first) and to all of the first page shown, or the message that there are none (ms).
async function search(page, q) {
  return page.evaluate((query) => new Promise((resolve) => {
    const results = document.querySelector('[data-search-results]');
    const before = results.getAttribute('data-search-done');
    let first = null;
    const observer = new MutationObserver(() => {
      if (first === null && results.querySelector('.search-results-list > li')) {
        first = performance.now() - start;
      }
      if (results.getAttribute('data-search-done') !== before) {
        observer.disconnect();
        resolve({ ms: performance.now() - start, first });
      }
    });
    observer.observe(results, { attributes: true, childList: true, subtree: true });
    document.querySelector('#search-q').value = query;
    const start = performance.now();
    document.querySelector('[data-search]').requestSubmit();
  }), q);
}

async function results(page) {
  return page.$$eval('.search-results-list > li', (items) => items.map((li) => {
    const links = li.querySelectorAll('a');
    return {
      title: links[0].textContent,
      href: links[0].getAttribute('href'),
      meta: li.querySelector('.search-meta').textContent,
      snippet: li.querySelector('.search-snippet').textContent,
      marks: [...li.querySelectorAll('mark')].map((m) => m.textContent),
      titleMarks: [...links[0].querySelectorAll('mark')].map((m) => m.textContent),
      anchor: links.length > 1 ? links[1].getAttribute('href') : null,
    };
  }));
}

async function axe(page) {
  await page.addScriptTag({ path: AXE });
  const r = await page.evaluate((tags) => window.axe.run(document, {
    runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'],
  }), TAGS);
  return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} at ${n.target.join(' ')}`));
}

async function terms() {
  const { context, page, errors } = await open();
  const out = await page.evaluate((data) => ({
    stems: data.words.map((w) => window.tabledStemEnglish(w)),
    terms: data.texts.map((t) => window.tabledSearchTerms(t)),
  }), input);
  await context.close();
  return { ...out, errors };
}

async function queries() {
  const out = [];
  for (const q of input.queries) {
    const { context, page, errors } = await open();
    await page.evaluate(() => performance.setResourceTimingBufferSize(100000));
    const loadedAt = await page.evaluate(() => performance.now());
    const { ms, first } = await search(page, q);
    const files = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      return [{ name: nav.name, bytes: nav.encodedBodySize, start: 0 }].concat(performance.getEntriesByType('resource')
        .map((e) => ({ name: e.name, bytes: e.encodedBodySize, start: e.startTime })));
    });
    const pageFiles = files.filter((f) => f.start < loadedAt);
    const queryFiles = files.filter((f) => f.start >= loadedAt);
    const sum = (fs) => fs.reduce((n, f) => n + f.bytes, 0);
    out.push({
      q,
      ms,
      first,
      status: await page.textContent('[data-search-status]'),
      results: await results(page),
      more: await page.locator('[data-search-more]').count(),
      pageBytes: sum(pageFiles),
      queryBytes: sum(queryFiles),
      queryFiles: queryFiles.map((f) => f.name.replace(base, '') + ' ' + f.bytes),
      // Set only if text from the index ran as code: the adversarial documents try to.
      pwned: await page.evaluate(() => window.__pwned || null),
      errors,
    });
    await context.close();
  }
  return out;
}

async function page() {
  const out = {};
  // Without JavaScript: the explanation and the list, no box.
  const plain = await open({ javaScriptEnabled: false });
  out.noJs = {
    explanation: await plain.page.locator('[data-search-nojs]').isVisible(),
    box: await plain.page.locator('#search-q').isVisible(),
    yearLinks: await plain.page.locator('.document-index a[href*="committees/"][href$="/"]').evaluateAll(
      (as) => as.map((a) => a.getAttribute('href')).filter((h) => /^committees\/[^/]+\/\d{4}-\d\d\/$/.test(h))),
    explanationFirst: await plain.page.evaluate(() => {
      const p = document.querySelector('[data-search-nojs]');
      const list = document.querySelector('[data-search-all]');
      return !!(p.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING);
    }),
  };
  await plain.context.close();

  // With JavaScript and the keyboard alone: tab to the box, type, press Enter.
  const keys = await open();
  out.js = {
    explanation: await keys.page.locator('[data-search-nojs]').isVisible(),
    box: await keys.page.locator('#search-q').isVisible(),
    label: await keys.page.locator('label[for="search-q"]').isVisible(),
    liveRegion: await keys.page.locator('[data-search-status]').getAttribute('role'),
  };
  let tabs = 0;
  while (tabs < 40 && !(await keys.page.evaluate(() => document.activeElement && document.activeElement.id === 'search-q'))) {
    await keys.page.keyboard.press('Tab');
    tabs++;
  }
  out.keyboard = { tabsToBox: tabs };
  const before = await keys.page.getAttribute('[data-search-results]', 'data-search-done');
  await keys.page.keyboard.type(input.query);
  await keys.page.keyboard.press('Enter');
  await keys.page.waitForFunction((b) => document.querySelector('[data-search-results]').getAttribute('data-search-done') !== b, before);
  out.keyboard.status = await keys.page.textContent('[data-search-status]');
  out.keyboard.results = (await results(keys.page)).length;
  out.keyboard.url = keys.page.url();
  // "Show more results": reached by Tab, pressed with Enter; focus moves to the first new result.
  const more = keys.page.locator('[data-search-more]');
  if (await more.count()) {
    await more.focus();
    await keys.page.keyboard.press('Enter');
    // Results are added one by one; the page is whole once the pressed button has gone.
    await keys.page.waitForFunction(() => !document.querySelector('[data-search-more][disabled]'));
    out.keyboard.afterMore = (await results(keys.page)).length;
    out.keyboard.focusAfterMore = await keys.page.evaluate(() => {
      const items = [...document.querySelectorAll('.search-results-list > li')];
      return items.indexOf(document.activeElement.closest('li'));
    });
  }
  out.errors = keys.errors;
  await keys.context.close();

  // axe with results shown, at three widths; and nothing wider than the window.
  out.axe = {};
  out.overflow = {};
  for (const width of [1280, 375, 320]) {
    const v = await open({ viewport: { width, height: 800 } });
    await v.page.goto(searchUrl + '?q=' + encodeURIComponent(input.query), { waitUntil: 'load' });
    await v.page.waitForFunction(() => document.querySelector('[data-search-results]').getAttribute('data-search-done'));
    out.axe[width] = await axe(v.page);
    out.overflow[width] = await v.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    out.errors = out.errors.concat(v.errors);
    await v.context.close();
  }
  return out;
}

try {
  const run = { terms, queries, page }[command];
  if (!run) {
    console.error('unknown command ' + command);
    process.exit(2);
  }
  writeFileSync(outFile, JSON.stringify(await run()));
} finally {
  await browser.close();
}
