// Node only (CLI, tests): loads a saved webmail page into a happy-dom window at its real URL, with scripts and network off.
import { Window } from 'happy-dom';

export interface LoadedPage {
  window: Window;
  document: Document;
  close(): Promise<void>;
}

/** Parses `html` (scripts never run) and installs it as the document of a window whose location is `url`. */
export function loadPage(html: string, url: string): LoadedPage {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true, disableFallbackToSetURL: true },
    },
  });
  const doc = window.document as unknown as Document;
  // DOMParser + adoptNode builds nodes; no HTML string is ever assigned to a live document. Adopting moves
  // the parsed tree where importNode would clone it, recursively: a page nested 2,000 deep overflowed the stack.
  const parsed = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const imported = doc.adoptNode(parsed.documentElement);
  doc.removeChild(doc.documentElement);
  doc.appendChild(imported);
  return { window, document: doc, close: () => window.happyDOM.close() };
}
