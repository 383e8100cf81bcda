// Runs everywhere: how extracted text is finished. Content scripts ship raw text (cleaning and date parsing
// would cost ~7 kB of their 20 kB budget); the side panel and the CLI finish it with finalize.ts.
import { squash } from './common';

export interface TextPost {
  /** Body text → body without quoted history and signature. */
  clean(text: string): string;
  /** Date as shown by the UI → ISO string or null. */
  date(raw: string | null | undefined): string | null;
}

/** Leaves text as extracted (already stripped of quote/signature ELEMENTS); dates stay as the UI shows them. */
export const RAW_POST: TextPost = {
  clean: (t) => t.trim(),
  date: (r) => (r && squash(r).slice(0, 64)) || null,
};

/** Cheap test for "this heading is a date/time", so raw mode can tell date headings from the subject. */
export const looksLikeDate = (t: string) => /\d{1,2}[:.]\d{2}|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}/.test(t);
