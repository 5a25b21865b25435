// <parallax-compare>: stance highlighting and source comparison for a set of articles.
//
//   <script type="module" src="widget/parallax-compare.js"></script>
//   <parallax-compare src="story.json"></parallax-compare>        (an Input JSON document)
//   el.articles = [{id, text | html, source, title?}];  el.targets = ['NATO'];  (re-analyses, debounced)
//   el.report      the last Report (read-only)
//   el.selectedTarget   target id whose stance colours the sentences
//   el.refresh()   analyse now; resolves with the report (null on error)
//   el.showArticle(id)   scrolls to that article's column and focuses it
//   el.reportJson() / el.coverageCsv()   the Report as JSON, the coverage matrix as CSV (strings)
//   el.download('json' | 'csv')   saves parallax-report.json / parallax-coverage.csv
// Events (bubbling, composed): parallax-progress {phase}, parallax-ready {report, ms},
// parallax-error {message, code}, parallax-target {target}.
// Host attribute data-state: empty | loading | ready | error.

import { sharedClient, codedError } from '../lib/client.js';
import { h, CUE_KINDS, download } from './dom.js';
import { adoptStyles, fontSampler } from './styles.js';
import { renderColumn, applyTarget, rangeFor, inFrames, CHUNK } from './render-article.js';
import { renderCompare, SECTIONS } from './render-compare.js';
import { coverageModel, coverageCsv } from './render-coverage.js';
import { Notes, Tips } from './tooltip.js';
import { SectionNav } from './nav.js';
import { buildContext, uniqueNames } from './context.js';

const DEBOUNCE_MS = 60;
const COLS_PER_PAGE = 24; // article columns rendered at once; more on demand
const MAX_JUMP = 1000; // passages highlighted by one jump, at most
const FIRST_COLS = 3; // columns in the first frame (about what a wide screen shows); the rest one frame later
const PREVIEW_CHARS = 4000; // characters of each article shown before its analysis arrives
const PHASES = { loading: 'Loading the analyser…', analysing: 'Analysing', rendering: 'Rendering…' };

function normaliseArticle(a, i) {
  if (!a || typeof a !== 'object') throw codedError(`article ${i + 1} is not an object`, 'E_INPUT');
  const out = { id: a.id != null && a.id !== '' ? String(a.id) : `a${i + 1}` };
  for (const k of ['text', 'html', 'source', 'title', 'url', 'published']) if (a[k] != null) out[k] = String(a[k]);
  return out;
}

export class ParallaxCompare extends HTMLElement {
  static get observedAttributes() { return ['src']; }

  constructor() {
    super();
    this._articles = [];
    this._targets = [];
    this._options = null;
    this._report = null;
    this._ctx = null;
    this._cols = [];
    this._run = 0;
    this._timer = 0;
    this._soon = false; // the first analysis is queued (a microtask)
    this._started = false; // an analysis has been started
    this._ctrl = null;
    this._off = new Set();
    this._targetId = null;
    this.client = null; // set to a ParallaxClient to use a private worker
    const root = this.attachShadow({ mode: 'open' });
    adoptStyles(root);
    this._build(root);
  }

  _build(root) {
    this.$status = h('span', { class: 'status-text' }, 'No articles yet.');
    this.$progress = h('div', { class: 'progress', hidden: true, 'aria-hidden': 'true' }, h('span'));
    this.$select = h('select', { part: 'target-picker', disabled: true, 'aria-describedby': 'px-target-hint',
      onchange: () => this._setTarget(this.$select.value) });
    const toggles = CUE_KINDS.map(([k, name, hint]) => this._toggle(name, hint, true, (on) => {
      if (on) this._off.delete(k); else this._off.add(k);
      this.$root.dataset.off = [...this._off].join(' ');
    }, k));
    this._nav = new SectionNav((kind) => this.download(kind));
    this.$root = h('div', { class: 'root tint', part: 'root', 'data-off': '' },
      h('div', { class: 'toolbar', part: 'toolbar' },
        h('div', null,
          h('div', { class: 'status', part: 'status', role: 'status', 'aria-live': 'polite' }, h('span', { class: 'dot' }), this.$status),
          this.$progress),
        h('label', { class: 'picker' }, 'Stance toward', this.$select,
          h('span', { class: 'sr', id: 'px-target-hint' }, 'Sentences are tinted by their stance toward this target.')),
        h('fieldset', { class: 'legend', part: 'legend' }, h('legend', null, 'Highlights'), toggles,
          this._toggle('Favor / against', 'tint sentences by stance toward the target', true,
            (on) => this.$root.classList.toggle('tint', on), 'stance', 'favor-against'),
          this._toggle('Collapse removed', 'fold boilerplate the analysis left out', false,
            (on) => this.$root.classList.toggle('collapse-removed', on), 'removed'))),
      this.$error = h('div', { class: 'error', part: 'error', role: 'alert', hidden: true }),
      this.$empty = h('div', { class: 'empty', part: 'empty' }, 'No articles yet. Add two or more articles about the same story to compare them.'),
      this._nav.el,
      this.$artSec = h('section', { class: 'sec', 'data-sec': 'articles', 'aria-labelledby': 'px-h-articles' },
        h('h2', { class: 'sec-head', id: 'px-h-articles', tabindex: '-1', hidden: true }, 'Articles'),
        this.$articles = h('div', { class: 'articles', part: 'articles' })),
      this.$compareHead = h('h2', { class: 'sec-head', tabindex: '-1', hidden: true }, 'Comparison'),
      this.$compare = h('div', { class: 'compare', part: 'comparison' }),
      this.$jumpbar = h('div', { class: 'jumpbar', part: 'jumpbar', hidden: true },
        this.$jumpText = h('span'),
        this.$back = h('button', { type: 'button', class: 'back', onclick: () => this._goBack() }),
        h('button', { type: 'button', class: 'back close', 'aria-label': 'Dismiss', title: 'Dismiss', onclick: () => this._setOrigin(null) }, '✕')),
      this.$note = h('div', { class: 'note', part: 'note', role: 'tooltip', id: 'px-note', hidden: true }));
    // Escape in an article after a jump from the comparison returns to where the reader was.
    this.$articles.addEventListener('keydown', (e) => { if (e.key === 'Escape' && this._origin) this._goBack(); });
    // Choosing a section in the bar leaves the jump behind: its bar goes.
    this._nav.el.addEventListener('click', (e) => { if (e.target.closest('[data-nav]')) this._setOrigin(null); });
    // The control a click came from (Safari does not focus a clicked button).
    this.$compare.addEventListener('click', (e) => { this._clicked = e.target.closest?.('button'); }, true);
    root.append(this.$root);
    // Every font the columns and the comparison use, laid out just before the first analysis
    // is posted instead of during the first highlighted layout (fontSampler in styles.js).
    this.$fonts = fontSampler();
    this._notes = new Notes(this.$articles, this.$note, () => this._ctx, (k) => !this._off.has(k));
    this._tips = new Tips(this.$compare, this.$note, () => this._notes.hide());
  }

  _toggle(name, hint, on, onchange, key, swatchKind) {
    const input = h('input', { type: 'checkbox', 'data-toggle': key, onchange: () => onchange(input.checked) });
    input.checked = on;
    let sw = null;
    if (key === 'stance') {
      sw = [h('span', { class: 'swatch' }), h('span', { class: 'swatch' })];
      sw[0].style.setProperty('--k', 'var(--_favor)');
      sw[1].style.setProperty('--k', 'var(--_against)');
    } else if (key !== 'removed') {
      sw = h('span', { class: 'swatch' });
      sw.style.setProperty('--k', `var(--c-${swatchKind || key})`);
    }
    const count = h('span', { class: 'muted', 'data-count': key });
    return h('label', { class: 'toggle', title: hint }, input, sw, name, count);
  }

  connectedCallback() {
    for (const p of ['articles', 'targets', 'options']) {
      if (Object.prototype.hasOwnProperty.call(this, p)) { const v = this[p]; delete this[p]; this[p] = v; }
    }
    if (!this.dataset.state) this._state('empty');
  }

  disconnectedCallback() {
    clearTimeout(this._timer);
    this._ctrl?.abort();
  }

  attributeChangedCallback(name, old, value) {
    if (name === 'src' && value && value !== old) this._loadSrc(value);
  }

  get articles() { return this._articles.map((a) => ({ ...a })); }
  set articles(list) {
    try {
      this._articles = Array.from(list || [], normaliseArticle);
    } catch (e) {
      this._fail(e);
      return;
    }
    this._schedule();
  }

  get targets() { return [...this._targets]; }
  set targets(list) { this._targets = Array.from(list || [], String).filter((t) => t.trim()); this._schedule(); }

  get options() { return this._options ? { ...this._options } : null; }
  set options(o) { this._options = o && typeof o === 'object' ? { ...o } : null; this._schedule(); }

  /** The Input document analysed next. */
  get input() {
    const input = { articles: this._articles, targets: this._targets };
    if (this._options) input.options = this._options;
    return input;
  }

  get report() { return this._report; }
  get selectedTarget() { return this._targetId; }
  set selectedTarget(id) { this._setTarget(String(id)); }

  async _loadSrc(url) {
    const run = ++this._run;
    this._state('loading', 'Fetching articles…');
    try {
      const res = await fetch(new URL(url, document.baseURI));
      if (!res.ok) throw codedError(`cannot fetch ${url}: HTTP ${res.status}`, 'E_FETCH');
      const doc = await res.json().catch(() => { throw codedError(`${url} is not JSON`, 'E_FETCH'); });
      if (run !== this._run) return;
      if (!doc || !Array.isArray(doc.articles)) throw codedError(`${url} is not an Input document (no "articles")`, 'E_INPUT');
      this._articles = doc.articles.map(normaliseArticle);
      this._targets = Array.isArray(doc.targets) ? doc.targets.map(String) : [];
      this._options = doc.options && typeof doc.options === 'object' ? doc.options : null;
      this._schedule();
    } catch (e) {
      if (run === this._run) this._fail(e.code ? e : codedError(`cannot fetch ${url}: ${e.message}`, 'E_FETCH'));
    }
  }

  _schedule() {
    clearTimeout(this._timer);
    // Changes made in one go (articles, then targets) are analysed once. The very first
    // analysis starts at once (the page is waiting for it); later ones are debounced, since
    // replacing a running analysis restarts the worker.
    if (!this._started) {
      if (this._soon) return;
      this._soon = true;
      queueMicrotask(() => { if (this._soon) this.refresh(); });
    } else {
      this._timer = setTimeout(() => this.refresh(), DEBOUNCE_MS);
    }
  }

  /** Analyses the current articles now. Resolves with the report, or null on error/cancel. */
  async refresh() {
    clearTimeout(this._timer);
    this._soon = false;
    this._started = true;
    this._ctrl?.abort();
    const run = ++this._run;
    const input = this.input;
    if (!input.articles.length) {
      this._report = null;
      this._ctx = null;
      this.$error.hidden = true;
      this.$root.classList.remove('stale');
      this._render();
      this._state('empty', 'No articles yet.');
      return null;
    }
    const ctrl = new AbortController();
    this._ctrl = ctrl;
    const n = input.articles.length;
    this._state('loading', `${PHASES.analysing} ${n} article${n === 1 ? '' : 's'}…`);
    this.$error.hidden = true;
    this.$root.classList.remove('stale');
    const client = this.client || sharedClient();
    if (!this._report && this.$fonts && !this.$fonts.isConnected) {
      // A forced layout now, not in the next frame: by then the analysis runs, its optimising
      // compile holds the thread pool, and the fonts would hold up the Report's arrival. Not
      // earlier either (the page's start-up tasks delay the worker's start).
      this.shadowRoot.append(this.$fonts);
      void this.$fonts.offsetWidth;
    }
    if (!this._report) this._renderPreview(input);
    try {
      const { report, ms } = await client.analyze(input, {
        signal: ctrl.signal,
        detail: true,
        onProgress: (phase) => {
          if (run !== this._run) return;
          const text = phase === 'analysing' ? `${PHASES.analysing} ${n} article${n === 1 ? '' : 's'}…` : PHASES[phase] || phase;
          this.$status.textContent = text;
          this._emit('parallax-progress', { phase });
        },
      });
      if (run !== this._run) return null;
      if (!report || !Array.isArray(report.articles) || report.articles.length !== n) {
        throw codedError('the analyser returned an unexpected report', 'E_REPORT');
      }
      this._report = report;
      // The article texts first; the comparison views after that frame has been painted.
      const show = this._render(input);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      if (run !== this._run) return null;
      this._renderCompare(show);
      this.$fonts?.remove();
      this.$fonts = null;
      const t = report.targets.length;
      this._readyText = `${n} article${n === 1 ? '' : 's'} analysed in ${Math.max(1, Math.round(ms))} ms · ${t} target${t === 1 ? '' : 's'}`;
      this._state('ready', this._readyText);
      this._emit('parallax-ready', { report, ms });
      return report;
    } catch (e) {
      if (run !== this._run || e.code === 'E_ABORTED') return null;
      this._fail(e);
      return null;
    } finally {
      if (this._ctrl === ctrl) this._ctrl = null;
    }
  }

  _fail(e) {
    for (const c of this.$articles.querySelectorAll('.preview')) c.removeAttribute('aria-busy');
    const message = e && e.message ? e.message : String(e);
    const code = e && e.code ? e.code : 'E_UNKNOWN';
    this.$error.replaceChildren(h('strong', null, 'Analysis failed. '), message, ' ', h('code', null, `(${code})`),
      this._report ? h('span', { class: 'stale' }, ' The analysis shown below is the previous one, not of these articles.') : null);
    this.$root.classList.toggle('stale', !!this._report);
    this.$error.hidden = false;
    if (this._articles.length) this.$empty.hidden = true; // there are articles; they failed
    this._state('error', 'Something went wrong.');
    this._emit('parallax-error', { message, code });
  }

  _state(state, text) {
    this.dataset.state = state;
    this.$root.classList.toggle('busy', state === 'loading');
    this.$progress.hidden = state !== 'loading';
    if (state === 'loading') this.setAttribute('aria-busy', 'true'); else this.removeAttribute('aria-busy');
    if (text) this.$status.textContent = text;
  }

  _emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  _render(input = this.input) {
    this._notes.hide();
    this._tips.hide();
    CSS.highlights?.delete('px-jump');
    this._hits = [];
    this._jump = null;
    this._setOrigin(null);
    const report = this._report;
    this.$empty.hidden = !!report;
    this.$compareHead.hidden = !report;
    this.$artSec.firstChild.hidden = !report;
    if (!report) {
      this.$articles.replaceChildren();
      this.$compare.replaceChildren();
      this._nav.set([]);
      this._model = null;
      this._cols = [];
      this.$select.replaceChildren();
      this.$select.disabled = true;
      for (const el of this.$root.querySelectorAll('[data-count]')) el.textContent = ''; // no stale counts
      return;
    }
    const prev = report.targets.find((t) => t.id === this._targetId)
      ? this._targetId : null;
    const prevLabel = this._ctx?.report.targets.find((t) => t.id === this._targetId)?.label;
    const byLabel = report.targets.find((t) => t.label === prevLabel);
    this._targetId = (byLabel && byLabel.id) || prev || report.targets[0]?.id || null;
    this.$select.replaceChildren(...report.targets.map((t) => h('option', { value: t.id }, t.label)));
    if (!report.targets.length) this.$select.append(h('option', { value: '' }, 'no target'));
    this.$select.disabled = !report.targets.length;
    this.$select.value = this._targetId || '';

    this._ctx = buildContext(this._report, input, this._targetId);
    const c = report.comparison;
    // No comparison block when it was skipped (options.skipComparison) or there is one article.
    const show = c && report.articles.length > 1 && ((c.similarity || []).length || (c.claims || []).length
      || (c.reuse || []).length || (c.voices || []).length || Object.keys(c.terms || {}).length);
    this._model = show ? coverageModel(report, this._ctx.names) : null;
    this._ctx.coverage = this._model;
    this._ctx.jump = (r) => this.jumpTo(r);
    this._cols = [];
    this.$more = h('button', { type: 'button', class: 'more-cols', onclick: () => this._showUpTo(this._cols.length + COLS_PER_PAGE - 1) });
    this.$articles.replaceChildren(this.$more);
    this._showUpTo(FIRST_COLS - 1);
    this.$more.hidden = true; // until the first page of columns is complete (_renderCompare)
    this.$compare.replaceChildren();
    this.$compareHead.hidden = true;
    this._nav.set([{ key: 'articles', label: 'Articles', el: this.$artSec }], false);
    const counts = {};
    for (const a of report.articles) for (const s of a.sentences) for (const c of s.cues || []) counts[c.kind] = (counts[c.kind] || 0) + 1;
    for (const el of this.$root.querySelectorAll('[data-count]')) {
      const k = el.dataset.count;
      el.textContent = k in counts || CUE_KINDS.some(([x]) => x === k) ? String(counts[k] || 0) : '';
    }
    return !!show;
  }

  /**
   * Before the first Report: the first columns' sources, titles and the start of their plain
   * text, so the reader sees the articles while the analyser works (and the browser has laid
   * out the columns' fonts and text by the time the highlights arrive). Text only: HTML input
   * is shown as a note, never parsed here. Replaced by `_render` when the Report arrives.
   */
  _renderPreview(input) {
    const names = uniqueNames(input.articles.map((a, i) => a.source || a.title || `Article ${i + 1}`));
    const cols = input.articles.slice(0, FIRST_COLS).map((a, i) => {
      const text = typeof a.text === 'string' ? a.text : '';
      const shown = text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text;
      return h('section', { class: 'col preview', part: 'article', 'aria-busy': 'true', 'aria-label': `${names[i]} (being analysed)` },
        h('header', { class: 'col-head', part: 'article-header' },
          h('div', { class: 'source' }, names[i]),
          h('h3', { class: a.title ? null : 'untitled' }, a.title || 'Analysing…')),
        h('div', { class: 'text', part: 'text' }, shown || h('span', { class: 'more-text' }, 'HTML article: shown once analysed.')));
    });
    this.$articles.replaceChildren(...cols);
    this.$empty.hidden = true;
  }

  /** The other columns, the comparison views and the full section bar (after the first columns are on screen). */
  _renderCompare(show) {
    if (!this._report) return;
    this._showUpTo(Math.max(COLS_PER_PAGE, this._cols.length) - 1);
    this.$compare.replaceChildren(...(show ? renderCompare(this._ctx, this._model, this._ctx.jump) : []));
    this.$compareHead.hidden = !show;
    this._nav.set([{ key: 'articles', label: 'Articles', el: this.$artSec },
      ...SECTIONS.map(([key, label]) => ({ key, label, compare: true, el: this.$compare.querySelector(`[data-sec="${key}"]`) }))
        .filter((s) => s.el)], !!this._model);
  }

  /** Renders article columns up to index `last` (columns are rendered in pages). */
  _showUpTo(last) {
    const n = this._report ? this._report.articles.length : 0;
    const end = Math.min(n - 1, last);
    const frag = document.createDocumentFragment();
    for (let ai = this._cols.length; ai <= end; ai++) {
      this._cols[ai] = renderColumn(this._ctx, ai);
      frag.append(this._cols[ai].col);
    }
    this.$more.before(frag);
    const left = n - this._cols.length;
    this.$more.hidden = left <= 0;
    this.$more.textContent = `Show ${Math.min(left, COLS_PER_PAGE)} more of ${left} articles`;
  }

  _setTarget(id) {
    if (!this._ctx || !this._report.targets.some((t) => t.id === id)) return;
    this._targetId = id;
    this._ctx.targetId = id;
    this.$select.value = id;
    applyTarget(this._ctx, this._cols, id);
    this._emit('parallax-target', { target: id });
  }

  /** Scrolls to the column of article `id` and focuses it; returns whether there is one. */
  showArticle(id) {
    const ai = this._report ? this._report.articles.findIndex((a) => a.id === String(id)) : -1;
    if (ai < 0) return false;
    this._showUpTo(ai);
    const col = this._cols[ai].col;
    const row = this.$articles;
    row.scrollLeft += col.getBoundingClientRect().left - row.getBoundingClientRect().left - 8;
    col.scrollIntoView({ block: 'start' });
    col.focus({ preventScroll: true });
    col.classList.add('flash');
    setTimeout(() => col.classList.remove('flash'), 1600);
    return true;
  }

  /** The last Report as indented JSON ('' before the first analysis). */
  reportJson() { return this._report ? `${JSON.stringify(this._report, null, 2)}\n` : ''; }

  /** The coverage matrix as RFC 4180 CSV ('' without a comparison). */
  coverageCsv() { return this._model ? coverageCsv(this._model) : ''; }

  /** Downloads the Report ('json') or the coverage matrix ('csv'). */
  download(kind) {
    if (kind === 'csv') {
      const csv = this.coverageCsv();
      if (csv) download(this.$root, 'parallax-coverage.csv', 'text/csv;charset=utf-8', `\uFEFF${csv}`); // BOM: Excel reads UTF-8
    } else if (this._report) {
      download(this.$root, 'parallax-report.json', 'application/json', this.reportJson());
    }
  }

  /**
   * Scrolls to and highlights [{ai, start, end}] ranges (UTF-16 offsets into each article's
   * text); returns the number of articles shown. A range beyond the rendered part of a long
   * article is rendered first: a little at once, a lot in steps (then a Promise is returned).
   */
  jumpTo(ranges) {
    const token = this._jump = {};
    const active = this.shadowRoot.activeElement;
    const from = active && this.$compare.contains(active) ? active : this._clicked;
    this._clicked = null;
    if (from && from.isConnected && this.$compare.contains(from)) this._setOrigin(from);
    const all = ranges.length;
    if (all > MAX_JUMP) ranges = ranges.slice(0, MAX_JUMP); // "show unique" of 200,000 sentences
    const ends = new Map(); // article index -> the furthest end to show
    for (const r of ranges) ends.set(r.ai, Math.max(ends.get(r.ai) ?? 0, r.end));
    this._showUpTo(Math.max(-1, ...ends.keys()));
    const cols = this._cols;
    const behind = () => [...ends].filter(([ai, end]) => cols[ai] && cols[ai].view.upTo() < end);
    const done = (n) => {
      if (all > ranges.length) this.$status.textContent = `Showing the first ${ranges.length.toLocaleString()} of ${all.toLocaleString()} passages.`;
      return n;
    };
    if (behind().every(([ai, end]) => cols[ai].view.need(end) <= 3 * CHUNK)) {
      for (const [ai, end] of behind()) cols[ai].view.ensure(end);
      return done(this._jumpNow(ranges));
    }
    this.$status.textContent = 'Rendering the article up to the passage…';
    return inFrames(() => { for (const [ai] of behind()) cols[ai].view.more(); }, () => !behind().length,
      () => token !== this._jump || cols !== this._cols).then((ok) => {
      if (!ok) return 0;
      this.$status.textContent = this._readyText || '';
      return done(this._jumpNow(ranges));
    });
  }

  /** Remembers (or forgets, with null) the element a jump came from, and shows the way back. */
  _setOrigin(el) {
    this._origin = el;
    const sec = el?.closest('[data-sec]')?.querySelector('h3')?.textContent;
    this.$jumpbar.hidden = !el;
    this.$jumpText.textContent = '';
    this.$back.textContent = `↩ Back to ${sec || 'the comparison'}`;
  }

  /** Returns focus (and the view) to the element the last jump came from. */
  _goBack() {
    const el = this._origin;
    this._setOrigin(null);
    if (!el || !el.isConnected) return;
    el.scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: true });
  }

  _jumpNow(ranges) {
    for (const el of this._hits || []) el.classList.remove('hit');
    this._hits = [];
    const hl = [];
    const seen = new Set();
    let first = null;
    for (const r of ranges) {
      const col = this._cols[r.ai];
      if (!col) continue;
      const range = rangeFor(col.nodes, r.start, r.end);
      if (range) hl.push(range);
      const hits = col.view.overlapping(r.start, r.end).map((i) => col.sents[i]).filter(Boolean);
      for (const el of hits) el.classList.add('hit');
      this._hits.push(...hits);
      if (!seen.has(r.ai) && hits.length) {
        seen.add(r.ai);
        first = first || hits[0];
        const box = col.body.getBoundingClientRect();
        const at = (range || hits[0]).getBoundingClientRect();
        col.body.scrollTop += at.top - box.top - Math.min(80, box.height / 4);
      }
    }
    if (typeof Highlight === 'function' && CSS.highlights) {
      const set = new Highlight();
      for (const r of hl) set.add(r);
      CSS.highlights.set('px-jump', set);
    }
    if (first) {
      const row = this.$articles;
      const col = first.closest('.col');
      const rb = row.getBoundingClientRect();
      const cb = col.getBoundingClientRect();
      if (cb.left < rb.left || cb.right > rb.right) row.scrollLeft += cb.left - rb.left - 8;
      first.focus({ preventScroll: true });
      const fb = first.getBoundingClientRect();
      if (fb.top < 0 || fb.bottom > window.innerHeight) first.scrollIntoView({ block: 'center' });
    }
    if (ranges.length) {
      const names = [...seen].sort((x, y) => x - y).map((ai) => this._ctx.names[ai]);
      const n = this._report.articles.length;
      const where = seen.size
        ? `Highlighted in ${seen.size} of ${n} article${n === 1 ? '' : 's'}: ${names.join(', ')}.`
        : 'That passage is not in the articles shown.';
      this.$status.textContent = `${where}${this._origin ? ' Escape returns.' : ''}`;
      this.$jumpText.textContent = where;
    }
    return seen.size;
  }
}

if (!customElements.get('parallax-compare')) customElements.define('parallax-compare', ParallaxCompare);
