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

export const CHUNK = 500; // sentences (and removed ranges) rendered in one step

/**
 * Renders the text of article `ai` into `body` with sentences, cues and removed ranges, in
 * steps: a long article shows its first CHUNK to 2 × CHUNK sentences (up to a paragraph
 * break, when there is one) and the rest, a step at a time, as the reader scrolls toward the
 * end of what is shown (an IntersectionObserver on a sentinel, which also holds a "Show more"
 * button), so 200,000 sentences never freeze the page. `more()` renders one more step;
 * `ensure(offset)` renders everything up to a UTF-16 offset at once (short jumps, keyboard).
 * @returns {{nodes: {node: Text, start: number}[], sents: HTMLElement[], more: () => boolean,
 *   ensure: (offset: number) => void, done: () => boolean, left: () => number, upTo: () => number,
 *   need: (offset: number) => number, overlapping: (start: number, end: number) => number[]}}
 */
export function renderText(ctx, art, ai, body) {
  const text = ctx.texts[ai];
  const len = text.length;
  const nodes = []; // text nodes of the article text in order, with their start offsets
  const sents = [];
  const put = (parent, start, end) => {
    if (end <= start) return;
    const node = document.createTextNode(text.slice(start, end));
    nodes.push({ node, start });
    parent.append(node);
  };
  // Blocks in text order: the sentences (ordered, by the Report's invariant) merged with the
  // removed ranges; an unordered list is sorted first, as a safety net.
  const ss = art.sentences || [];
  let ordered = true;
  for (let i = 1; i < ss.length && ordered; i++) ordered = ss[i - 1].start <= ss[i].start;
  const order = (x, y) => x.start - y.start || y.end - x.end;
  const rs = [...(art.removed || [])].sort(order);
  const sidx = ordered ? null : ss.map((_, i) => i).sort((x, y) => order(ss[x], ss[y]));
  let si = 0;
  let ri = 0;
  let pos = 0;
  let shown = 0;
  let first = true;
  const total = ss.length + rs.length;

  const sentinel = h('div', { class: 'more-text', part: 'more-text' });
  const button = h('button', { type: 'button', class: 'linkish', onclick: () => { more(); } });
  sentinel.append(button);
  let io = null;
  /** The number of sentences that start before `offset` (sentences are ordered). */
  const before = (offset) => {
    let lo = 0;
    let hi = ss.length;
    while (lo < hi) { const m = (lo + hi) >> 1; if (ss[m].start < offset) lo = m + 1; else hi = m; }
    return lo;
  };

  /** Renders blocks while `go(blockStart)` holds (and at least one); returns whether any. */
  function step(go) {
    const frag = document.createDocumentFragment();
    let n = 0;
    while (si < ss.length || ri < rs.length) {
      const s = si < ss.length ? ss[sidx ? sidx[si] : si] : null;
      const r = ri < rs.length ? rs[ri] : null;
      const isS = s && (!r || order(s, r) <= 0);
      const b = isS ? s : r;
      if (n > 0 && !go(b.start | 0, n)) break;
      n++;
      const i = isS ? (sidx ? sidx[si] : si) : -1;
      if (isS) si++; else ri++;
      shown++;
      const start = clamp(b.start | 0, 0, len);
      const end = clamp(b.end | 0, 0, len);
      if (start < pos || end <= start) continue; // overlaps what is already rendered
      put(frag, pos, start);
      if (!isS) {
        const el = h('span', { class: 'removed', 'data-reason': r.reason || 'removed', 'data-start': start, 'data-end': end,
          title: `Left out of the analysis: ${r.reason || 'removed'}` });
        put(el, start, end);
        frag.append(el);
      } else {
        const el = h('span', { class: 'sent', 'data-a': ai, 'data-i': i, 'data-kind': s.kind || 'body',
          'data-start': start, 'data-end': end, tabindex: '-1' });
        if ((s.flags || []).length) el.dataset.flags = s.flags.join(' ');
        stanceAttrs(el, s, ctx.targetId);
        let p = start;
        const cues = (s.cues || []).map((c, ci) => ({ c, ci })).sort((x, y) => x.c.start - y.c.start || y.c.end - x.c.end);
        for (const { c, ci } of cues) {
          const cs = c.start | 0;
          const ce = c.end | 0;
          if (cs < p || ce <= cs || cs < start || ce > end) continue; // overlapping or outside: skip
          put(el, p, cs);
          const m = h('mark', { 'data-kind': c.kind, 'data-a': ai, 'data-i': i, 'data-c': ci,
            'data-start': cs, 'data-end': ce, tabindex: '-1' });
          put(m, cs, ce);
          el.append(m);
          p = ce;
        }
        put(el, p, end);
        frag.append(el);
        sents[i] = el;
      }
      pos = end;
    }
    const finished = si >= ss.length && ri >= rs.length;
    if (finished) put(frag, pos, len);
    else { // the space before the next block ends this step's block (no space at a line start)
      const next = Math.min(si < ss.length ? ss[sidx ? sidx[si] : si].start : len, ri < rs.length ? rs[ri].start : len);
      const to = clamp(next | 0, pos, len);
      put(frag, pos, to);
      pos = to;
    }
    if (first) {
      first = false;
      const f = frag.querySelector('.sent, mark');
      if (f) f.tabIndex = 0;
      if (finished) { body.append(frag); return n > 0; } // short: all at once, as it always was
      body.append(sentinel);
    }
    // A long article is a column of blocks, one per step: appending one does not lay out
    // the whole text again (one inline box of 200,000 sentences did, every time).
    sentinel.before(h('div', { class: 'chunk' }, frag));
    if (finished) {
      io?.disconnect();
      sentinel.remove();
    } else {
      const left = ss.length - si;
      button.textContent = `Show more of this article${left > 0 ? ` (${left.toLocaleString()} more sentence${left === 1 ? '' : 's'})` : ''}`;
    }
    return n > 0;
  }

  // A step ends at a paragraph break when there is one soon after CHUNK blocks (the block
  // boundary is then invisible), else after 2 × CHUNK blocks.
  let nl = -1;
  const breakBefore = (start) => {
    if (nl !== Infinity && nl < pos) { nl = text.indexOf('\n', pos); if (nl < 0) nl = Infinity; }
    return nl < start;
  };
  const go = (start, n) => n < CHUNK || (n < 2 * CHUNK && !breakBefore(start));
  const more = () => sentinel.parentNode === body && step(go);

  step(go);
  if (sentinel.parentNode === body && typeof IntersectionObserver === 'function') {
    // Re-observing after each step makes the observer report again, one frame later, while
    // the end of the rendered text is still near the visible part of the column.
    io = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting) || sentinel.parentNode !== body) return;
      more();
      io.unobserve(sentinel);
      if (sentinel.parentNode === body) io.observe(sentinel);
    }, { root: body, rootMargin: '0px 0px 1200px 0px' });
    io.observe(sentinel);
  }
  return {
    nodes, sents, more,
    ensure: (offset) => { if (pos < offset && sentinel.parentNode === body) step((start) => start < offset); },
    done: () => sentinel.parentNode !== body,
    left: () => total - shown,
    upTo: () => (sentinel.parentNode === body ? pos : Infinity), // the text is rendered up to this offset
    /** How many sentences are still to render before `offset`. */
    need: (offset) => Math.max(0, before(offset) - si),
    /** The indices of the sentences that overlap [start, end). */
    overlapping: (start, end) => {
      if (!ordered) return ss.map((_, i) => i).filter((i) => ss[i].start < end && ss[i].end > start);
      const out = [];
      for (let i = Math.max(0, before(start) - 1); i < ss.length && ss[i].start < end; i++) if (ss[i].end > start) out.push(i);
      return out;
    },
  };
}

/**
 * Calls `step` for about 4 ms per animation frame until `finished()` (or `stale()`), so a
 * long article is rendered in pieces the browser lays out between frames. Resolves with
 * whether it finished.
 */
export async function inFrames(step, finished, stale) {
  while (!finished()) {
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    if (stale()) return false;
    const t0 = performance.now();
    do step(); while (performance.now() - t0 < 4 && !finished());
  }
  return true;
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
  const found = (art.stance || []).find((s) => s.target === target.id);
  // An article whose sentences never mention the target has no stance toward it: "not
  // mentioned", not a neutral 0.00 (the stance grid says the same).
  const st = found && (found.favor || 0) + (found.against || 0) + (found.none || 0) > 0 ? found : null;
  const label = st ? st.label : 'absent';
  const score = st ? Number(st.score) || 0 : 0;
  const w = Math.abs(clamp(score, -1, 1)) * 50;
  const bar = h('span', { 'data-label': label });
  bar.style.setProperty('left', `${score < 0 ? 50 - w : 50}%`);
  bar.style.setProperty('width', `${Math.max(w, 0.8)}%`);
  return h('div', { class: 'stance', part: 'stance', 'data-target': target.id, 'data-label': label },
    h('div', { class: 'stance-line' },
      h('span', null, 'Toward ', h('b', null, target.label), ': ',
        h('span', { class: 'label', 'data-label': label }, st ? label : 'not mentioned')),
      st ? h('span', { class: 'muted', title: 'Article stance score, −1 (against) … +1 (favor)' }, num(score)) : null),
    st ? h('div', { class: 'bar', role: 'img', 'aria-label': `stance score ${num(score)} on a scale from −1 against to +1 favor` }, bar) : null,
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
  const body = h('div', { class: 'text', part: 'text', role: 'group', 'data-a': ai,
    'aria-label': `Text of ${ctx.names[ai]}. Arrow keys move between sentences and highlights; Enter explains one.` });
  const view = renderText(ctx, art, ai, body);
  body.pxView = view; // keyboard navigation renders more of a long article (tooltip.js)
  const col = h('section', { class: 'col', part: 'article', 'data-article-id': art.id, 'data-index': ai,
    'aria-labelledby': headId, tabindex: '-1' }, head, body);
  return { col, body, nodes: view.nodes, sents: view.sents, view, stanceSlot };
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
