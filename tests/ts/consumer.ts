// A typed consumer of the package API: `tsc --noEmit` must accept this file.
import { init, analyze, type Input, type Report, type Cue, type ParallaxError } from "../../www/lib/index.js";

async function main(): Promise<void> {
  await init();
  const input: Input = {
    articles: [{ id: "a", text: "The plan is reckless.", source: "Daily A" }, { id: "b", html: "<p>Fine plan.</p>" }],
    targets: ["plan"],
    options: { maxTargets: 4 },
  };
  try {
    const report: Report = analyze(input);
    const cues: Cue[] = report.articles.flatMap((a) => a.sentences.flatMap((s) => s.cues));
    const kinds: string[] = cues.map((c) => c.kind);
    const first = report.articles[0];
    const stance: "favor" | "against" | "none" | undefined = first.stance[0]?.label;
    const share: number | undefined = report.comparison.reuse[0]?.shareA;
    const voices: Record<string, number> | undefined = report.comparison.voices[0]?.articles;
    console.log(kinds, stance, share, voices, first.metrics.quoteShare, first.text ?? "");
  } catch (e) {
    const err = e as ParallaxError;
    console.error(err.code, err.message);
  }
}
void main();
