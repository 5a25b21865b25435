// The comparison view: stance per outlet, similarity heatmap, reused text, claims,
// shared vs unique sentences, voices and distinctive terms. Clicking a passage calls
// `jump(ranges)` with ranges = [{ai, start, end}] (UTF-16 offsets into article ai's text).

import { h, pct, num, excerpt } from './dom.js';

const MAX_ITEMS = 8;
const MAX_MATRIX = 20; // above this many articles, tables become lists
const SYM = { favor: '▲ ', against: '▼ ', none: '' };

function card(title, hint, body, cls) {
  return h('section', { class: `card ${cls || ''}`.trim(), 'data-card': cls ? cls.split(' ')[0] : null },
    h('h3', null, title), hint ? h('p', { class: 'hint' }, hint) : null, body);
}

/** Splits a list into visible items and a "show more" disclosure. */
function more(items, n, label) {
  if (items.length <= n) return items;
  return [...items.slice(0, n), h('li', null, h('details', null,
    h('summary', null, `${items.length - n} more ${label}`), h('ul', { class: 'plain' }, items.slice(n))))];
}

function stanceTable(ctx) {
  const { report } = ctx;
  if (!report.targets.length) return h('p', { class: 'muted' }, 'No targets.');
  return h('div', { class: 'scroll' }, h('table', { 'data-table': 'stance' },
    h('caption', { class: 'sr' }, 'Article stance per target'),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Outlet'),
      report.targets.map((t) => h('th', { scope: 'col' }, t.label)))),
    h('tbody', null, report.articles.map((a, ai) => h('tr', null, h('th', { scope: 'row', title: ctx.names[ai] }, ctx.names[ai]),
      report.targets.map((t) => {
        const st = (a.stance || []).find((s) => s.target === t.id);
        if (!st) return h('td', { class: 'st', 'data-label': 'none' }, '—');
        return h('td', { class: 'st', 'data-label': st.label,
          title: `${st.label} ${num(st.score)} · favor ${st.favor} · against ${st.against} · none ${st.none} sentences` },
        h('span', { class: 'sym', 'aria-hidden': 'true' }, SYM[st.label] || ''), num(st.score), h('span', { class: 'sr' }, ` ${st.label}`));
      }))))));
}

/** For many articles: the most similar pairs instead of an n × n table. */
function topPairs(ctx, sim) {
  const pairs = [];
  sim.forEach((row, i) => row.forEach((v, j) => { if (j > i) pairs.push([Number(v) || 0, i, j]); }));
  pairs.sort((x, y) => y[0] - x[0]);
  return h('ul', { class: 'plain', 'data-table': 'similarity' }, pairs.slice(0, 15).map(([v, i, j]) => h('li', null,
    h('span', { class: 'badge' }, v.toFixed(2)), ` ${ctx.names[i]} ↔ ${ctx.names[j]}`)));
}

function heatmap(ctx) {
  const sim = ctx.report.comparison.similarity || [];
  const n = ctx.report.articles.length;
  if (n > MAX_MATRIX) return topPairs(ctx, sim);
  const short = ctx.names.map((x, i) => `${i + 1}`);
  return h('div', { class: 'scroll' }, h('table', { 'data-table': 'similarity' },
    h('caption', { class: 'sr' }, 'Similarity between articles, 0 to 1'),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, ''),
      short.map((s, j) => h('th', { scope: 'col', title: ctx.names[j] }, s)))),
    h('tbody', null, Array.from({ length: n }, (_, i) => h('tr', null,
      h('th', { scope: 'row', title: ctx.names[i] }, `${short[i]}. ${ctx.names[i]}`),
      Array.from({ length: n }, (_, j) => {
        const v = Number(sim[i]?.[j]) || 0;
        const td = h('td', { class: `heat${v > 0.55 ? ' dark' : ''}`, title: `${ctx.names[i]} vs ${ctx.names[j]}: ${v.toFixed(2)}` }, v.toFixed(2));
        td.style.setProperty('--v', String(Math.max(0, Math.min(1, v))));
        return td;
      }))))));
}

function reuseList(ctx, jump) {
  const reuse = [...(ctx.report.comparison.reuse || [])]
    .sort((x, y) => Math.max(y.shareA, y.shareB) - Math.max(x.shareA, x.shareB));
  if (!reuse.length) return h('p', { class: 'muted' }, 'No copied passages found between these articles.');
  return h('ul', { class: 'plain' }, more(reuse.map((r) => {
    const a = ctx.indexOf(r.a);
    const b = ctx.indexOf(r.b);
    if (a < 0 || b < 0) return null;
    const spans = (r.spans || []).map((s, k) => h('li', null, h('button', {
      class: 'linkish', type: 'button', 'data-reuse': `${r.a}|${r.b}|${k}`,
      'aria-label': `Show reused passage ${k + 1} in ${ctx.names[a]} and ${ctx.names[b]}`,
      onclick: () => jump([{ ai: a, start: s.aStart, end: s.aEnd }, { ai: b, start: s.bStart, end: s.bEnd }]),
    }, `“${excerpt(ctx.texts[a].slice(s.aStart, s.aEnd), 110)}”`)));
    return h('li', { 'data-pair': `${r.a}|${r.b}` },
      h('div', { class: 'pair' }, `${ctx.names[a]} ↔ ${ctx.names[b]}`),
      h('div', { class: 'muted' }, `${pct(r.shareA)} of ${ctx.names[a]} · ${pct(r.shareB)} of ${ctx.names[b]} · ${spans.length} passage${spans.length === 1 ? '' : 's'}`),
      h('ul', { class: 'plain' }, more(spans, 4, 'passages')));
  }).filter(Boolean), MAX_ITEMS, 'pairs'));
}

function claimsList(ctx, jump) {
  const claims = [...(ctx.report.comparison.claims || [])]
    .sort((x, y) => y.sources - x.sources || y.members.length - x.members.length);
  if (!claims.length) return h('p', { class: 'muted' }, 'No claim is carried by more than one article.');
  const rangeOf = (m) => {
    const ai = ctx.indexOf(m.article);
    const s = ctx.report.articles[ai]?.sentences[m.sentence];
    return s ? { ai, start: s.start, end: s.end, sentence: m.sentence } : null;
  };
  return h('ul', { class: 'plain' }, more(claims.map((c) => {
    const ranges = c.members.map(rangeOf).filter(Boolean);
    const present = new Set(ranges.map((r) => r.ai));
    const missing = ctx.names.filter((_, ai) => !present.has(ai));
    return h('li', { 'data-claim': c.id },
      h('span', { class: 'badge', title: 'distinct sources carrying this claim' }, `${c.sources} sources`), ' ',
      h('button', { class: 'linkish claim-label', type: 'button', 'aria-label': `Show all sentences of claim: ${excerpt(c.label, 80)}`,
        onclick: () => jump(ranges) }, excerpt(c.label, 160)),
      h('div', null, ranges.map((r) => h('button', { class: 'linkish', type: 'button', 'data-member': `${ctx.report.articles[r.ai].id}|${r.sentence}`,
        onclick: () => jump([r]) }, `${ctx.names[r.ai]} §${r.sentence + 1}`))),
      c.sources >= 2 && missing.length ? h('div', { class: 'muted' }, missing.length > 8
        ? `Not in ${missing.length} other articles` : `Not in: ${missing.join(', ')}`) : null);
  }), 6, 'claims'));
}

function uniqueList(ctx, jump) {
  const uniq = ctx.report.comparison.unique || {};
  return h('ul', { class: 'plain' }, more(ctx.report.articles.map((a, ai) => {
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
  }), MAX_MATRIX, 'articles'));
}

function voicesTable(ctx) {
  const voices = [...(ctx.report.comparison.voices || [])].map((v) => ({
    v, total: Object.values(v.articles || {}).reduce((t, x) => t + (Number(x) || 0), 0),
  })).sort((x, y) => y.total - x.total);
  if (!voices.length) return h('p', { class: 'muted' }, 'Nobody is quoted or paraphrased.');
  const arts = ctx.report.articles;
  if (arts.length > MAX_MATRIX) {
    return h('ul', { class: 'plain', 'data-table': 'voices' }, more(voices.map(({ v, total }) => h('li', null, h('b', null, v.name),
      h('span', { class: 'muted' }, ` · ${total} mention${total === 1 ? '' : 's'} in ${Object.values(v.articles || {}).filter((x) => x > 0).length} articles`))),
    MAX_ITEMS * 2, 'voices'));
  }
  return h('div', { class: 'scroll' }, h('table', { 'data-table': 'voices' },
    h('caption', { class: 'sr' }, 'How often each voice is quoted per article'),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Voice'),
      arts.map((a, ai) => h('th', { scope: 'col', title: ctx.names[ai] }, String(ai + 1))))),
    h('tbody', null, voices.slice(0, 40).map(({ v }) => h('tr', null, h('th', { scope: 'row', title: v.name }, v.name),
      arts.map((a) => {
        const n = Number(v.articles?.[a.id]) || 0;
        return h('td', { class: n ? null : 'zero' }, String(n));
      }))))));
}

function termsGrid(ctx) {
  const terms = ctx.report.comparison.terms || {};
  return h('div', { class: 'terms-grid' }, ctx.report.articles.slice(0, MAX_MATRIX * 3).map((a, ai) => h('div', { 'data-terms': a.id },
    h('h4', null, ctx.names[ai]),
    (terms[a.id] || []).length
      ? (terms[a.id] || []).slice(0, 12).map((t) => h('span', { class: 'chip', title: `z-score ${Number(t.score).toFixed(2)}` },
        t.term, h('b', null, Number(t.score).toFixed(1))))
      : h('span', { class: 'muted' }, 'none'))));
}

/** All comparison cards. */
export function renderCompare(ctx, jump) {
  const legend = h('p', { class: 'muted' }, 'Numbers refer to: ',
    ctx.names.map((n, i) => `${i + 1}. ${n}`).join(' · '));
  return [
    card('Stance by outlet', 'Each article’s overall stance toward each target: ▲ favor, ▼ against (score −1 … +1).', stanceTable(ctx), 'stance wide'),
    h('div', { class: 'masonry' },
    card('Similarity', 'How alike the articles are, 0 … 1.', [heatmap(ctx), legend], 'similarity'),
    card('Reused text', 'Passages one article shares word for word with another. Click to see both.', reuseList(ctx, jump), 'reuse'),
    card('Claims', 'Statements several outlets make, and who leaves them out. Click to jump.', claimsList(ctx, jump), 'claims'),
    card('Shared vs unique', 'Sentences no other article carries.', uniqueList(ctx, jump), 'unique'),
    card('Voices', 'Who each outlet quotes or paraphrases (columns as in Similarity).', voicesTable(ctx), 'voices')),
    card('Distinctive terms', 'Words and phrases that set each outlet’s framing apart (weighted log-odds, z-score).', termsGrid(ctx), 'terms wide'),
  ];
}
