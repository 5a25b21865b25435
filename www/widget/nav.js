// Section navigation: a sticky bar of plain buttons (Articles, then the comparison sections)
// that scroll to a section and move focus to its heading; the button of the section in view
// gets aria-current (the section under the bar, or the one just chosen). Left/Right/Home/End move between the buttons. Also the export buttons.

import { h } from './dom.js';

export class SectionNav {
  /** @param {(kind: 'json'|'csv') => void} onExport */
  constructor(onExport) {
    this.list = h('div', { class: 'nav-sections' });
    this.csv = h('button', { type: 'button', 'data-export': 'csv', title: 'Download the coverage matrix (claims × articles) as CSV',
      onclick: () => onExport('csv') }, 'Coverage CSV');
    this.el = h('nav', { class: 'secnav', part: 'nav', 'aria-label': 'Sections', hidden: true }, this.list,
      h('div', { class: 'nav-export', role: 'group', 'aria-label': 'Export' }, h('span', { class: 'muted' }, 'Export'),
        h('button', { type: 'button', 'data-export': 'json', title: 'Download the whole analysis (the Report) as JSON',
          onclick: () => onExport('json') }, 'Report JSON'),
        this.csv));
    this.sections = [];
    this.lock = null;
    let queued = false;
    window.addEventListener('scroll', () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => { queued = false; this.spy(); });
    }, { passive: true });
    window.addEventListener('wheel', () => { this.lock = null; }, { passive: true });
    this.list.addEventListener('keydown', (e) => {
      const all = [...this.list.querySelectorAll('button')];
      let i = all.indexOf(e.target);
      if (i < 0) return;
      if (e.key === 'ArrowRight') i = (i + 1) % all.length;
      else if (e.key === 'ArrowLeft') i = (i - 1 + all.length) % all.length;
      else if (e.key === 'Home') i = 0;
      else if (e.key === 'End') i = all.length - 1;
      else return;
      e.preventDefault();
      all[i].focus();
    });
  }

  /** Sets the sections: [{key, label, el, compare?: boolean}] in page order (empty hides the bar). */
  set(sections, hasCoverage) {
    this.sections = sections;
    this.el.hidden = !sections.length;
    this.csv.disabled = !hasCoverage;
    const kids = [];
    sections.forEach((s, i) => {
      if (s.compare && !sections[i - 1]?.compare) kids.push(h('span', { class: 'nav-group', 'aria-hidden': 'true' }, 'Compare:'));
      s.button = h('button', { type: 'button', 'data-nav': s.key, 'aria-label': s.compare ? `Compare: ${s.label}` : s.label,
        onclick: () => this.go(s) }, s.label);
      kids.push(s.button);
    });
    this.list.replaceChildren(...kids);
    this.mark(sections[0]);
  }

  /** Marks the section whose top passed under the bar last (the first of a row of cards). */
  spy() {
    if (this.lock || !this.sections.length || this.el.hidden) return;
    const line = this.el.getBoundingClientRect().bottom + 24;
    let cur = this.sections[0];
    let top = -Infinity;
    for (const s of this.sections) {
      const t = s.el.getBoundingClientRect().top;
      if (t <= line && t > top + 1) { cur = s; top = t; }
    }
    const doc = document.documentElement;
    if (window.scrollY + window.innerHeight >= doc.scrollHeight - 2) {
      const last = this.sections[this.sections.length - 1];
      if (last.el.getBoundingClientRect().top < window.innerHeight) cur = last;
    }
    this.mark(cur);
  }

  mark(cur) {
    for (const s of this.sections) {
      if (s === cur) s.button.setAttribute('aria-current', 'true'); else s.button.removeAttribute('aria-current');
    }
  }

  go(s) {
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    clearTimeout(this.unlock);
    this.lock = s; // the clicked section stays current while the page scrolls to it
    this.unlock = setTimeout(() => { this.lock = null; }, 1200);
    s.el.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
    s.el.querySelector('h2, h3')?.focus({ preventScroll: true });
    this.mark(s);
  }
}
