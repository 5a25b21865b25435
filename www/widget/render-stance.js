// Stance grid: every outlet × every target with its label, a score bar, the favor / against /
// none sentence counts, and as evidence the author's sentence with the largest |score| for
// that target in that article (click to jump to it).

import { h, num, excerpt, clamp, gridKeys } from './dom.js';

const ROWS = 30; // articles shown before "show all"
const WORD = { favor: 'Favor', against: 'Against', none: 'Neutral' };

/** The author's sentence with the strongest stance toward `targetId`: {i, score} or null. */
export function strongestSentence(art, targetId) {
  let best = null;
  (art.sentences || []).forEach((s, i) => {
    for (const st of s.stance || []) {
      if (st.target !== targetId || (st.holder && st.holder !== 'author')) continue;
      const v = Math.abs(Number(st.score) || 0);
      if (v > 0 && (!best || v > best.v)) best = { i, v, score: Number(st.score) || 0, label: st.label };
    }
  });
  return best;
}

function bar(score, label) {
  const w = Math.abs(clamp(score, -1, 1)) * 50;
  const fill = h('span', { 'data-label': label });
  fill.style.setProperty('left', `${score < 0 ? 50 - w : 50}%`);
  fill.style.setProperty('width', `${Math.max(w, 0.8)}%`);
  return h('div', { class: 'bar', role: 'img', 'aria-label': `score ${num(score)} from −1 against to +1 favor` }, fill);
}

function cell(ctx, ai, t, jump) {
  const art = ctx.report.articles[ai];
  const st = (art.stance || []).find((s) => s.target === t.id);
  const mentions = st ? (st.favor || 0) + (st.against || 0) + (st.none || 0) : 0;
  if (!st || !mentions) {
    return h('td', { class: 'sg', 'data-label': 'absent', 'data-target': t.id, 'data-tl': t.label }, h('span', { class: 'muted' }, 'not mentioned'));
  }
  const score = Number(st.score) || 0;
  const best = strongestSentence(art, t.id);
  let evidence = h('div', { class: 'ev muted' }, 'No author sentence takes a side.');
  if (best) {
    const s = art.sentences[best.i];
    const text = ctx.texts[ai].slice(s.start, s.end);
    evidence = h('button', { type: 'button', class: 'linkish ev', 'data-evidence': `${art.id}|${best.i}`, 'data-label': best.label,
      title: `${best.label} ${num(best.score)} · sentence ${best.i + 1}: ${excerpt(text, 400)}`,
      'aria-label': `Strongest sentence, ${best.label} ${num(best.score)}: ${excerpt(text, 200)}. Jump to it.`,
      onclick: () => jump([{ ai, start: s.start, end: s.end }]) },
    h('span', { class: 'ev-score' }, num(best.score)), ' “', excerpt(text, 150), '”');
  }
  return h('td', { class: 'sg', 'data-label': st.label, 'data-target': t.id, 'data-tl': t.label },
    h('div', { class: 'sg-line' }, h('span', { class: 'label', 'data-label': st.label }, WORD[st.label] || st.label),
      h('span', { class: 'muted', title: 'article stance score, −1 … +1' }, num(score))),
    bar(score, st.label),
    h('div', { class: 'counts', title: 'sentences in favour · against · mentioning without a side' },
      h('span', { class: 'fav' }, `▲ ${st.favor}`), ' · ', h('span', { class: 'ag' }, `▼ ${st.against}`), ' · ', `○ ${st.none}`),
    evidence);
}

/** The stance card body: outlets (rows) × targets (columns). */
export function stanceGrid(ctx, jump) {
  const { report } = ctx;
  if (!report.targets.length) return h('p', { class: 'muted' }, 'No targets.');
  const table = h('table', { class: 'stance-grid', 'data-table': 'stance' },
    h('caption', { class: 'sr' }, 'Stance of each outlet toward each target, with sentence counts and the strongest author sentence'),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Outlet'), report.targets.map((t) => h('th', { scope: 'col' }, t.label)))),
    h('tbody'));
  const row = (a, ai) => h('tr', { 'data-article': a.id },
    h('th', { scope: 'row', title: ctx.names[ai] }, h('span', { class: 'num' }, `${ai + 1}`), ` ${ctx.names[ai]}`),
    report.targets.map((t) => cell(ctx, ai, t, jump)));
  const n = report.articles.length;
  table.tBodies[0].append(...report.articles.slice(0, ROWS).map(row));
  gridKeys(table, 'button.ev');
  const more = n > ROWS ? h('button', { type: 'button', class: 'linkish', onclick: () => {
    table.tBodies[0].append(...report.articles.slice(ROWS).map((a, k) => row(a, k + ROWS)));
    for (const b of table.tBodies[0].querySelectorAll('button.ev:not([tabindex])')) b.tabIndex = -1;
    more.remove();
  } }, `Show all ${n} articles`) : null;
  return [h('div', { class: 'scroll' }, table), more];
}
