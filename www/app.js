// The Parallax demo site: loads the demo corpus into <parallax-compare> and lets the reader
// add, replace or remove articles (pasted text/HTML or dropped .txt/.html files).
// Nothing is uploaded: files are read with FileReader and analysed in a Web Worker.

import './widget/parallax-compare.js';

const MAX_FILE_BYTES = 20 * 1024 * 1024;
const $ = (sel) => document.querySelector(sel);
const px = $('#px');
const app = $('#app');
let articles = [];
let nextUser = 1;

function el(tag, props, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const k of kids) e.append(k instanceof Node ? k : document.createTextNode(String(k)));
  return e;
}

function say(text, bad = false, ...extra) {
  const m = $('#panel-msg');
  m.replaceChildren(text, ...extra);
  m.classList.toggle('bad', bad);
}

let justAdded = null; // id of the article added or replaced last, until its analysis arrives

/** True when a pasted string looks like HTML markup rather than plain text. */
export function looksLikeHtml(s) {
  const t = s.trimStart().slice(0, 4000);
  if (/^<!doctype html|^<html[\s>]/i.test(t)) return true;
  const tags = t.match(/<\/?(html|head|body|div|p|span|article|section|main|header|footer|nav|h[1-6]|br|a|img|script|style|ul|ol|li|table|figure|meta|link|em|strong|b|i)\b[^<>]*>/gi);
  return !!tags && tags.length >= 1;
}

function update() {
  px.articles = articles;
  renderList();
}

function nameOf(a, i) {
  return a.source || a.title || `Article ${i + 1}`;
}

function renderList() {
  const list = $('#article-list');
  const replace = $('#paste-replace');
  const keep = replace.value;
  list.replaceChildren(...articles.map((a, i) => {
    const size = (a.text ?? a.html ?? '').length;
    return el('li', { 'data-id': a.id }, el('div', { class: 'row' },
      el('span', { class: 'what' }, el('strong', { text: nameOf(a, i) }),
        el('span', { class: 'kind', text: `${a.html != null ? 'HTML' : 'text'} · ${size.toLocaleString()} characters` })),
      el('button', { type: 'button', class: 'small', 'aria-label': `Remove ${nameOf(a, i)}`,
        onclick: () => { articles = articles.filter((x) => x.id !== a.id); say(`Removed ${nameOf(a, i)}.`); update(); } }, 'Remove')));
  }));
  replace.replaceChildren(el('option', { value: '' }, 'A new article'),
    ...articles.map((a, i) => el('option', { value: a.id }, `Replacement for ${i + 1}. ${nameOf(a, i)}`)));
  replace.value = articles.some((a) => a.id === keep) ? keep : '';
  $('#article-count').textContent = `${articles.length} article${articles.length === 1 ? '' : 's'} loaded`;
}

/** Adds (or replaces, when `replaceId` is set) one article. */
function put({ content, isHtml, source, title }, replaceId) {
  const a = { id: replaceId || `user-${nextUser++}`, source: source || undefined, title: title || undefined };
  if (isHtml) a.html = content; else a.text = content;
  const i = replaceId ? articles.findIndex((x) => x.id === replaceId) : -1;
  if (i >= 0) articles = articles.map((x, k) => (k === i ? a : x));
  else articles = [...articles, a];
  return a;
}

async function loadDemo() {
  say('Loading the demo articles…');
  try {
    const res = await fetch('corpus/index.json');
    if (!res.ok) throw new Error(`corpus/index.json: HTTP ${res.status}`);
    const index = await res.json();
    const texts = await Promise.all(index.articles.map(async (a) => {
      const r = await fetch(`corpus/${encodeURIComponent(a.file)}`);
      if (!r.ok) throw new Error(`${a.file}: HTTP ${r.status}`);
      return r.text();
    }));
    articles = index.articles.map((a, i) => {
      const out = { id: a.id, source: a.source };
      if (/\.html?$/i.test(a.file)) out.html = texts[i]; else out.text = texts[i];
      if (a.title) out.title = a.title;
      return out;
    });
    nextUser = 1;
    say(`Loaded ${articles.length} demo articles: ${index.title || 'demo corpus'}.`);
    update();
  } catch (e) {
    say(`Could not load the demo articles (${e.message}). Paste or drop your own.`, true);
    articles = [];
    update();
  }
}

function readFile(file) {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error || new Error('read failed'));
    r.readAsText(file);
  });
}

async function addFiles(files) {
  const list = [...files];
  let replaceId = $('#paste-replace').value || null;
  const added = [];
  for (const f of list) {
    if (!/\.(txt|html?|text)$/i.test(f.name) && !/^text\/(plain|html)/.test(f.type)) {
      say(`Skipped ${f.name}: only .txt and .html files are supported.`, true);
      continue;
    }
    if (f.size > MAX_FILE_BYTES) { say(`Skipped ${f.name}: larger than 20 MB.`, true); continue; }
    try {
      const content = await readFile(f);
      const isHtml = /\.html?$/i.test(f.name) || f.type === 'text/html';
      const source = $('#paste-source').value.trim() || f.name.replace(/\.[^.]+$/, '');
      const a = put({ content, isHtml, source }, replaceId);
      if (!added.length) justAdded = a.id;
      replaceId = null; // only the first file replaces
      added.push(f.name);
    } catch (e) {
      say(`Could not read ${f.name}: ${e.message}`, true);
    }
  }
  if (added.length) {
    say(`Added ${added.join(', ')}.`);
    $('#paste-source').value = '';
    update();
  }
}

function setup() {
  const text = $('#paste-text');
  const format = $('#paste-format');
  const detected = $('#format-detected');
  const showDetected = () => {
    detected.textContent = format.value === 'auto' && text.value.trim()
      ? `Looks like ${looksLikeHtml(text.value) ? 'HTML' : 'plain text'}.` : '';
  };
  text.addEventListener('input', showDetected);
  format.addEventListener('change', showDetected);

  $('#add-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const content = text.value;
    if (!content.trim()) { say('Paste some text or HTML first.', true); text.focus(); return; }
    const isHtml = format.value === 'html' || (format.value === 'auto' && looksLikeHtml(content));
    const replaceId = $('#paste-replace').value || null;
    const a = put({ content, isHtml, source: $('#paste-source').value.trim(), title: $('#paste-title').value.trim() }, replaceId);
    say(`${replaceId ? 'Replaced' : 'Added'} ${a.source || 'the article'} (${isHtml ? 'HTML' : 'text'}). Analysing…`);
    justAdded = a.id;
    text.value = '';
    $('#paste-replace').value = '';
    $('#add-article').textContent = 'Add article';
    $('#paste-source').value = '';
    $('#paste-title').value = '';
    showDetected();
    update();
  });
  $('#paste-replace').addEventListener('change', (e) => {
    $('#add-article').textContent = e.target.value ? 'Replace article' : 'Add article';
  });
  $('#reset-demo').addEventListener('click', () => loadDemo());
  $('#clear-all').addEventListener('click', () => { articles = []; say('Removed all articles.'); update(); });

  const drop = $('#drop-zone');
  const input = $('#file-input');
  drop.addEventListener('click', () => input.click());
  drop.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); input.click(); }
  });
  input.addEventListener('change', () => { addFiles(input.files); input.value = ''; });
  for (const t of ['dragenter', 'dragover']) {
    drop.addEventListener(t, (e) => { e.preventDefault(); drop.classList.add('over'); });
  }
  for (const t of ['dragleave', 'drop']) drop.addEventListener(t, () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => { e.preventDefault(); if (e.dataTransfer?.files?.length) addFiles(e.dataTransfer.files); });
  // A file dropped elsewhere on the page must not navigate away from it.
  window.addEventListener('dragover', (e) => e.preventDefault());
  window.addEventListener('drop', (e) => e.preventDefault());

  for (const type of ['parallax-ready', 'parallax-error', 'parallax-progress']) {
    px.addEventListener(type, () => { app.dataset.state = px.dataset.state || ''; });
  }
  px.addEventListener('parallax-error', (e) => say(`Analysis failed: ${e.detail.message}`, true));
  px.addEventListener('parallax-ready', () => {
    const id = justAdded;
    justAdded = null;
    const i = id ? articles.findIndex((a) => a.id === id) : -1;
    if (i >= 0) {
      // Say where the new article is, and take the reader there (the panel fills the screen).
      say(`Analysis updated: ${nameOf(articles[i], i)} is article ${i + 1} of ${articles.length}. `, false,
        el('button', { type: 'button', class: 'small', 'data-show': id, onclick: () => px.showArticle(id) }, 'Show it'));
    } else if (/Analysing/.test($('#panel-msg').textContent)) say('Analysis updated.');
  });
  px.addEventListener('parallax-error', () => { justAdded = null; });
  new MutationObserver(() => { app.dataset.state = px.dataset.state || ''; })
    .observe(px, { attributes: true, attributeFilter: ['data-state'] });
  if (!articles.length) $('#add-details').open = false;
}

setup();
loadDemo();
