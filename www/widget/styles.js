// The widget's stylesheet. Theme it from outside with custom properties on the element:
//   --px-font, --px-mono, --px-fg, --px-muted, --px-bg, --px-surface, --px-border,
//   --px-accent, --px-favor, --px-against, --px-radius, --px-col-width, --px-text-height,
//   --px-cue-<kind> (loaded, evaluative, hedge, booster, report, negation, contrast)
// and style regions with ::part(): root, toolbar, status, target-picker, legend, error, empty,
// nav, articles, article, article-header, stance, metrics, text, comparison, note.

import { compareCss } from './styles-compare.js';

export const css = `
:host {
  --_font: var(--px-font, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif);
  --_serif: var(--px-text-font, Georgia, "Iowan Old Style", "Times New Roman", serif);
  --_fg: var(--px-fg, #1c2127);
  --_muted: var(--px-muted, #56606b);
  --_bg: var(--px-bg, #ffffff);
  --_surface: var(--px-surface, #f5f6f8);
  --_border: var(--px-border, #d8dce2);
  --_accent: var(--px-accent, #1f56c2);
  --_favor: var(--px-favor, #17804a);
  --_against: var(--px-against, #c1332b);
  --_radius: var(--px-radius, 8px);
  --c-loaded: var(--px-cue-loaded, #d0327f);
  --c-evaluative: var(--px-cue-evaluative, #d99a00);
  --c-hedge: var(--px-cue-hedge, #7a4cc2);
  --c-booster: var(--px-cue-booster, #e46a12);
  --c-report: var(--px-cue-report, #1f6fd1);
  --c-negation: var(--px-cue-negation, #59626d);
  --c-contrast: var(--px-cue-contrast, #11937f);
  display: block; font-family: var(--_font); color: var(--_fg); line-height: 1.45; font-size: 15px;
}
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
button, select, input { font: inherit; color: inherit; }
:focus-visible { outline: 3px solid var(--_accent); outline-offset: 2px; border-radius: 3px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; margin: -1px; padding: 0; border: 0; }

.toolbar { display: flex; flex-wrap: wrap; gap: .75rem 1.5rem; align-items: center; padding: .75rem 1rem;
  background: var(--_surface); border: 1px solid var(--_border); border-radius: var(--_radius); }
.status { display: flex; align-items: center; gap: .5rem; min-width: 12rem; color: var(--_muted); font-size: .9em; }
.status .dot { width: .6rem; height: .6rem; border-radius: 50%; background: var(--_muted); flex: none; }
:host([data-state="ready"]) .status .dot { background: var(--_favor); }
:host([data-state="error"]) .status .dot { background: var(--_against); }
:host([data-state="loading"]) .status .dot { background: var(--_accent); animation: pulse 1s infinite alternate; }
@keyframes pulse { from { opacity: .25; } to { opacity: 1; } }
.progress { height: 3px; background: var(--_border); border-radius: 2px; overflow: hidden; margin-top: .5rem; }
.progress > span { display: block; height: 100%; width: 30%; background: var(--_accent); animation: slide 1.1s ease-in-out infinite; }
@keyframes slide { from { transform: translateX(-100%); } to { transform: translateX(340%); } }
@media (prefers-reduced-motion: reduce) { .progress > span, .status .dot { animation: none !important; } .progress > span { width: 100%; } }
.picker { display: flex; align-items: center; gap: .5rem; font-weight: 600; font-size: .9em; }
.picker select { padding: .3rem .5rem; border: 1px solid var(--_border); border-radius: 6px; background: var(--_bg); min-width: 9rem; }
.legend { display: flex; flex-wrap: wrap; gap: .35rem .5rem; align-items: center; border: 0; margin: 0; padding: 0; }
.legend legend { float: left; font-weight: 600; font-size: .9em; margin-right: .5rem; padding: 0; }
.toggle { display: inline-flex; align-items: center; gap: .35rem; padding: .15rem .55rem .15rem .35rem; border: 1px solid var(--_border);
  border-radius: 999px; background: var(--_bg); font-size: .85em; cursor: pointer; user-select: none; }
.toggle input { margin: 0; accent-color: var(--_accent); }
.toggle:has(input:focus-visible) { outline: 3px solid var(--_accent); outline-offset: 1px; }
.toggle:has(input:not(:checked)) .swatch { opacity: .3; filter: grayscale(1); }
.toggle:has(input:not(:checked)) { border-style: dashed; }
.swatch { display: inline-block; width: .9rem; height: .9rem; border-radius: 3px; border-bottom: 3px solid var(--k); background: color-mix(in srgb, var(--k) 25%, transparent); }

.error { margin: .75rem 0; padding: .75rem 1rem; border: 1px solid var(--_against); border-left-width: 5px; border-radius: var(--_radius);
  background: color-mix(in srgb, var(--_against) 8%, var(--_bg)); }
.error strong { color: var(--_against); }
.error code { font-size: .85em; color: var(--_muted); }
.empty { margin: 1rem 0; padding: 2.5rem 1rem; text-align: center; color: var(--_muted); border: 2px dashed var(--_border); border-radius: var(--_radius); }
.busy .articles, .busy .compare, .stale .articles, .stale .compare { opacity: .55; transition: opacity .2s; }
.error .stale { display: block; margin-top: .25rem; color: var(--_muted); }

.articles { display: flex; gap: 1rem; overflow-x: auto; padding: 1rem .1rem 1rem; scroll-snap-type: x proximity; }
.col { flex: 0 0 var(--px-col-width, 24rem); max-width: 90vw; display: flex; flex-direction: column; border: 1px solid var(--_border);
  border-radius: var(--_radius); background: var(--_bg); scroll-snap-align: start; }
.col:focus { outline: none; } .col:focus-visible, .col.flash { outline: 3px solid var(--_accent); outline-offset: 2px; }
.more-cols { flex: 0 0 auto; align-self: flex-start; margin-top: 1rem; padding: .6rem 1rem; border: 1px dashed var(--_accent); border-radius: var(--_radius);
  background: var(--_bg); color: var(--_accent); cursor: pointer; font-weight: 600; }
.col-head { padding: .85rem 1rem .75rem; border-bottom: 1px solid var(--_border); }
.source { font-size: .75em; font-weight: 700; letter-spacing: .06em; text-transform: uppercase; color: var(--_accent); }
.col-head h3 { margin: .2rem 0 .25rem; font-size: 1.05em; line-height: 1.3; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; line-clamp: 3; overflow: hidden; }
.col-head h3.untitled { color: var(--_muted); font-weight: 600; font-style: italic; }
.byline { font-size: .82em; color: var(--_muted); }
.lang { font-size: .8em; color: var(--_against); }
.stance { margin-top: .6rem; font-size: .85em; }
.stance-line { display: flex; justify-content: space-between; gap: .5rem; align-items: baseline; }
.label { font-weight: 700; text-transform: capitalize; }
.label[data-label="favor"] { color: var(--_favor); } .label[data-label="against"] { color: var(--_against); } .label[data-label="none"] { color: var(--_muted); }
.label[data-label="absent"] { color: var(--_muted); font-weight: 400; font-style: italic; text-transform: none; }
.bar { position: relative; height: 8px; margin: .3rem 0; border-radius: 4px; background: linear-gradient(90deg,
  color-mix(in srgb, var(--_against) 18%, var(--_bg)), var(--_surface) 50%, color-mix(in srgb, var(--_favor) 18%, var(--_bg))); border: 1px solid var(--_border); }
.bar::after { content: ""; position: absolute; left: 50%; top: -3px; bottom: -3px; width: 1px; background: var(--_muted); }
.bar > span { position: absolute; top: -1px; bottom: -1px; border-radius: 4px; }
.bar > span[data-label="favor"] { background: var(--_favor); } .bar > span[data-label="against"] { background: var(--_against); } .bar > span[data-label="none"] { background: var(--_muted); }
.counts { color: var(--_muted); }
.metrics { display: grid; grid-template-columns: repeat(4, 1fr); gap: .25rem; margin: .6rem 0 0; font-size: .78em; }
.metrics div { background: var(--_surface); border-radius: 5px; padding: .25rem .35rem; text-align: center; }
.metrics dt { color: var(--_muted); } .metrics dd { margin: 0; font-weight: 700; font-variant-numeric: tabular-nums; }
.text { padding: .9rem 1rem 1.2rem; white-space: pre-wrap; overflow-wrap: anywhere; font-family: var(--_serif); font-size: 1.02em; line-height: 1.65;
  max-height: var(--px-text-height, 70vh); overflow-y: auto; position: relative; }

.preview .text { color: var(--_muted); }
.more-text { margin-top: .8rem; white-space: normal; font-family: var(--_font); font-size: .85em; }

.sent { border-radius: 3px; transition: background .15s; cursor: default; }
.sent[data-kind="title"] { font-family: var(--_font); font-weight: 700; font-size: 1.1em; }
.sent[data-kind="heading"] { font-family: var(--_font); font-weight: 700; }
.sent[data-kind="byline"] { font-family: var(--_font); color: var(--_muted); font-size: .9em; font-style: italic; }
.sent[data-kind="caption"] { font-family: var(--_font); color: var(--_muted); font-size: .88em; }
.sent[data-kind="list_item"] { display: inline; }
.sent[data-kind="list_item"]::before { content: "▸ "; color: var(--_muted); }
.tint .sent[data-stance="favor"] { background: color-mix(in srgb, var(--_favor) 15%, transparent); box-shadow: inset 0 -2px 0 color-mix(in srgb, var(--_favor) 55%, transparent); }
.tint .sent[data-stance="against"] { background: color-mix(in srgb, var(--_against) 13%, transparent); box-shadow: inset 0 -2px 0 color-mix(in srgb, var(--_against) 55%, transparent); }
.tint .sent[data-voice="quoted"][data-stance="favor"], .tint .sent[data-voice="quoted"][data-stance="against"] { background: transparent; box-shadow: none;
  text-decoration: underline dashed; text-decoration-thickness: 2px; text-underline-offset: 4px; }
.tint .sent[data-voice="quoted"][data-stance="favor"] { text-decoration-color: var(--_favor); }
.tint .sent[data-voice="quoted"][data-stance="against"] { text-decoration-color: var(--_against); }
.sent:hover, .sent:focus-visible, .sent.active { background-color: color-mix(in srgb, var(--_accent) 10%, transparent); }
.sent.hit { background-color: color-mix(in srgb, var(--_accent) 12%, transparent); text-decoration: underline 2px var(--_accent); text-underline-offset: 3px; }
::highlight(px-jump) { background-color: #ffe27a; color: #000; }

mark { color: inherit; background: color-mix(in srgb, var(--k) 22%, transparent); border-bottom: 2px solid var(--k); border-radius: 2px; padding: 0 1px; cursor: help; }
mark[data-kind="loaded"] { --k: var(--c-loaded); } mark[data-kind="evaluative"] { --k: var(--c-evaluative); }
mark[data-kind="hedge"] { --k: var(--c-hedge); } mark[data-kind="booster"] { --k: var(--c-booster); }
mark[data-kind="report"] { --k: var(--c-report); } mark[data-kind="negation"] { --k: var(--c-negation); }
mark[data-kind="contrast"] { --k: var(--c-contrast); }
mark:not([data-kind="loaded"]):not([data-kind="evaluative"]):not([data-kind="hedge"]):not([data-kind="booster"]):not([data-kind="report"]):not([data-kind="negation"]):not([data-kind="contrast"]) { --k: var(--_muted); }
${['loaded', 'evaluative', 'hedge', 'booster', 'report', 'negation', 'contrast']
    .map((k) => `.root[data-off~="${k}"] mark[data-kind="${k}"]`).join(', ')} { background: none; border-bottom-color: transparent; cursor: inherit; }
.removed { color: var(--_muted); text-decoration: line-through; text-decoration-color: color-mix(in srgb, var(--_muted) 60%, transparent);
  font-family: var(--_font); font-size: .85em; background: var(--_surface); border-radius: 3px; }
.removed::before { content: "removed: " attr(data-reason) " "; text-decoration: none; display: inline-block; font-size: .78em; font-weight: 700;
  text-transform: uppercase; letter-spacing: .04em; padding: 0 .35rem; margin-right: .3rem; border-radius: 3px; background: var(--_border); color: var(--_fg); }
.collapse-removed .removed { display: inline-block; max-width: 100%; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; vertical-align: bottom; }

.note { position: fixed; z-index: 10; max-width: min(24rem, calc(100vw - 16px)); padding: .65rem .8rem; background: #1d232a; color: #f3f5f7;
  border-radius: 8px; font-family: var(--_font); font-size: .85rem; line-height: 1.4; box-shadow: 0 6px 24px rgba(0,0,0,.25); pointer-events: none; white-space: normal; }
.note h4 { margin: 0 0 .3rem; font-size: .9rem; display: flex; align-items: center; gap: .4rem; }
.note .k { display: inline-block; width: .7rem; height: .7rem; border-radius: 2px; background: var(--k); }
.note dl { display: grid; grid-template-columns: auto 1fr; gap: .1rem .6rem; margin: .3rem 0 0; }
.note dt { color: #aeb7c2; } .note dd { margin: 0; }
.note q { font-style: italic; }
.note .fav { color: #6fdca0; } .note .ag { color: #ff9a90; }
.note p { margin: .35rem 0 0; }
.note .muted { color: #c3cad3; font-size: .8rem; }

${compareCss}
@media (max-width: 720px) {
  .articles { flex-direction: column; overflow-x: visible; }
  .col { flex: 1 1 auto; max-width: none; }
  .text { max-height: 60vh; }
  .metrics { grid-template-columns: repeat(2, 1fr); }
}
.font-warm { position: absolute; width: 1px; height: 1px; overflow: hidden; visibility: hidden; pointer-events: none; }
@media (forced-colors: active) { mark { border-bottom: 2px solid CanvasText; } .sent[data-stance="against"], .sent[data-stance="favor"] { text-decoration: underline; } }
`;

/**
 * Every font (family, size, weight, style) the widget's stylesheet gives text, for
 * `fontSampler`: [0 = text (serif) | 1 = UI font, size in em of the host, weight, italic 0/1].
 * Measured from a full render of the demo at the default theme (host 15px; the few rem sizes
 * at a 16px root); tests/e2e/page.test.mjs fails, naming the font, when one is missing.
 */
export const FONTS = [[0, 0.6647, 400, 0], [0, 0.748, 400, 0], [0, 0.8075, 400, 0], [0, 0.88, 400, 0], [0, 1, 400, 0],
  [0, 1.02, 400, 0], [1, 0.53176, 700, 0], [1, 0.56355, 700, 0], [1, 0.614125, 400, 0], [1, 0.6358, 400, 0],
  [1, 0.65025, 400, 0], [1, 0.663, 500, 0], [1, 0.663, 700, 0], [1, 0.67626, 700, 0], [1, 0.6864, 700, 0],
  [1, 0.7, 700, 0], [1, 0.7225, 400, 0], [1, 0.7225, 600, 0], [1, 0.7225, 700, 0], [1, 0.748, 400, 0],
  [1, 0.75, 400, 0], [1, 0.75, 700, 0], [1, 0.78, 400, 0], [1, 0.78, 700, 0], [1, 0.792, 400, 0], [1, 0.8, 400, 0],
  [1, 0.8, 700, 0], [1, 0.82, 400, 0], [1, 0.85, 400, 0], [1, 0.85, 600, 0], [1, 0.85, 700, 0], [1, 0.853334, 700, 0],
  [1, 0.867, 400, 0], [1, 0.88, 400, 0], [1, 0.88, 500, 0], [1, 0.88, 600, 0], [1, 0.88, 700, 0], [1, 0.8925, 400, 0],
  [1, 0.8976, 400, 0], [1, 0.9, 400, 0], [1, 0.9, 600, 0], [1, 0.918, 400, 1], [1, 0.95, 700, 0], [1, 1, 400, 0],
  [1, 1, 600, 0], [1, 1, 700, 0], [1, 1.02, 700, 0], [1, 1.05, 600, 1], [1, 1.05, 700, 0], [1, 1.12, 700, 0],
  [1, 1.122, 700, 0]];

/**
 * A hidden element with a word in each of FONTS; the widget lays it out just before posting
 * its first analysis and removes it once the Report is shown. Chromium resolves each new font
 * size and style once, through a task on the renderer's thread pool (its font service) that
 * the layout waits for; once the first analysis runs, that pool is busy for several hundred ms
 * with the wasm's optimising tier-up, and a first highlighted layout meeting ~15 new fonts
 * waited 200–450 ms for them although it needs ~15 ms of CPU.
 */
export function fontSampler() {
  const box = document.createElement('div');
  box.className = 'font-warm';
  box.setAttribute('aria-hidden', 'true');
  for (const [ui, em, weight, italic] of FONTS) {
    const s = document.createElement('span');
    s.textContent = 'Aa0 ';
    s.style.fontFamily = ui ? 'var(--_font)' : 'var(--_serif)';
    s.style.fontSize = `${em}em`;
    s.style.fontWeight = String(weight);
    s.style.fontStyle = italic ? 'italic' : 'normal';
    box.append(s);
  }
  return box;
}

let sheet = null;
/** Applies the stylesheet to a shadow root (constructable sheet, <style> as fallback). */
export function adoptStyles(root) {
  try {
    if (!sheet) { sheet = new CSSStyleSheet(); sheet.replaceSync(css); }
    root.adoptedStyleSheets = [sheet];
  } catch {
    const s = document.createElement('style');
    s.textContent = css;
    root.append(s);
  }
}
