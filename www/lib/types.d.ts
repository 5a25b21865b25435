// The JSON contract of Parallax (see DESIGN.md / src/report.rs, the source of truth).
// Every start/end is a UTF-16 offset into the article text: text.slice(start, end).

export interface Input {
  articles: ArticleInput[];
  /** Targets to track; auto-detected when absent or empty. */
  targets?: string[];
  options?: Options;
}

export interface ArticleInput {
  id: string;
  /** Plain text (exactly one of text / html). */
  text?: string | null;
  /** HTML page (exactly one of text / html); parsed, never executed. */
  html?: string | null;
  source?: string | null;
  title?: string | null;
  url?: string | null;
  published?: string | null;
}

export interface Options {
  /** Most targets to auto-detect (default 6). */
  maxTargets?: number;
  /** Skip the comparison block. */
  skipComparison?: boolean;
}

export type StanceLabel = "favor" | "against" | "none";
export type CueKind = "loaded" | "evaluative" | "hedge" | "booster" | "report" | "negation" | "contrast";
export type SentenceKind = "body" | "title" | "byline" | "caption" | "heading" | "list_item";
export type Flag = "loaded" | "opinion" | "hedged" | "attributed";

export interface Report {
  version: 1;
  targets: Target[];
  articles: ArticleReport[];
  comparison: Comparison;
}

export interface Target { id: string; label: string; aliases: string[]; auto: boolean }

export interface ArticleReport {
  id: string;
  source: string | null;
  title: string | null;
  byline: string | null;
  published: string | null;
  /** "en", or "other" when the text does not look English (cues are English-only). */
  language: "en" | "other";
  /** For HTML input only: the extracted text that this article's offsets refer to. */
  text?: string;
  removed: { start: number; end: number; reason: string }[];
  sentences: Sentence[];
  quotes: { start: number; end: number; speaker: string | null; verb: string | null }[];
  stance: ArticleStance[];
  metrics: { words: number; sentences: number; subjectivity: number; hedging: number; quoteShare: number };
}

export interface Sentence {
  start: number;
  end: number;
  kind: SentenceKind;
  subjectivity: number;
  flags: Flag[];
  stance: { target: string; label: StanceLabel; score: number; holder: string }[];
  cues: Cue[];
}

export interface Cue { start: number; end: number; kind: CueKind; polarity: number; weight: number; note: string }

export interface ArticleStance {
  target: string; label: StanceLabel; score: number; favor: number; against: number; none: number;
}

export interface Comparison {
  /** Article × article, 0 … 1; empty above 500 articles. */
  /** Article × article, 0 … 1; empty above 500 articles. */
  similarity: number[][];
  /** Pairs of articles sharing reused text, ordered by (a, b): for each article at most its
   *  10 strongest partners (REUSE_PARTNERS in src/compare/reuse.rs; strength
   *  max(shareA, shareB), a pair stays when it is among the 10 strongest of either article),
   *  so at most 10 × n pairs. */
  reuse: { a: string; b: string; shareA: number; shareB: number;
           spans: { aStart: number; aEnd: number; bStart: number; bEnd: number }[] }[];
  claims: { id: string; label: string; members: { article: string; sentence: number }[]; sources: number }[];
  unique: Record<string, number[]>;
  terms: Record<string, { term: string; score: number }[]>;
  voices: { name: string; articles: Record<string, number> }[];
}

/** An Error thrown by analyze(), with a stable code such as "E_TEXT_OR_HTML". */
export interface ParallaxError extends Error {
  code: "E_NO_ARTICLES" | "E_TEXT_OR_HTML" | "E_BAD_ID" | "E_TOO_LARGE" | "E_TOO_MANY_ARTICLES"
      | "E_INVALID_INPUT" | "E_NOT_INITIALIZED" | "E_WORKER_CRASHED" | "E_WORKER_BLOCKED" | string;
  article?: string;
}
