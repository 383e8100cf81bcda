// Content script (Outlook on the web): every Outlook selector in one place; roles, aria-labels and data-* only
// (class names are generated). No real OWA HTML capture is public: the fixture named for each selector is
// tests/fixtures/webmail/outlook-*.html, built from the DOM notes and a live ARIA capture
// (gabeosx/outlook-web-skill references/outlook-ui.md, 2026-04-10). Treat them as hypotheses until checked live.

/** Localised labels, keyed by UI language (en, sv, de, fr, he, es). */
export const OUTLOOK_LABELS = {
  messageBody: ['Message body', 'Meddelandetext', 'Nachrichtentext', 'Corps du message', 'גוף ההודעה', 'Cuerpo del mensaje'],
  readingPane: ['Reading Pane', 'Läsfönster', 'Lesebereich', 'Volet de lecture', 'חלונית קריאה', 'Panel de lectura'],
  reply: ['Reply', 'Svara', 'Antworten', 'Répondre', 'השב', 'Responder'],
  from: ['From', 'Från', 'Von', 'De', 'מאת', 'De'],
  to: ['To', 'Till', 'An', 'À', 'אל', 'Para'],
  cc: ['Cc', 'Kopia', 'Cc', 'Cc', 'עותק', 'CC'],
  accountManager: ['Account manager for', 'Kontohanteraren för', 'Konto-Manager für', 'Gestionnaire de comptes pour', 'מנהל החשבונות עבור', 'Administrador de cuentas de'],
} as const;

const any = (tpl: (label: string) => string, labels: readonly string[]) => [...new Set(labels)].map(tpl).join(', ');
const EDITOR = 'div[role=textbox][contenteditable=true][aria-multiline=true]';
const BUTTON = 'button, [role=button]';

export const OUTLOOK = {
  /** outlook-thread.html, outlook-inbox.html — reading pane (empty when nothing is selected). */
  readingPane: `${any((l) => `main[aria-label="${l}"]`, OUTLOOK_LABELS.readingPane)}, [role=main]`,
  /** outlook-thread.html — the conversation. */
  conversation: '[data-app-section="ConversationContainer"]',
  /** outlook-thread.html — each message body. */
  body: any((l) => `[role=document][aria-label^="${l}"]`, OUTLOOK_LABELS.messageBody),
  /** outlook-thread.html — a collapsed message (header and snippet, no body). */
  collapsedItem: '[aria-expanded="false"]',
  /** outlook-thread.html — subject, From:, To:, date headings. */
  heading: '[role=heading][aria-level="3"], [role=heading][aria-level="2"]',
  /** outlook-thread.html — the selected conversation in the list. */
  selectedConversation: '[role=option][aria-selected=true][data-convid]',
  /** outlook-thread.html — sent/received time. */
  time: '[data-testid="SentReceivedSavedTime"]',
  /** outlook-thread.html, outlook-popout.html — the compose editor (roosterjs). */
  editor: any((l) => `${EDITOR}[aria-label^="${l}"]`, OUTLOOK_LABELS.messageBody),
  /** Fallback when the editor's label is in a language we do not list. */
  editorAnyLanguage: EDITOR,
  /** outlook-thread.html — compose form. */
  composeForm: '[data-app-section="Form_Content"]',
  /** outlook-thread.html — quoted original in a reply, and the signature block. */
  quote: '[id$="divRplyFwdMsg"], [id$="appendonsend"], blockquote, .gmail_quote',
  signature: '#Signature, [id^="Signature"], [id$="_Signature"]',
  /** outlook-popout.html — subject field of a compose form. */
  subjectInput: 'input[aria-label="Subject"], input[aria-label="Add a subject"], input[name="subject"]',
  /** outlook-thread.html — account manager button. */
  account: `${any((l) => `[aria-label^="${l}"]`, OUTLOOK_LABELS.accountManager)}, #mectrl_currentAccount_secondary, #mectrl_currentAccount_primary`,
  /** outlook-thread.html — person buttons in From:/To: headings (the address may be in the title). */
  person: BUTTON,
  /** outlook-thread.html — controls that carry aria-expanded but are not collapsed messages ("Reactions"). */
  control: `${BUTTON}, [role=menuitem]`,
  /** outlook-thread.html — a sender shown as a name with the address in its title (collapsed headers). */
  titledPerson: '[title*="@"]',
  /** outlook-thread.html — titles, one of which holds the full date when no date heading is shown. */
  titled: '[title]',
  /** outlook-thread.html — snippet of a collapsed message. */
  snippet: '[data-snippet], [aria-label="Preview"]',
  /** outlook-thread.html — conversation id on an ancestor of the conversation. */
  convId: '[data-convid]',
  /** outlook-thread.html, outlook-popout.html — compose id on an ancestor of the editor. */
  composeId: '[data-compose-id]',
  /** outlook-thread.html, outlook-inbox.html — message list entries (absent in a pop-out window). */
  listItem: '[role=listbox] [role=option]',
  /** outlook-popout.html — a pop-out window's page references the owamail bundle. */
  popoutMarker: 'link[href*="owamail"], meta[content*="owamail"], script[src*="owamail"]',
} as const;

/** outlook-thread.html — Reply buttons; a prefix match also finds "Reply all", so insert.ts prefers the exact label. */
export const outlookReplyButton = (label: string) => `button[aria-label^="${label}"], [role=menuitem][aria-label^="${label}"]`;
