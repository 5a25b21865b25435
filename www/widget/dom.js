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

/** A share 0..1 as a percentage with one decimal where it matters: 0.998 → "99.8%", 0.5 → "50%". */
export function pct1(x) {
  const v = (Number(x) || 0) * 100;
  const s = v.toFixed(1);
  return `${s.endsWith('.0') ? s.slice(0, -2) : s}%`;
}

/**
 * Arrow-key movement between the focusable elements of a table's cells (roving tabindex:
 * one element of the table is in the tab order). `sel` selects the focusable elements.
 */
export function gridKeys(table, sel) {
  const items = () => [...table.querySelectorAll(sel)];
  const first = items()[0];
  for (const el of items()) el.tabIndex = el === first ? 0 : -1;
  table.addEventListener('focusin', (e) => {
    const el = e.target.closest?.(sel);
    if (!el) return;
    for (const x of table.querySelectorAll(`${sel}[tabindex="0"]`)) if (x !== el) x.tabIndex = -1;
    el.tabIndex = 0;
  });
  table.addEventListener('keydown', (e) => {
    const el = e.target.closest?.(sel);
    const td = el?.closest('td, th');
    const tr = td?.parentElement;
    if (!tr) return;
    const rows = [...table.querySelectorAll('tbody tr')];
    let r = rows.indexOf(tr);
    let c = [...tr.children].indexOf(td);
    const move = { ArrowRight: [0, 1], ArrowLeft: [0, -1], ArrowDown: [1, 0], ArrowUp: [-1, 0] }[e.key];
    let target = null;
    if (move) {
      for (let k = 0; k < 64 && !target; k++) { // skip cells without a focusable element
        r += move[0];
        c += move[1];
        const row = rows[r];
        if (!row || c < 0 || c >= row.children.length) break;
        target = row.children[c].querySelector(sel);
      }
    } else if (e.key === 'Home' || e.key === 'End') {
      const list = [...tr.querySelectorAll(sel)];
      target = e.key === 'Home' ? list[0] : list[list.length - 1];
    }
    if (target) { e.preventDefault(); target.focus(); }
  });
}

/** Saves `text` as a file: a Blob, an object URL and a temporary a[download] inside `parent`. */
export function download(parent, name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name, hidden: true });
  parent.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
