// Styles of the section navigation and the comparison cards (part of the widget's sheet).

export const compareCss = `
.secnav { position: sticky; top: 0; z-index: 6; display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: .4rem 1rem;
  margin: .75rem 0 0; padding: .45rem .6rem; background: color-mix(in srgb, var(--_bg) 94%, transparent); backdrop-filter: blur(4px);
  border: 1px solid var(--_border); border-radius: var(--_radius); box-shadow: 0 2px 8px rgba(20,30,50,.06); }
.nav-sections, .nav-export { display: flex; flex-wrap: wrap; align-items: center; gap: .25rem; }
.secnav button { border: 1px solid transparent; background: none; border-radius: 999px; padding: .25rem .7rem; cursor: pointer; font-size: .88em; font-weight: 600; color: var(--_fg); }
.secnav button:hover { background: var(--_surface); }
.secnav button[aria-current] { background: var(--_accent); color: #fff; }
.nav-export button { border-color: var(--_border); font-weight: 500; }
.nav-export button:disabled { opacity: .45; cursor: default; }
.nav-group { color: var(--_muted); font-size: .8em; margin: 0 .1rem 0 .6rem; text-transform: uppercase; letter-spacing: .05em; font-weight: 700; }
.nav-export .muted { margin-right: .2rem; }
.sec, .card, .sec-first { scroll-margin-top: 4.5rem; }
.sec-first { display: flex; flex-direction: column; gap: .6rem; }
.sec-head { margin: 1.1rem 0 0; font-size: .8rem; text-transform: uppercase; letter-spacing: .08em; color: var(--_muted); scroll-margin-top: 4.5rem; }
.sec-head:focus, .card h3:focus { outline: none; }
.sec-head:focus-visible, .card h3:focus-visible { outline: 3px solid var(--_accent); }

.compare { margin-top: .5rem; display: flex; flex-direction: column; gap: 1rem; }
.trio { display: grid; grid-template-columns: repeat(auto-fit, minmax(21rem, 1fr)); gap: 1rem; align-items: start; }
.card { border: 1px solid var(--_border); border-radius: var(--_radius); padding: .9rem 1rem 1rem; background: var(--_bg); min-width: 0; }
.card h3 { margin: 0 0 .15rem; font-size: 1.05rem; }
.card > p.hint, p.hint { margin: 0 0 .6rem; color: var(--_muted); font-size: .85em; }
.scroll { overflow-x: auto; position: relative; }
table { border-collapse: collapse; font-size: .85em; font-variant-numeric: tabular-nums; }
th, td { padding: .3rem .45rem; border: 1px solid var(--_border); text-align: center; }
th { background: var(--_surface); font-weight: 600; max-width: 11rem; }
th[scope="row"] { text-align: left; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.num { display: inline-block; min-width: 1.35em; padding: 0 .3em; border-radius: 999px; background: var(--_fg); color: var(--_bg); font-size: .78em;
  font-weight: 700; text-align: center; line-height: 1.4; font-family: var(--_font); }
.outlet-key { display: flex; flex-wrap: wrap; gap: .3rem 1.1rem; list-style: none; margin: 0; padding: 0; font-size: .85em; color: var(--_muted); }
.meter { display: inline-block; width: 3.2rem; height: 7px; border-radius: 4px; vertical-align: middle; margin-right: .4rem;
  background: linear-gradient(90deg, var(--_accent) calc(var(--v, 0) * 100%), color-mix(in srgb, var(--_accent) 12%, var(--_bg)) 0); }
.meter.wide { width: 5rem; }

.coverage-grid { display: grid; grid-template-columns: minmax(0, 2.2fr) minmax(16rem, 1fr); gap: 1.25rem; align-items: start; }
table.coverage th.cv-claim { text-align: left; min-width: 16rem; }
table.coverage th[scope="row"] { white-space: normal; max-width: 30rem; min-width: 16rem; font-weight: 400; background: var(--_bg); padding: .15rem .3rem; }
.linkish.claim-label { font-family: var(--_serif); font-size: .95em; color: var(--_fg); line-height: 1.35; }
.clamp { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; line-clamp: 2; overflow: hidden; }
.cv-col { width: 4.8rem; vertical-align: bottom; }
.cv-col .nm { display: block; max-width: 5.2rem; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; font-size: .78em; font-weight: 500; color: var(--_muted); }
td.cv { width: 4.8rem; padding: 0; }
td.cv[data-state="has"] { background: color-mix(in srgb, var(--_accent) 12%, var(--_bg)); }
td.cv[data-state="has"]:hover, td.cv[data-state="has"]:focus-within { background: color-mix(in srgb, var(--_accent) 26%, var(--_bg)); }
td.cv[data-state="omits"] { background: color-mix(in srgb, var(--_against) 6%, var(--_bg)); color: var(--_against); font-size: .85em; }
td.cv[data-state="sibling"] { color: var(--_muted); }
.dot-btn { width: 100%; min-height: 2rem; border: 0; background: none; color: var(--_accent); cursor: pointer; font-size: 1.05em; }
.dot-btn:focus-visible { outline-offset: -3px; }
td.cv-n { white-space: nowrap; text-align: left; font-weight: 700; }
th .sort { border: 0; background: none; font-weight: 600; cursor: pointer; padding: 0; }
.legend-line { margin: .5rem 0 0; }
.omits-line { margin-top: .5rem; font-size: .85em; }
.omits-line summary { color: var(--_against); font-weight: 600; }
.omits-line ul.plain > li { padding: .1rem 0; border: 0; }
.omissions > ul { max-height: 36rem; overflow-y: auto; }
.omissions .linkish:focus-visible, .scroll :focus-visible, .rtext :focus-visible { outline-offset: -3px; }
.omissions h4 { margin: 0 0 .15rem; font-size: .95em; }
.omit-list { display: flex; flex-direction: column; align-items: flex-start; }
.omit { font-family: var(--_serif); color: var(--_fg); }
.omit .muted { font-family: var(--_font); }
.omissions li[data-omits] > .pair { color: var(--_accent); }

.pick-row { display: flex; flex-wrap: wrap; gap: .5rem; margin-bottom: .75rem; }
.pick { display: flex; flex-direction: column; align-items: flex-start; gap: .1rem; padding: .4rem .75rem; border: 1px solid var(--_border);
  border-radius: var(--_radius); background: var(--_bg); cursor: pointer; font-size: .88em; text-align: left; }
.pick span { color: var(--_muted); font-size: .9em; }
.pick[aria-pressed="true"] { border-color: var(--_accent); box-shadow: inset 0 0 0 1px var(--_accent); background: color-mix(in srgb, var(--_accent) 6%, var(--_bg)); }
.reuse-pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
.rpane { border: 1px solid var(--_border); border-radius: var(--_radius); min-width: 0; display: flex; flex-direction: column; }
.rpane header { padding: .6rem .8rem; border-bottom: 1px solid var(--_border); background: var(--_surface); border-radius: var(--_radius) var(--_radius) 0 0; }
.rtitle { font-weight: 700; line-height: 1.3; }
.share { font-size: .85em; color: var(--_muted); margin-top: .2rem; }
.share b { color: var(--_fg); margin-right: .2rem; }
.rtext { padding: .7rem .9rem; white-space: pre-wrap; overflow-wrap: anywhere; font-family: var(--_serif); line-height: 1.6; max-height: 30rem; overflow-y: auto; }
mark.reuse { background: color-mix(in srgb, #f0a020 22%, transparent); border-bottom: 2px solid #e09012; border-radius: 2px; color: inherit; cursor: pointer; }
mark.reuse:hover { background: color-mix(in srgb, #f0a020 38%, transparent); }
mark.reuse.on { background: #ffe27a; border-bottom-color: #b86e00; box-shadow: 0 0 0 2px #ffe27a; }
.rn { display: inline-block; font-family: var(--_font); font-size: .7em; font-weight: 700; background: #b86e00; color: #fff; border-radius: 999px;
  padding: 0 .4em; margin-right: .2em; vertical-align: .15em; line-height: 1.35; }
.rm { color: var(--_muted); font-family: var(--_font); font-size: .8em; background: var(--_surface); }
.rtext > .rm { display: inline-block; max-width: 100%; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; vertical-align: bottom; }
.rstatus { margin: .5rem 0 0; }

td.heat { min-width: 2.6rem; padding: .3rem .2rem; background: color-mix(in srgb, var(--_accent) calc(var(--v) * 90%), var(--_bg)); }
td.heat.dark { color: #fff; }
td.heat.self { background: var(--_surface); color: var(--_muted); }
td.corner { border: 0; }
.heatmap th[scope="row"] { max-width: 7.5rem; }
.heat-scale { display: flex; align-items: center; gap: .4rem; margin-top: .5rem; font-size: .75em; color: var(--_muted); }
.heat-scale i { flex: 0 1 8rem; height: 8px; border-radius: 4px; background: linear-gradient(90deg, var(--_bg), var(--_accent)); border: 1px solid var(--_border); }
table.voices th[scope="row"] { max-width: 12rem; }
td.vc { background: color-mix(in srgb, var(--_accent) calc(var(--v) * 45% + 8%), var(--_bg)); font-weight: 600; }
td.zero { color: var(--_border); }
td.tot { font-weight: 700; }
.stack { display: flex; height: 10px; border-radius: 5px; overflow: hidden; background: var(--_surface); margin: .25rem 0; }
.stack > span:first-child { background: var(--_accent); } .stack > span:last-child { background: color-mix(in srgb, var(--_accent) 30%, var(--_bg)); }
ul.plain { list-style: none; margin: 0; padding: 0; }
ul.plain > li { padding: .55rem 0; border-top: 1px solid var(--_border); }
ul.plain > li:first-child { border-top: 0; padding-top: 0; }
.pair { font-weight: 600; font-size: .9em; }
.muted { color: var(--_muted); font-size: .85em; }
.linkish { background: none; border: 0; padding: .15rem .2rem; margin: .1rem 0; color: var(--_accent); cursor: pointer; text-align: left;
  border-radius: 4px; font-size: .88em; }
.linkish:hover { background: color-mix(in srgb, var(--_accent) 8%, transparent); text-decoration: underline; }
.badge { display: inline-block; padding: 0 .45rem; border-radius: 999px; background: var(--_accent); color: #fff; font-size: .75em; font-weight: 700; }
details > summary { cursor: pointer; color: var(--_accent); font-size: .85em; }

.terms-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: .75rem 1.25rem; }
.terms-grid h4 { margin: 0 0 .35rem; font-size: .88em; }
ol.terms { list-style: none; margin: 0; padding: 0; font-size: .88em; }
ol.terms li { display: grid; grid-template-columns: minmax(0, 1fr) 4rem 2.2rem; align-items: center; gap: .4rem; padding: .12rem 0; border-bottom: 1px dotted var(--_border); }
ol.terms .term { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
ol.terms .meter { width: 4rem; margin: 0; }
ol.terms .z { text-align: right; color: var(--_muted); font-variant-numeric: tabular-nums; }

table.stance-grid td.sg { text-align: left; vertical-align: top; min-width: 10.5rem; max-width: 16rem; padding: .45rem .55rem; }
table.stance-grid th[scope="row"] { vertical-align: top; max-width: 9rem; white-space: normal; }
td.sg[data-label="favor"] { background: color-mix(in srgb, var(--_favor) 6%, var(--_bg)); }
td.sg[data-label="against"] { background: color-mix(in srgb, var(--_against) 6%, var(--_bg)); }
.sg-line { display: flex; justify-content: space-between; gap: .5rem; }
td.sg .bar { margin: .25rem 0; }
td.sg .counts { font-size: .9em; }
.counts .fav { color: var(--_favor); } .counts .ag { color: var(--_against); }
.ev { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; line-clamp: 3; overflow: hidden; margin-top: .3rem;
  font-family: var(--_serif); color: var(--_fg); font-size: .92em; line-height: 1.35; }
div.ev { font-family: var(--_font); color: var(--_muted); font-size: .85em; }
.ev-score { font-family: var(--_font); font-size: .8em; font-weight: 700; padding: 0 .3em; border-radius: 4px; background: var(--_surface); }
.ev[data-label="favor"] .ev-score { color: var(--_favor); } .ev[data-label="against"] .ev-score { color: var(--_against); }
.jumpbar { position: fixed; z-index: 8; left: 50%; bottom: 1rem; transform: translateX(-50%); width: max-content; max-width: calc(100vw - 1.5rem);
  display: flex; flex-wrap: wrap; align-items: center; gap: .3rem .8rem; padding: .5rem .6rem .5rem .9rem; border-radius: var(--_radius);
  background: #1d232a; color: #f3f5f7; font-size: .88em; box-shadow: 0 6px 24px rgba(0,0,0,.25); }
.jumpbar .back { border: 1px solid #8fa0b3; background: none; color: #fff; border-radius: 6px; padding: .25rem .7rem; cursor: pointer; font-weight: 600; }
.jumpbar .close { padding: .25rem .5rem; border-color: transparent; }
.jumpbar .back:hover { background: rgba(255,255,255,.12); }
.jumpbar .back:focus-visible { outline-color: #8fb3ff; }
/* Narrow screens: the section bar is one row that scrolls sideways, so it can stay on screen. */
@media (max-width: 720px) {
  .secnav { flex-wrap: nowrap; overflow-x: auto; padding: .3rem .4rem; scrollbar-width: thin; }
  .nav-sections, .nav-export { flex-wrap: nowrap; flex: none; }
  .secnav button { white-space: nowrap; padding: .25rem .55rem; }
  .nav-group { display: none; }
}
/* A phone shows the whole coverage matrix of a handful of articles: numbered columns (the key
   above names them), a narrower claim column, no meter. */
@media (max-width: 560px) {
  .card { padding: .75rem .6rem .8rem; }
  table.coverage th.cv-claim, table.coverage th[scope="row"] { min-width: 6.5rem; max-width: 10rem; }
  .heatmap th[scope="row"], table.voices th[scope="row"] { max-width: 6.5rem; white-space: normal; overflow-wrap: anywhere; }
  td.heat { min-width: 2.3rem; }
  th, td { padding: .25rem .3rem; }
  /* The stance grid becomes one block per outlet, a line per target (named in the line). */
  table.stance-grid, table.stance-grid tbody, table.stance-grid tr, table.stance-grid td, table.stance-grid th { display: block; max-width: none; border: 0; }
  table.stance-grid thead { display: none; }
  table.stance-grid tr { border: 1px solid var(--_border); border-radius: var(--_radius); margin-bottom: .6rem; overflow: hidden; }
  table.stance-grid td.sg { min-width: 0; max-width: none; border-top: 1px solid var(--_border); }
  table.stance-grid td.sg::before { content: attr(data-tl); display: block; font-weight: 700; font-family: var(--_font); }
  .cv-col, td.cv { width: 2rem; }
  .cv-col .nm, td.cv-n .meter { display: none; }
  .dot-btn { min-height: 2.75rem; }
  .clamp { -webkit-line-clamp: 4; line-clamp: 4; }
  .trio { grid-template-columns: minmax(0, 1fr); }
}
@media (max-width: 900px) { .coverage-grid, .reuse-pair { grid-template-columns: minmax(0, 1fr); } .rtext { max-height: 20rem; } }
`;
