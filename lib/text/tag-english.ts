import winkNLP, { type ItsFunction } from "wink-nlp";
import model from "wink-eng-lite-web-model";

/** One word as the English model reads it: its lemma, part of speech, the words as written, and whether it is a stop word. */
export type TaggedWord = { lemma: string; pos: string; surface: string; stop: boolean };

/**
 * English part-of-speech tagging and lemmatisation with wink-nlp and its small English model, both
 * shipped through npm: the model is bundled data read once when this module loads (no network, no
 * download), and tagging is deterministic and does no I/O. Only the theme analysis uses it
 * (lib/domain/insight takes it as a parameter, so the pure rules stay pure and testable).
 */
let nlp: ReturnType<typeof winkNLP> | null = null;

function reader() {
  nlp ??= winkNLP(model, ["pos"]);
  return nlp;
}

export function tagEnglish(text: string): TaggedWord[] {
  const instance = reader();
  const its = instance.its;
  const tokens = instance.readDoc(text).tokens();
  // wink-nlp's types give its.lemma a signature out() does not accept; it is a token function like the others.
  const lemmas = tokens.out(its.lemma as unknown as ItsFunction<string>);
  const pos = tokens.out(its.pos);
  const value = tokens.out(its.value);
  const stop = tokens.out(its.stopWordFlag);
  return lemmas.map((lemma, index) => ({ lemma: lemma.toLowerCase(), pos: pos[index] ?? "X", surface: value[index] ?? lemma, stop: Boolean(stop[index]) }));
}
