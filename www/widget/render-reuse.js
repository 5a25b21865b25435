// Reuse view: pick a pair of articles that share text (report.comparison.reuse) and read
// them side by side. Every shared span is a <mark class="reuse" data-reuse-span="k"> (k =
// index in the pair's `spans`) with data-a/data-start/data-end like the cue marks; clicking
// (or Enter on) a span scrolls the other side to its partner and highlights both.

import { h, pct1, clamp, excerpt } from './dom.js';

const PICK_BUTTONS = 6; // more pairs than this: a <select>

/** Renders `text` with removed ranges dimmed and the given spans [{k, start, end}] as marks. */
function paneText(text, art, ai, spans) {
  const len = text.length;
  const frag = document.createDocumentFragment();
  const cut = (x) => clamp(x | 0, 0, len);
  const sp = [];
  let pos = 0;
  for (const s of [...spans].sort((x, y) => x.start - y.start)) {
    const start = Math.max(cut(s.start), pos);
    const end = cut(s.end);
    if (end <= start) continue;
    sp.push({ k: s.k, start, end });
    pos = end;
  }
  const rem = (art.removed || []).map((r) => [cut(r.start), cut(r.end)]).filter(([a, b]) => b > a);
  const pts = [...new Set([0, len, ...sp.flatMap((s) => [s.start, s.end]), ...rem.flat()])].sort((x, y) => x - y);
  let mark = null;
  for (let i = 0; i + 1 < pts.length; i++) {
    const x = pts[i];
    const y = pts[i + 1];
    const s = sp.find((q) => q.start <= x && x < q.end) || null;
    if (!s) mark = null;
    else if (!mark || mark.dataset.reuseSpan !== String(s.k)) {
      frag.append(h('span', { class: 'rn', 'aria-hidden': 'true' }, String(s.k + 1)));
      mark = h('mark', { class: 'reuse', 'data-reuse-span': s.k, 'data-a': ai, 'data-start': s.start, 'data-end': s.end,
        tabindex: sp[0] === s ? '0' : '-1', role: 'button' });
      frag.append(mark);
    }
    const node = document.createTextNode(text.slice(x, y));
    const removed = rem.some(([a, b]) => a <= x && x < b);
    (mark || frag).append(removed ? h('span', { class: 'rm', title: 'left out of the analysis' }, node) : node);
  }
  return frag;
}

function pane(ctx, ai, spans, share, side, otherName) {
  const art = ctx.report.articles[ai];
  const body = h('div', { class: 'rtext', tabindex: '-1', role: 'group',
    'aria-label': `Text of ${ctx.names[ai]}. Arrow keys move between shared passages; Enter shows the partner.` });
  body.append(paneText(ctx.texts[ai], art, ai, spans));
  for (const m of body.querySelectorAll('mark.reuse')) {
    m.setAttribute('aria-label', `Reused passage ${+m.dataset.reuseSpan + 1}: “${excerpt(m.textContent, 80)}”. Press Enter to show it in ${otherName}.`);
  }
  const bar = h('span', { class: 'meter wide', 'aria-hidden': 'true', vars: { '--v': clamp(Number(share) || 0, 0, 1) } });
  return h('section', { class: 'rpane', 'data-side': side, 'data-article': art.id },
    h('header', null, h('div', { class: 'source' }, ctx.names[ai]),
      h('div', { class: 'rtitle' }, art.title || ctx.inputTitles[ai] || 'Untitled article'),
      h('div', { class: 'share' }, bar, h('b', { 'data-share': side }, pct1(share)), ' of this article is shared with ', otherName)),
    body);
}

/** Scrolls `el` to near the top of its scrolling text box. */
function reveal(el) {
  const box = el.closest('.rtext');
  if (!box) return;
  const b = box.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  box.scrollTop += r.top - b.top - Math.min(48, b.height / 5);
}

function renderPair(ctx, p) {
  const spans = p.r.spans || [];
  const nameA = ctx.names[p.a];
  const nameB = ctx.names[p.b];
  const paneA = pane(ctx, p.a, spans.map((s, k) => ({ k, start: s.aStart, end: s.aEnd })), p.r.shareA, 'a', nameB);
  const paneB = pane(ctx, p.b, spans.map((s, k) => ({ k, start: s.bStart, end: s.bEnd })), p.r.shareB, 'b', nameA);
  const status = h('p', { class: 'muted rstatus', role: 'status' },
    `${spans.length} shared passage${spans.length === 1 ? '' : 's'}, numbered alike on both sides. Click one to find its partner.`);
  const link = (mark) => {
    const k = mark.dataset.reuseSpan;
    const other = mark.closest('.rpane') === paneA ? paneB : paneA;
    for (const m of [...paneA.querySelectorAll('mark.on'), ...paneB.querySelectorAll('mark.on')]) m.classList.remove('on');
    const partner = other.querySelector(`mark[data-reuse-span="${k}"]`);
    mark.classList.add('on');
    const s = spans[+k];
    if (!partner || !s) return;
    partner.classList.add('on');
    reveal(partner);
    partner.focus({ preventScroll: true });
    status.textContent = `Passage ${+k + 1} of ${spans.length}: ${(s.aEnd - s.aStart).toLocaleString()} characters in ${nameA}, ${(s.bEnd - s.bStart).toLocaleString()} in ${nameB}.`;
  };
  const wrap = h('div', { class: 'reuse-pair', 'data-pair': `${p.r.a}|${p.r.b}` }, paneA, paneB);
  wrap.addEventListener('click', (e) => {
    const m = e.target.closest?.('mark.reuse');
    if (m) link(m);
  });
  // One passage per pane is in the tab order (roving): a pair of 200 passages is not 400 Tab stops.
  wrap.addEventListener('focusin', (e) => {
    const m = e.target.closest?.('mark.reuse');
    if (!m) return;
    for (const x of m.closest('.rtext').querySelectorAll('mark.reuse[tabindex="0"]')) if (x !== m) x.tabIndex = -1;
    m.tabIndex = 0;
  });
  wrap.addEventListener('keydown', (e) => {
    const m = e.target.closest?.('mark.reuse');
    if (!m) return;
    if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); link(m); return; }
    const d = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[e.key];
    if (!d) return;
    // Marks of one passage can be split by removed text: move to the next passage number.
    const all = [...m.closest('.rtext').querySelectorAll('mark.reuse')];
    let i = all.indexOf(m);
    do i += d; while (all[i] && all[i].dataset.reuseSpan === m.dataset.reuseSpan);
    if (all[i]) { e.preventDefault(); all[i].focus(); }
  });
  return [wrap, status];
}

/** The reuse card body: a pair picker and the selected pair side by side. */
export function reuseView(ctx) {
  const pairs = (ctx.report.comparison.reuse || [])
    .map((r) => ({ r, a: ctx.indexOf(r.a), b: ctx.indexOf(r.b) }))
    .filter((p) => p.a >= 0 && p.b >= 0 && (p.r.spans || []).length)
    .sort((x, y) => Math.max(y.r.shareA, y.r.shareB) - Math.max(x.r.shareA, x.r.shareB));
  if (!pairs.length) return h('p', { class: 'muted' }, 'No passages are shared word for word between these articles.');
  const stage = h('div', { class: 'reuse-stage' });
  const label = (p) => `${ctx.names[p.a]} ↔ ${ctx.names[p.b]} · ${pct1(p.r.shareA)} / ${pct1(p.r.shareB)}`;
  let buttons = [];
  const select = (k) => {
    stage.replaceChildren(...renderPair(ctx, pairs[k]));
    buttons.forEach((b, i) => b.setAttribute('aria-pressed', String(i === k)));
  };
  let picker;
  if (pairs.length <= PICK_BUTTONS) {
    buttons = pairs.map((p, k) => h('button', { type: 'button', class: 'pick', 'data-pair': `${p.r.a}|${p.r.b}`, onclick: () => select(k) },
      h('b', null, `${ctx.names[p.a]} ↔ ${ctx.names[p.b]}`), h('span', null, `${pct1(p.r.shareA)} / ${pct1(p.r.shareB)} shared · ${p.r.spans.length} passage${p.r.spans.length === 1 ? '' : 's'}`)));
    picker = h('div', { class: 'pick-row', role: 'group', 'aria-label': 'Pairs of articles that share text' }, buttons);
  } else {
    const sel = h('select', { 'aria-label': 'Pair of articles that share text', onchange: () => select(+sel.value) },
      pairs.map((p, k) => h('option', { value: k }, label(p))));
    picker = h('label', { class: 'picker' }, `${pairs.length} pairs share text:`, sel);
  }
  select(0);
  return [picker, stage];
}
