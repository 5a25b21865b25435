// The explanatory note shown on hover and on keyboard focus of a cue (<mark>) or a sentence,
// plus roving keyboard focus inside an article text (arrow keys, Home/End, Enter/Space, Escape).

import { h, num, pct, CUE_KINDS } from './dom.js';
import { inFrames } from './render-article.js';

const KIND_NAMES = Object.fromEntries(CUE_KINDS.map(([k, name]) => [k, name]));
const SELECTOR = 'mark, .sent';

function polarityWord(p) {
  if (p > 0.05) return 'positive';
  if (p < -0.05) return 'negative';
  return 'neutral';
}

function cueNote(ctx, el) {
  const ai = +el.dataset.a;
  const s = ctx.report.articles[ai].sentences[+el.dataset.i];
  const c = s.cues[+el.dataset.c];
  const words = ctx.texts[ai].slice(c.start, c.end);
  const k = h('span', { class: 'k' });
  k.style.setProperty('--k', `var(--c-${c.kind}, #888)`);
  return [
    h('h4', null, k, KIND_NAMES[c.kind] || c.kind, ' cue'),
    h('dl', null,
      h('dt', null, 'words'), h('dd', null, h('q', null, words)),
      h('dt', null, 'polarity'), h('dd', null, `${num(c.polarity)} (${polarityWord(c.polarity)})`),
      h('dt', null, 'weight'), h('dd', null, Number(c.weight || 0).toFixed(2))),
    c.note ? h('p', null, c.note) : null,
    h('p', { class: 'muted' }, 'Sentence: ', stanceLine(ctx, s)),
  ];
}

function stanceLine(ctx, s) {
  const st = (s.stance || []).find((x) => x.target === ctx.targetId);
  const t = ctx.report.targets.find((x) => x.id === ctx.targetId);
  if (!st || !t) return t ? `does not mention ${t.label}` : 'no target';
  return `${st.label} ${t.label} (${num(st.score)}), voice: ${st.holder}`;
}

function sentenceNote(ctx, el) {
  const ai = +el.dataset.a;
  const i = +el.dataset.i;
  const s = ctx.report.articles[ai].sentences[i];
  const rows = [];
  for (const st of s.stance || []) {
    const t = ctx.report.targets.find((x) => x.id === st.target);
    const cls = st.label === 'favor' ? 'fav' : st.label === 'against' ? 'ag' : null;
    rows.push(h('dt', null, t ? t.label : st.target),
      h('dd', null, h('span', { class: cls }, st.label), ` ${num(st.score)} · voice: ${st.holder}`));
  }
  if (!rows.length) rows.push(h('dt', null, 'stance'), h('dd', null, 'no target mentioned'));
  rows.push(h('dt', null, 'subjectivity'), h('dd', null, pct(s.subjectivity)));
  if ((s.flags || []).length) rows.push(h('dt', null, 'flags'), h('dd', null, s.flags.join(', ')));
  // The words that carry the sentence (its cues), so a tint is never unexplained.
  const cues = (s.cues || []).slice(0, 8).map((c) => [ctx.texts[ai].slice(c.start, c.end), KIND_NAMES[c.kind] || c.kind]);
  if (cues.length) {
    rows.push(h('dt', null, 'cues'), h('dd', { class: 'cue-list' }, cues.map(([w, k], n) => [n ? ', ' : '', h('q', null, w), ` ${k.toLowerCase()}`]),
      s.cues.length > cues.length ? ` and ${s.cues.length - cues.length} more` : ''));
  } else rows.push(h('dt', null, 'cues'), h('dd', null, 'none: no cue word in this sentence'));
  const extra = ctx.sentenceInfo ? ctx.sentenceInfo(ai, i) : null;
  return [
    h('h4', null, `Sentence ${i + 1}`, s.kind && s.kind !== 'body' ? ` · ${s.kind.replace('_', ' ')}` : ''),
    h('dl', null, rows),
    extra ? h('p', null, extra) : null,
  ];
}

export class Notes {
  /**
   * @param {HTMLElement} container element holding the article texts
   * @param {HTMLElement} note the note element (role=tooltip, with an id)
   * @param {() => object|null} getCtx current render context
   * @param {(kind: string) => boolean} isKindOn whether a cue kind is visible
   */
  constructor(container, note, getCtx, isKindOn) {
    this.container = container;
    this.note = note;
    this.getCtx = getCtx;
    this.isKindOn = isKindOn;
    this.current = null;
    this.pinned = false;
    container.addEventListener('pointerover', (e) => {
      if (e.pointerType === 'touch') return;
      const el = this.pick(e.target);
      if (el && el !== this.current) this.show(el, false);
    });
    container.addEventListener('pointerout', (e) => {
      if (!this.current || this.pinned) return;
      const to = e.relatedTarget;
      if (to && this.current.contains(to)) return;
      const next = to instanceof Element ? this.pick(to) : null;
      if (next) this.show(next, false); else this.hide();
    });
    container.addEventListener('focusin', (e) => {
      const el = e.target.closest?.(SELECTOR);
      if (!el || !this.container.contains(el)) return;
      this.rove(el);
      this.show(el, true);
    });
    container.addEventListener('focusout', (e) => {
      if (e.relatedTarget && this.container.contains(e.relatedTarget) && e.relatedTarget.matches(SELECTOR)) return;
      this.hide();
    });
    container.addEventListener('keydown', (e) => this.onKey(e));
    container.addEventListener('click', (e) => {
      const el = e.target.closest?.(SELECTOR);
      if (el) { el.focus({ preventScroll: true }); this.show(el, true); }
    });
    window.addEventListener('scroll', () => this.place(), { passive: true, capture: true });
    window.addEventListener('resize', () => this.place(), { passive: true });
  }

  /** The element to explain for an event target: a visible cue, else its sentence. */
  pick(target) {
    if (!(target instanceof Element)) return null;
    const m = target.closest('mark');
    if (m && this.container.contains(m) && this.isKindOn(m.dataset.kind)) return m;
    const s = target.closest('.sent');
    return s && this.container.contains(s) ? s : null;
  }

  rove(el) {
    const text = el.closest('.text');
    if (!text) return;
    // One element of a text is in the tab order; remembered, so a text of 200,000 sentences
    // is not searched on every focus.
    const prev = text.pxRoved && text.pxRoved.isConnected ? [text.pxRoved] : text.querySelectorAll('[tabindex="0"]');
    for (const x of prev) if (x !== el) x.tabIndex = -1;
    el.tabIndex = 0;
    text.pxRoved = el;
  }

  /** The next (dir 1) or previous (-1) visible sentence or cue after `el` in its text, by document order. */
  step(text, el, dir) {
    const ok = (x) => x.matches(SELECTOR) && (x.localName !== 'mark' || this.isKindOn(x.dataset.kind));
    const w = document.createTreeWalker(text, NodeFilter.SHOW_ELEMENT);
    w.currentNode = el;
    for (let x = dir > 0 ? w.nextNode() : w.previousNode(); x; x = dir > 0 ? w.nextNode() : w.previousNode()) if (ok(x)) return x;
    return null;
  }

  /** The first (dir 1) or last (-1) visible sentence or cue of a text. */
  edge(text, dir) {
    const w = document.createTreeWalker(text, NodeFilter.SHOW_ELEMENT);
    if (dir > 0) return this.step(text, text, 1);
    let last = text;
    while (w.lastChild()) last = w.currentNode;
    const ok = last !== text && last.matches(SELECTOR) && (last.localName !== 'mark' || this.isKindOn(last.dataset.kind));
    return ok ? last : this.step(text, last, -1);
  }

  onKey(e) {
    const el = e.target.closest?.(SELECTOR);
    if (!el) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (this.current === el && !this.note.hidden) this.hide(); else this.show(el, true);
      return;
    }
    if (e.key === 'Escape') { this.hide(); return; }
    const keys = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1, Home: -Infinity, End: Infinity };
    if (!(e.key in keys)) return;
    const text = el.closest('.text');
    const view = text.pxView; // a long article is rendered in steps (render-article.js)
    e.preventDefault();
    const d = keys[e.key];
    if (d === Infinity && view && !view.done()) { this.toEnd(text, view); return; }
    let to;
    if (d === -Infinity) to = this.edge(text, 1);
    else if (d === Infinity) to = this.edge(text, -1);
    else {
      to = this.step(text, el, d);
      if (!to && d > 0 && view && !view.done()) { view.more(); to = this.step(text, el, d); }
    }
    to?.focus();
  }

  /** End in a long article: renders the rest in steps (the page stays responsive), then focuses the last. */
  async toEnd(text, view) {
    const token = this.endToken = {};
    if (!await inFrames(view.more, view.done, () => token !== this.endToken || !text.isConnected)) return;
    this.edge(text, -1)?.focus();
  }

  show(el, pinned) {
    const ctx = this.getCtx();
    if (!ctx) return;
    let content;
    try {
      content = el.localName === 'mark' ? cueNote(ctx, el) : sentenceNote(ctx, el);
    } catch {
      return; // stale element from a previous report
    }
    if (this.current && this.current !== el) {
      this.current.classList.remove('active');
      this.current.removeAttribute('aria-describedby');
    }
    this.current = el;
    this.pinned = pinned;
    el.classList.add('active');
    el.setAttribute('aria-describedby', this.note.id);
    this.note.replaceChildren(...content.filter(Boolean));
    this.note.hidden = false;
    this.place();
  }

  hide() {
    if (this.current) {
      this.current.classList.remove('active');
      this.current.removeAttribute('aria-describedby');
    }
    this.current = null;
    this.pinned = false;
    this.note.hidden = true;
  }

  place() {
    const el = this.current;
    if (!el || this.note.hidden) return;
    if (!el.isConnected) { this.hide(); return; }
    placeNote(this.note, el);
  }
}

/** Positions a fixed note below the element's last line, else above its first, never over it. */
export function placeNote(note, el) {
  const rects = el.getClientRects();
  const firstR = rects.length ? rects[0] : el.getBoundingClientRect();
  const lastR = rects.length ? rects[rects.length - 1] : firstR;
  const n = note.getBoundingClientRect();
  const vw = document.documentElement.clientWidth;
  const bar = note.parentNode?.querySelector(':scope > .jumpbar:not([hidden])'); // keep the way back visible
  const vh = bar ? bar.getBoundingClientRect().top - 2 : document.documentElement.clientHeight;
  let top = lastR.bottom + 6;
  let x = rects.length > 1 ? lastR.left : firstR.left;
  if (top + n.height > vh - 8) {
    if (firstR.top - n.height - 6 >= 8) { top = firstR.top - n.height - 6; x = firstR.left; }
    else top = Math.max(8, vh - n.height - 8);
  }
  const left = Math.max(8, Math.min(x, vw - n.width - 8));
  note.style.setProperty('top', `${Math.round(top)}px`);
  note.style.setProperty('left', `${Math.round(left)}px`);
}

/**
 * Notes for the comparison views: any element marked [data-tip] with a `pxTip()` property
 * returning DOM content gets the shared note on hover and on keyboard focus.
 */
export class Tips {
  constructor(container, note, beforeShow) {
    this.note = note;
    this.current = null;
    const pick = (t) => {
      const el = t instanceof Element ? t.closest('[data-tip]') : null;
      return el && container.contains(el) && typeof el.pxTip === 'function' ? el : null;
    };
    container.addEventListener('pointerover', (e) => {
      if (e.pointerType === 'touch') return;
      const el = pick(e.target);
      if (el && el !== this.current) { beforeShow?.(); this.show(el); }
    });
    container.addEventListener('pointerout', (e) => {
      if (!this.current) return;
      const to = e.relatedTarget;
      if (to && this.current.contains(to)) return;
      const next = pick(to);
      if (next) this.show(next);
      else if (this.current !== container.getRootNode().activeElement) this.hide();
    });
    container.addEventListener('focusin', (e) => { const el = pick(e.target); if (el) { beforeShow?.(); this.show(el); } });
    container.addEventListener('focusout', () => this.hide());
    container.addEventListener('keydown', (e) => { if (e.key === 'Escape') this.hide(); });
    window.addEventListener('scroll', () => this.place(), { passive: true, capture: true });
  }

  show(el) {
    let content;
    try { content = el.pxTip(); } catch { return; }
    if (this.current && this.current !== el) this.current.removeAttribute('aria-describedby');
    this.current = el;
    el.setAttribute('aria-describedby', this.note.id);
    this.note.replaceChildren(...[content].flat(Infinity).filter(Boolean));
    this.note.hidden = false;
    this.place();
  }

  hide() {
    if (!this.current) return;
    this.current.removeAttribute('aria-describedby');
    this.current = null;
    this.note.hidden = true;
  }

  place() {
    if (!this.current || this.note.hidden) return;
    if (!this.current.isConnected) this.hide(); else placeNote(this.note, this.current);
  }
}
