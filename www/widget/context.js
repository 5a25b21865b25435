// The render context of one Report: article texts, unique display names, id → index, and
// what the note says about a sentence (shared claim or unique). Shared by every view.

/** Display names, numbered when two articles share one: "X (1)", "X (2)". */
export function uniqueNames(names) {
  const seen = new Map();
  for (const n of names) seen.set(n, (seen.get(n) || 0) + 1);
  const k = new Map();
  return names.map((n) => {
    if (seen.get(n) < 2) return n;
    k.set(n, (k.get(n) || 0) + 1);
    return `${n} (${k.get(n)})`;
  });
}

/** The context every renderer gets; `input` is the Input the report was made from. */
export function buildContext(report, input, targetId) {
  const texts = report.articles.map((a, i) => a.text ?? input.articles[i]?.text ?? '');
  const names = uniqueNames(report.articles.map((a, i) => a.source || input.articles[i]?.source || a.title || `Article ${i + 1}`));
  const index = new Map(report.articles.map((a, i) => [a.id, i]));
  const uniq = new Set();
  for (const [id, list] of Object.entries(report.comparison?.unique || {})) for (const i of list) uniq.add(`${index.get(id)}:${i}`);
  const claimOf = new Map();
  for (const c of report.comparison?.claims || []) for (const m of c.members) claimOf.set(`${index.get(m.article)}:${m.sentence}`, c);
  const ctx = {
    report, texts, names, targetId,
    inputTitles: report.articles.map((_, i) => input.articles[i]?.title),
    indexOf: (id) => (index.has(id) ? index.get(id) : -1),
    sentenceInfo: (ai, i) => {
      const c = claimOf.get(`${ai}:${i}`);
      if (c) {
        const others = [...new Set(c.members.map((m) => index.get(m.article)).filter((x) => x !== ai))].map((x) => names[x]);
        return `Shared claim, also in: ${others.join(', ') || 'no other outlet'}.`;
      }
      return uniq.has(`${ai}:${i}`) ? 'Only this article carries this sentence.' : null;
    },
  };
  return ctx;
}
