// Runs everywhere: the one compromise instance (with the dates plugin) and a parse shared by every detector.
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';

nlp.plugin(datesPlugin as never);

export { nlp };
export type Doc = ReturnType<typeof nlp>;

/** A message parsed once; detectors and extractors read `doc` and must not re-parse `text`. */
export interface Parsed {
  text: string;
  doc: Doc;
}

export function parse(text: string): Parsed {
  return { text, doc: nlp(text) };
}
