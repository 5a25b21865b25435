// Tiny DOM builder: every string becomes a text node, never markup.

/**
 * h('div', {class: 'x', part: 'y', 'data-k': 1, onclick: fn}, 'text', child, [more])
 * Attributes are set with setAttribute (never `style`; use el.style.setProperty).
 */
export function h(tag, props, ...kids) {
  const el = document.createElement(tag);
  if (props) {
    for (const [k, v] of Object.entries(props)) {
      if (v == null || v === false) continue;
      if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
      else if (k === 'text') el.textContent = String(v);
      else if (k === 'vars') for (const [n, x] of Object.entries(v)) el.style.setProperty(n, String(x));
      else if (k === 'props') Object.assign(el, v);
      else el.setAttribute(k, v === true ? '' : String(v));
    }
  }
  append(el, kids);
  return el;
}

export function append(el, kids) {
  for (const k of kids) {
    if (k == null || k === false) continue;
    if (Array.isArray(k)) append(el, k);
    else if (k instanceof Node) el.append(k);
    else el.append(document.createTextNode(String(k)));
  }
  return el;
}

export const pct = (x) => `${Math.round((Number(x) || 0) * 100)}%`;
export const num = (x, d = 2) => {
  const v = Number(x) || 0;
  const s = v.toFixed(d);
  return v > 0 ? `+${s}` : s.replace('-', '−');
};
export const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));

/** Shortens a string to about n characters at a word boundary. */
export function excerpt(s, n = 140) {
  const t = String(s).replace(/\s+/g, ' ').trim();
  if (t.length <= n) return t;
  const cut = t.lastIndexOf(' ', n);
  return `${t.slice(0, cut > n * 0.6 ? cut : n)}…`;
}

/** Display names of the cue kinds, in legend order. */
export const CUE_KINDS = [
  ['loaded', 'Loaded', 'emotive, derogatory or sensational wording'],
  ['evaluative', 'Evaluative', 'positive or negative judgement words'],
  ['hedge', 'Hedge', 'softens a claim: may, reportedly, potentially'],
  ['booster', 'Booster', 'strengthens a claim: certainly, clearly'],
  ['report', 'Report verb', 'attributes words to someone: said, claimed'],
  ['negation', 'Negation', 'flips what follows: not, never'],
  ['contrast', 'Contrast', 'sets up an opposition: however, despite'],
];
