// Coverage: which outlet carries which claim (claims × articles matrix), the claims each
// outlet omits, and the matrix as CSV. An outlet is a distinct `source` (the Report's
// `claims[].sources` counts the same way); a claim is "widely carried" when at least half
// of the outlets and at least two of them carry it, and then every other outlet omits it.

import { h, excerpt, gridKeys } from './dom.js';

const MAX_COLS = 24; // above this many articles the matrix becomes a list
const ROWS = 40; // claims shown before "show all"
const OUTLETS = 30; // outlets listed under "Omissions by outlet"

/** The coverage model of a Report; `names` = display name of each article. */
export function coverageModel(report, names) {
  const arts = report.articles;
  const index = new Map(arts.map((a, i) => [a.id, i]));
  const outlets = [];
  const keys = new Map(); // outlet key → index (20,000 articles: no indexOf per article)
  const labels = []; // what a reader sees: the source, or (none given: the Report's source is the id) the article's name
  const outletOf = arts.map((a, ai) => {
    const key = String(a.source ?? '').trim() || a.id;
    let k = keys.get(key);
    if (k === undefined) {
      k = outlets.push(key) - 1;
      keys.set(key, k);
      labels.push(key === a.id && names[ai] ? names[ai] : key);
    }
    return k;
  });
  const rows = (report.comparison?.claims || []).map((claim, order) => {
    const cells = new Map(); // article index → member sentence indices (sparse: scales to many articles)
    for (const m of claim.members || []) {
      const ai = index.get(m.article);
      if (ai == null || !arts[ai].sentences?.[m.sentence]) continue;
      if (!cells.has(ai)) cells.set(ai, []);
      cells.get(ai).push(m.sentence);
    }
    const carriers = new Set([...cells.keys()].map((ai) => outletOf[ai]));
    const wide = carriers.size >= 2 && carriers.size * 2 >= outlets.length;
    const sources = Number.isFinite(claim.sources) ? claim.sources : carriers.size;
    return { claim, order, cells, carriers, wide, sources, articles: cells.size };
  });
  rows.sort((x, y) => y.sources - x.sources || y.articles - x.articles || x.order - y.order);
  const omits = outlets.map((_, o) => rows.filter((r) => r.wide && !r.carriers.has(o)));
  return { rows, outlets, labels, outletOf, omits, names };
}

/** How article `ai` relates to a claim row: has | sibling (same outlet, other article) | omits | none. */
export function cellState(model, row, ai) {
  if (row.cells.has(ai)) return 'has';
  const o = model.outletOf[ai];
  if (row.carriers.has(o)) return 'sibling';
  return row.wide ? 'omits' : 'none';
}

const csvField = (v) => {
  let s = String(v ?? '');
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`; // not a spreadsheet formula
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** RFC 4180 CSV: claim label, one 1/0 column per article (named by outlet), sources. */
export function coverageCsv(model) {
  const lines = [['claim', ...model.names, 'sources']];
  for (const r of model.rows) lines.push([r.claim.label, ...model.names.map((_, ai) => (r.cells.has(ai) ? 1 : 0)), r.sources]);
  return `${lines.map((l) => l.map(csvField).join(',')).join('\r\n')}\r\n`;
}

function sentenceText(ctx, ai, i) {
  const s = ctx.report.articles[ai].sentences[i];
  return s ? ctx.texts[ai].slice(s.start, s.end) : '';
}

/** The sentences of a claim row as jump ranges [{ai, start, end}] (all articles, or only `onlyAi`). */
export function rangesOf(ctx, row, onlyAi) {
  const out = [];
  row.cells.forEach((list, ai) => { // Map.forEach: (value, key)
    if (onlyAi != null && ai !== onlyAi) return;
    for (const i of list) {
      const s = ctx.report.articles[ai].sentences[i];
      out.push({ ai, start: s.start, end: s.end });
    }
  });
  return out;
}

function carriedBy(model, row) {
  return [...row.carriers].map((o) => model.labels[o]).join(', ');
}

function claimTip(model, row) {
  const omitted = row.wide ? model.labels.filter((_, o) => !row.carriers.has(o)) : [];
  return () => [h('h4', null, `Claim · ${row.sources} source${row.sources === 1 ? '' : 's'}`),
    h('p', null, h('q', null, excerpt(row.claim.label, 320))),
    h('p', { class: 'muted' }, `Carried by: ${carriedBy(model, row)}`),
    omitted.length ? h('p', { class: 'muted' }, `Omitted by: ${omitted.join(', ')}`) : null,
    h('p', { class: 'muted' }, 'Click to see it in every article.')];
}

function cell(ctx, model, row, ai, jump) {
  const st = cellState(model, row, ai);
  const name = ctx.names[ai];
  if (st !== 'has') {
    const text = { sibling: `${name}: not in this article, but in another article of ${model.labels[model.outletOf[ai]]}`,
      omits: `${name} omits this widely reported claim`, none: `${name}: not carried` }[st];
    return h('td', { class: 'cv', 'data-state': st, title: text },
      h('span', { 'aria-hidden': 'true' }, st === 'omits' ? '✕' : st === 'sibling' ? '◦' : ''), h('span', { class: 'sr' }, text));
  }
  const sents = row.cells.get(ai);
  return h('td', { class: 'cv', 'data-state': 'has' }, h('button', {
    type: 'button', class: 'dot-btn', 'data-tip': '', 'data-cell': `${row.claim.id}|${ai}`,
    'aria-label': `${name} carries it: ${excerpt(sentenceText(ctx, ai, sents[0]), 200)}`,
    props: { pxTip: () => [h('h4', null, name, sents.length > 1 ? ` · ${sents.length} sentences` : ''),
      sents.slice(0, 3).map((i) => h('p', null, h('q', null, excerpt(sentenceText(ctx, ai, i), 300)), ` (§${i + 1})`)),
      h('p', { class: 'muted' }, 'Click to jump to it.')] },
    onclick: () => jump(rangesOf(ctx, row, ai)),
  }, h('span', { 'aria-hidden': 'true' }, '●')));
}

function matrix(ctx, model, jump) {
  const n = ctx.report.articles.length;
  let desc = true;
  const tbody = h('tbody');
  const rowEls = model.rows.map((row) => h('tr', { 'data-claim': row.claim.id, 'data-sources': row.sources },
    h('th', { scope: 'row' }, h('button', {
      type: 'button', class: 'linkish claim-label', 'data-tip': '', props: { pxTip: claimTip(model, row) },
      'aria-label': `Claim carried by ${row.sources} sources: ${excerpt(row.claim.label, 200).replace(/[.!?]$/, '')}. Show its sentences in every article.`,
      onclick: () => jump(rangesOf(ctx, row)),
    }, h('span', { class: 'clamp' }, excerpt(row.claim.label, 110)))),
    Array.from({ length: n }, (_, ai) => cell(ctx, model, row, ai, jump)),
    h('td', { class: 'cv-n' }, h('span', { class: 'meter', 'aria-hidden': 'true', vars: { '--v': row.sources / Math.max(1, model.outlets.length) } }),
      String(row.sources))));
  let limit = ROWS;
  const moreBtn = h('button', { type: 'button', class: 'linkish', onclick: () => { limit = Infinity; fill(); } });
  const fill = () => {
    const order = desc ? rowEls : [...rowEls].reverse();
    tbody.replaceChildren(...order.slice(0, limit));
    moreBtn.hidden = rowEls.length <= limit;
    moreBtn.textContent = `Show all ${rowEls.length} claims`;
  };
  const sortTh = h('th', { scope: 'col', 'aria-sort': 'descending' });
  const sortBtn = h('button', { type: 'button', class: 'sort', title: 'Sort by number of sources',
    onclick: () => {
      desc = !desc;
      sortTh.setAttribute('aria-sort', desc ? 'descending' : 'ascending');
      sortBtn.lastChild.textContent = desc ? ' ▼' : ' ▲';
      fill();
    } }, 'Sources', h('span', { 'aria-hidden': 'true' }, ' ▼'));
  sortTh.append(sortBtn);
  fill();
  const table = h('table', { class: 'coverage', 'data-table': 'coverage' },
    h('caption', { class: 'sr' }, 'Claims by article: ● carries the claim, ✕ omits a widely reported claim, ◦ another article of the same outlet carries it'),
    h('thead', null, h('tr', null, h('th', { scope: 'col', class: 'cv-claim' }, `Claim (${model.rows.length})`),
      ctx.names.map((name, ai) => h('th', { scope: 'col', class: 'cv-col', title: name },
        h('span', { class: 'num' }, String(ai + 1)), h('span', { class: 'nm' }, name))),
      sortTh)),
    tbody);
  gridKeys(table, 'tbody button');
  return [h('div', { class: 'scroll' }, table), moreBtn,
    h('p', { class: 'muted legend-line' }, '● carries the claim (hover or focus for the sentence) · ✕ omits a claim most outlets carry · ◦ another article of the same outlet carries it. Arrow keys move through the matrix.')];
}

/** For many articles: one line per claim instead of a matrix. */
function compactList(ctx, model, jump) {
  return h('ul', { class: 'plain', 'data-table': 'coverage' }, model.rows.slice(0, ROWS * 2).map((row) => h('li', { 'data-claim': row.claim.id },
    h('span', { class: 'badge' }, `${row.sources} sources`), ' ',
    h('button', { type: 'button', class: 'linkish claim-label', onclick: () => jump(rangesOf(ctx, row)) }, excerpt(row.claim.label, 140)),
    h('div', { class: 'muted' }, `in ${row.articles} articles: ${excerpt(carriedBy(model, row), 160)}`))));
}

function omissions(ctx, model, jump) {
  const items = model.outlets.slice(0, OUTLETS).map((name, o) => {
    const list = model.omits[o];
    return h('li', { 'data-omits': name },
      h('div', { class: 'pair' }, model.labels[o]),
      list.length
        ? h('div', { class: 'omit-list' }, h('span', { class: 'muted' }, `Omits ${list.length}: `),
          list.slice(0, 8).map((row) => h('button', { type: 'button', class: 'linkish omit', 'data-claim': row.claim.id,
            title: row.claim.label, onclick: () => jump(rangesOf(ctx, row)) },
          `“${excerpt(row.claim.label, 90)}”`, h('span', { class: 'muted' }, ` ${row.sources} sources`))),
          list.length > 8 ? h('span', { class: 'muted' }, ` and ${list.length - 8} more`) : null)
        : h('div', { class: 'muted' }, 'Omits no widely reported claim.'));
  });
  return h('div', { class: 'omissions' }, h('h4', null, 'Omissions by outlet'),
    h('p', { class: 'hint' }, 'Claims at least half of the outlets (and at least two) carry, left out by this one. Click to see where others report them.'),
    h('ul', { class: 'plain' }, items),
    model.outlets.length > OUTLETS ? h('p', { class: 'muted' }, `First ${OUTLETS} of ${model.outlets.length} outlets; each article’s header lists its own.`) : null);
}

/** "Omits N widely reported claims" for an article column header (null when none). */
export function omitsLine(ctx, ai) {
  const model = ctx.coverage;
  const list = model ? model.omits[model.outletOf[ai]] : [];
  if (!list.length) return null;
  return h('details', { class: 'omits-line', 'data-omits-article': ctx.report.articles[ai].id },
    h('summary', null, `Omits ${list.length} widely reported claim${list.length === 1 ? '' : 's'}`),
    h('ul', { class: 'plain' }, list.slice(0, 8).map((row) => h('li', null, h('button', {
      type: 'button', class: 'linkish omit', title: row.claim.label, onclick: () => ctx.jump(rangesOf(ctx, row)),
    }, `“${excerpt(row.claim.label, 90)}”`, h('span', { class: 'muted' }, ` ${row.sources} sources`))))));
}

/** The coverage card body. */
export function coverageView(ctx, model, jump) {
  if (!model.rows.length) return h('p', { class: 'muted' }, 'No claim is carried by more than one article.');
  const main = ctx.report.articles.length > MAX_COLS ? compactList(ctx, model, jump) : matrix(ctx, model, jump);
  return h('div', { class: 'coverage-grid' }, h('div', { class: 'cv-main' }, main), omissions(ctx, model, jump));
}
