// One column per article: header (source, title, byline, stance summary, metrics) and the
// article text, built from DOM text nodes only. Every sentence is
//   <span class="sent" data-a data-i data-kind data-start data-end data-stance data-voice>
// and every cue inside it is
//   <mark data-kind data-a data-i data-c data-start data-end>
// Offsets are UTF-16: the text of an element is exactly text.slice(data-start, data-end).

import { h, pct, num, clamp } from './dom.js';
import { omitsLine } from './render-coverage.js';

/** The stance of a sentence toward a target id: {label, score, holder} or null. */
export function sentenceStance(sentence, targetId) {
  return (sentence.stance || []).find((s) => s.target === targetId) || null;
}

function stanceAttrs(el, sentence, targetId) {
  const st = sentenceStance(sentence, targetId);
  el.dataset.stance = st && (st.label === 'favor' || st.label === 'against') ? st.label : 'none';
  if (st) {
    el.dataset.mention = '';
    el.dataset.voice = st.holder && st.holder !== 'author' ? 'quoted' : 'author';
  } else {
    delete el.dataset.mention;
    delete el.dataset.voice;
  }
}

/**
 * Renders `text` with sentences, cues and removed ranges.
 * @returns {{frag: DocumentFragment, nodes: {node: Text, start: number}[], sents: HTMLElement[]}}
 */
export function renderText(text, art, ai, targetId) {
  const frag = document.createDocumentFragment();
  const nodes = []; // text nodes of the article text in order, with their start offsets
  const sents = [];
  const len = text.length;
  const put = (parent, start, end) => {
    if (end <= start) return;
    const node = document.createTextNode(text.slice(start, end));
    nodes.push({ node, start });
    parent.append(node);
  };

  const blocks = [];
  (art.sentences || []).forEach((s, i) => blocks.push({ t: 's', start: s.start, end: s.end, i, s }));
  (art.removed || []).forEach((r) => blocks.push({ t: 'r', start: r.start, end: r.end, r }));
  blocks.sort((x, y) => x.start - y.start || y.end - x.end);

  let pos = 0;
  for (const b of blocks) {
    const start = clamp(b.start | 0, 0, len);
    const end = clamp(b.end | 0, 0, len);
    if (start < pos || end <= start) continue; // overlaps what is already rendered
    put(frag, pos, start);
    if (b.t === 'r') {
      const el = h('span', { class: 'removed', 'data-reason': b.r.reason || 'removed', 'data-start': start, 'data-end': end,
        title: `Left out of the analysis: ${b.r.reason || 'removed'}` });
      put(el, start, end);
      frag.append(el);
    } else {
      const s = b.s;
      const el = h('span', { class: 'sent', 'data-a': ai, 'data-i': b.i, 'data-kind': s.kind || 'body',
        'data-start': start, 'data-end': end, tabindex: '-1' });
      if ((s.flags || []).length) el.dataset.flags = s.flags.join(' ');
      stanceAttrs(el, s, targetId);
      let p = start;
      const cues = (s.cues || []).map((c, ci) => ({ c, ci })).sort((x, y) => x.c.start - y.c.start || y.c.end - x.c.end);
      for (const { c, ci } of cues) {
        const cs = c.start | 0;
        const ce = c.end | 0;
        if (cs < p || ce <= cs || cs < start || ce > end) continue; // overlapping or outside: skip
        put(el, p, cs);
        const m = h('mark', { 'data-kind': c.kind, 'data-a': ai, 'data-i': b.i, 'data-c': ci,
          'data-start': cs, 'data-end': ce, tabindex: '-1' });
        put(m, cs, ce);
        el.append(m);
        p = ce;
      }
      put(el, p, end);
      frag.append(el);
      sents[b.i] = el;
    }
    pos = end;
  }
  put(frag, pos, len);
  const first = frag.querySelector('.sent, mark');
  if (first) first.tabIndex = 0;
  return { frag, nodes, sents };
}

/** A DOM Range over [start, end) of an article, from its text-node index. */
export function rangeFor(nodes, start, end) {
  if (!nodes.length || end <= start) return null;
  const locate = (off, preferNext) => {
    let lo = 0;
    let hi = nodes.length - 1;
    while (lo < hi) { // last node with node.start <= off
      const mid = (lo + hi + 1) >> 1;
      if (nodes[mid].start <= off) lo = mid; else hi = mid - 1;
    }
    let n = nodes[lo];
    let o = off - n.start;
    if (preferNext && o >= n.node.length && lo + 1 < nodes.length) { n = nodes[lo + 1]; o = 0; }
    return [n.node, clamp(o, 0, n.node.length)];
  };
  const r = document.createRange();
  r.setStart(...locate(start, true));
  r.setEnd(...locate(end, false));
  return r;
}

/** The stance box of a column for one target. */
export function renderStance(art, target) {
  if (!target) return h('div', { class: 'stance', part: 'stance' }, h('span', { class: 'muted' }, 'No target detected.'));
  const st = (art.stance || []).find((s) => s.target === target.id);
  const label = st ? st.label : 'none';
  const score = st ? Number(st.score) || 0 : 0;
  const w = Math.abs(clamp(score, -1, 1)) * 50;
  const bar = h('span', { 'data-label': label });
  bar.style.setProperty('left', `${score < 0 ? 50 - w : 50}%`);
  bar.style.setProperty('width', `${Math.max(w, 0.8)}%`);
  return h('div', { class: 'stance', part: 'stance', 'data-target': target.id, 'data-label': label },
    h('div', { class: 'stance-line' },
      h('span', null, 'Toward ', h('b', null, target.label), ': ',
        h('span', { class: 'label', 'data-label': label }, st ? label : 'not mentioned')),
      h('span', { class: 'muted', title: 'Article stance score, −1 (against) … +1 (favor)' }, num(score))),
    h('div', { class: 'bar', role: 'img', 'aria-label': `stance score ${num(score)} on a scale from −1 against to +1 favor` }, bar),
    st ? h('div', { class: 'counts' },
      h('span', { title: 'sentences in favour (author)' }, `favor ${st.favor}`), ' · ',
      h('span', { title: 'sentences against (author)' }, `against ${st.against}`), ' · ',
      h('span', { title: 'sentences mentioning the target without a side' }, `none ${st.none}`)) : null);
}

function metric(name, value, hint) {
  return h('div', { title: hint }, h('dt', null, name), h('dd', null, value));
}

/** One article column. `ctx` = {report, texts, names, targetId}. */
export function renderColumn(ctx, ai) {
  const art = ctx.report.articles[ai];
  const target = ctx.report.targets.find((t) => t.id === ctx.targetId);
  const m = art.metrics || {};
  const meta = [art.byline, art.published].filter(Boolean).join(' · ');
  const headId = `px-col-${ai}`;
  const stanceSlot = h('div', { class: 'stance-slot' }, renderStance(art, target));
  const head = h('header', { class: 'col-head', part: 'article-header' },
    h('div', { class: 'source' }, ctx.names[ai]),
    h('h3', { id: headId, class: art.title || ctx.inputTitles[ai] ? null : 'untitled', title: art.title || ctx.inputTitles[ai] || null }, art.title || ctx.inputTitles[ai] || 'Untitled article'),
    meta ? h('div', { class: 'byline' }, meta) : null,
    art.language && art.language !== 'en' ? h('div', { class: 'lang' }, 'Not detected as English: the lexicons are English, so this article is not highlighted.') : null,
    stanceSlot,
    h('dl', { class: 'metrics', part: 'metrics' },
      metric('words', String(m.words ?? 0), 'words in the analysed text'),
      metric('subjective', pct(m.subjectivity), 'mean sentence subjectivity'),
      metric('hedging', pct(m.hedging), 'share of hedged sentences'),
      metric('quotes', pct(m.quoteShare), 'share of the body inside quotations')),
    omitsLine(ctx, ai));
  const { frag, nodes, sents } = renderText(ctx.texts[ai], art, ai, ctx.targetId);
  const body = h('div', { class: 'text', part: 'text', role: 'group', 'data-a': ai,
    'aria-label': `Text of ${ctx.names[ai]}. Arrow keys move between sentences and highlights; Enter explains one.` });
  body.append(frag);
  const col = h('section', { class: 'col', part: 'article', 'data-article-id': art.id, 'data-index': ai,
    'aria-labelledby': headId }, head, body);
  return { col, body, nodes, sents, stanceSlot };
}

/** Recolours every sentence and summary for another target. */
export function applyTarget(ctx, cols, targetId) {
  const target = ctx.report.targets.find((t) => t.id === targetId);
  cols.forEach((c, ai) => {
    if (!c) return;
    const art = ctx.report.articles[ai];
    c.sents.forEach((el, i) => { if (el) stanceAttrs(el, art.sentences[i], targetId); });
    c.stanceSlot.replaceChildren(renderStance(art, target));
  });
}
