// Node (vitest e2e): fails the run once, with what to install, when there is no browser that can load the extension.
import { findBrowser } from './find-browser';

export default function setup(): void {
  const found = findBrowser();
  if (!found.ok) throw new Error(found.message);
}
