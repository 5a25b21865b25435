// The comparison view, one card per concept: coverage (claims × outlets, omissions), reused
// text side by side, similarity heatmap, shared vs unique sentences, voices, distinctive terms
// and the stance grid. Clicking a passage calls `jump(ranges)` with ranges = [{ai, start, end}]
// (UTF-16 offsets into article ai's text). Cards carry data-card (test hook) and data-sec
// (the section the widget's navigation scrolls to).

import { h, excerpt } from './dom.js';
import { coverageView } from './render-coverage.js';
import { reuseView } from './render-reuse.js';
import { stanceGrid } from './render-stance.js';

const MAX_ITEMS = 8;
const MAX_MATRIX = 20; // above this many articles, tables become lists

/** The sections of the comparison, in page order: [key, nav label]. */
export const SECTIONS = [['coverage', 'Coverage'], ['reuse', 'Reuse'], ['similarity', 'Similarity'],
  ['voices', 'Voices'], ['terms', 'Terms'], ['stance', 'Stance']];

function card(title, hint, body, cls, sec) {
  const key = cls ? cls.split(' ')[0] : null;
  return h('section', { class: `card ${cls || ''}`.trim(), 'data-card': key, 'data-sec': sec || null,
    'aria-labelledby': key ? `px-h-${key}` : null },
  h('h3', { id: key ? `px-h-${key}` : null, tabindex: '-1' }, title), hint ? h('p', { class: 'hint' }, hint) : null, body);
}

/**
 * The first `n` of `data` rendered with `item`, the rest behind a "show more" disclosure
 * that renders them (at most 500) only when opened: thousands of articles stay cheap.
 */
function more(data, n, label, item) {
  const first = data.slice(0, n).map(item);
  if (data.length <= n) return first;
  const list = h('ul', { class: 'plain' });
  const d = h('details', { ontoggle: () => {
    if (d.open && !list.childElementCount) list.append(...data.slice(n, n + 500).map((x, k) => item(x, n + k)));
  } }, h('summary', null, `${data.length - n} more ${label}`), list);
  return [...first, h('li', null, d)];
}

/** For many articles: the most similar pairs instead of an n × n table (one pass, no pair list). */
function topPairs(ctx, sim, k = 15) {
  const top = []; // [v, i, j], descending, at most k
  for (let i = 0; i < sim.length; i++) {
    const row = sim[i] || [];
    for (let j = i + 1; j < row.length; j++) {
      const v = Number(row[j]) || 0;
      if (top.length === k && v <= top[k - 1][0]) continue;
      let at = top.length;
      while (at > 0 && top[at - 1][0] < v) at--;
      top.splice(at, 0, [v, i, j]);
      if (top.length > k) top.pop();
    }
  }
  return h('ul', { class: 'plain', 'data-table': 'similarity' }, top.map(([v, i, j]) => h('li', null,
    h('span', { class: 'badge' }, v.toFixed(2)), ` ${ctx.names[i]} ↔ ${ctx.names[j]}`)));
}

function heatmap(ctx) {
  const sim = ctx.report.comparison.similarity || [];
  const n = ctx.report.articles.length;
  if (!sim.length) return h('p', { class: 'muted' }, 'Not computed for this many articles (the matrix is left out above 500); see reuse and claims.');
  if (n > MAX_MATRIX) return topPairs(ctx, sim);
  const table = h('table', { class: 'heatmap', 'data-table': 'similarity' },
    h('caption', { class: 'sr' }, 'Similarity between articles, 0 (nothing in common) to 1 (identical)'),
    h('thead', null, h('tr', null, h('td', { class: 'corner' }),
      ctx.names.map((name, j) => h('th', { scope: 'col', title: name }, h('span', { class: 'num' }, String(j + 1)))))),
    h('tbody', null, Array.from({ length: n }, (_, i) => h('tr', null,
      h('th', { scope: 'row', title: ctx.names[i] }, h('span', { class: 'num' }, String(i + 1)), ` ${ctx.names[i]}`),
      Array.from({ length: n }, (_, j) => {
        if (i === j) return h('td', { class: 'heat self', title: `${ctx.names[i]} (itself)` }, h('span', { 'aria-hidden': 'true' }, '—'), h('span', { class: 'sr' }, 'itself'));
        const v = Math.max(0, Math.min(1, Number(sim[i]?.[j]) || 0));
        return h('td', { class: `heat${v > 0.55 ? ' dark' : ''}`, vars: { '--v': v }, title: `${ctx.names[i]} vs ${ctx.names[j]}: ${v.toFixed(2)}` }, v.toFixed(2));
      })))));
  return [h('div', { class: 'scroll' }, table),
    h('div', { class: 'heat-scale', 'aria-hidden': 'true' }, h('span', null, '0 unrelated'), h('i'), h('span', null, '1 identical'))];
}

function uniqueList(ctx, jump) {
  const uniq = ctx.report.comparison.unique || {};
  return h('ul', { class: 'plain' }, more(ctx.report.articles, MAX_MATRIX, 'articles', (a, ai) => {
    const ids = uniq[a.id] || [];
    const total = (a.sentences || []).length || 1;
    const u = ids.length;
    const bar = h('div', { class: 'stack', role: 'img', 'aria-label': `${u} unique, ${total - u} shared` },
      h('span', null), h('span', null));
    bar.children[0].style.setProperty('width', `${(u / total) * 100}%`);
    bar.children[1].style.setProperty('width', `${((total - u) / total) * 100}%`);
    const ranges = ids.map((i) => a.sentences[i]).filter(Boolean).map((s) => ({ ai, start: s.start, end: s.end }));
    return h('li', { 'data-unique': a.id },
      h('div', { class: 'pair' }, ctx.names[ai]), bar,
      h('span', { class: 'muted' }, `${u} unique · ${Math.max(0, (a.sentences || []).length - u)} shared sentences `),
      u ? h('button', { class: 'linkish', type: 'button', onclick: () => jump(ranges) }, 'show unique') : null);
  }));
}

function voicesTable(ctx) {
  const voices = [...(ctx.report.comparison.voices || [])].map((v) => ({
    v, total: Object.values(v.articles || {}).reduce((t, x) => t + (Number(x) || 0), 0),
    outlets: Object.values(v.articles || {}).filter((x) => x > 0).length,
  })).sort((x, y) => y.outlets - x.outlets || y.total - x.total);
  if (!voices.length) return h('p', { class: 'muted' }, 'Nobody is quoted or paraphrased.');
  const arts = ctx.report.articles;
  if (arts.length > MAX_MATRIX) {
    return h('ul', { class: 'plain', 'data-table': 'voices' }, more(voices, MAX_ITEMS * 2, 'voices', ({ v, total, outlets }) => h('li', null,
      h('b', null, v.name), h('span', { class: 'muted' }, ` · ${total} mention${total === 1 ? '' : 's'} in ${outlets} articles`))));
  }
  const rows = voices.map(({ v, total }) => h('tr', null, h('th', { scope: 'row', title: v.name }, v.name),
    arts.map((a, ai) => {
      const n = Number(v.articles?.[a.id]) || 0;
      return h('td', { class: n ? 'vc' : 'zero', title: `${v.name} in ${ctx.names[ai]}: ${n}`, vars: n ? { '--v': Math.min(1, n / 5) } : null },
        n ? String(n) : '·');
    }),
    h('td', { class: 'tot' }, String(total))));
  const body = h('tbody', null, rows.slice(0, 25));
  return [h('div', { class: 'scroll' }, h('table', { class: 'voices', 'data-table': 'voices' },
    h('caption', { class: 'sr' }, 'How often each voice is quoted or paraphrased per article'),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Voice'),
      arts.map((a, ai) => h('th', { scope: 'col', title: ctx.names[ai] }, h('span', { class: 'num' }, String(ai + 1)))),
      h('th', { scope: 'col' }, 'All'))),
    body)),
  rows.length > 25 ? h('button', { type: 'button', class: 'linkish', onclick: (e) => { body.replaceChildren(...rows); e.target.remove(); } },
    `Show all ${rows.length} voices`) : null];
}

function termsGrid(ctx) {
  const terms = ctx.report.comparison.terms || {};
  let top = 1; // a loop, not Math.max(...): 20,000 articles have 200,000 terms
  for (const list of Object.values(terms)) for (const t of list || []) top = Math.max(top, Number(t.score) || 0);
  return h('div', { class: 'terms-grid' }, ctx.report.articles.slice(0, MAX_MATRIX * 3).map((a, ai) => {
    const list = (terms[a.id] || []).slice(0, 10);
    return h('div', { 'data-terms': a.id },
      h('h4', null, h('span', { class: 'num' }, String(ai + 1)), ` ${ctx.names[ai]}`),
      list.length
        ? h('ol', { class: 'terms' }, list.map((t) => {
          const z = Number(t.score) || 0;
          return h('li', { title: `z-score ${z.toFixed(2)}: used by this outlet more than the others` },
            h('span', { class: 'term' }, t.term), h('span', { class: 'meter', 'aria-hidden': 'true', vars: { '--v': Math.max(0, z) / top } }),
            h('span', { class: 'z' }, z.toFixed(1)));
        }))
        : h('p', { class: 'muted' }, 'No distinctive terms: its wording is close to the others.'));
  }));
}

/**
 * The numbered key to the outlets used by every table's columns. Numbers are used up to
 * MAX_MATRIX * 3 articles (the terms grid); 10,000 entries cost the page a 0.4 s layout.
 */
function outletKey(ctx) {
  const max = MAX_MATRIX * 3;
  const left = ctx.names.length - max;
  return h('ol', { class: 'outlet-key', 'aria-label': 'Articles, as numbered in the tables' },
    ctx.names.slice(0, max).map((n, i) => h('li', null, h('span', { class: 'num' }, String(i + 1)), ` ${n}`)),
    left > 0 ? h('li', { class: 'muted' }, `and ${left.toLocaleString()} more articles`) : null);
}

/** All comparison cards. `model` = coverageModel(...) of the same report. */
export function renderCompare(ctx, model, jump) {
  return [
    // The key belongs to the first section: the section bar scrolls to both, not under itself.
    h('div', { class: 'sec-first', 'data-sec': 'coverage' }, outletKey(ctx),
      card('Coverage', 'Which article carries which claim, sorted by the number of outlets. Click a claim to see it in every article.',
        coverageView(ctx, model, jump), 'claims wide')),
    card('Reused text', 'Passages two articles share word for word, side by side. Click a highlighted passage to find its partner.',
      reuseView(ctx), 'reuse wide', 'reuse'),
    h('div', { class: 'trio' },
      card('Similarity', 'How alike the articles are in wording, 0 … 1.', heatmap(ctx), 'similarity', 'similarity'),
      card('Voices', 'Who each article quotes or paraphrases, and how often.', voicesTable(ctx), 'voices', 'voices'),
      card('Shared vs unique', 'Sentences no other article carries.', uniqueList(ctx, jump), 'unique')),
    card('Distinctive terms', 'Words and phrases that set each outlet’s framing apart (weighted log-odds with an informative prior, z-score).',
      termsGrid(ctx), 'terms wide', 'terms'),
    card('Stance by outlet', 'Each article’s stance toward each target, its sentence counts, and the author’s strongest sentence as evidence (click to jump).',
      stanceGrid(ctx, jump), 'stance wide', 'stance'),
  ];
}
