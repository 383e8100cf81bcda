// Content script (Outlook on the web): every Outlook selector in one place; roles, aria-labels, ids and data-* only
// (class names are generated). No real OWA HTML capture is public: the fixture named for each selector is
// tests/fixtures/webmail/outlook-*.html, rebuilt on the 2026 structure from the DOM notes' "Update" section (Mailvelope,
// Briskine, the live ARIA capture gabeosx/outlook-web-skill references/outlook-ui.md, 2026-04-10): "thread" =
// outlook-thread.html, "cloud" = outlook-thread-cloud.html (outlook.cloud.microsoft build, Swedish UI), "legacy" =
// outlook-thread-legacy.html (the earlier guess: "From:" in the heading text). Hypotheses until checked live.

/** Localised labels, keyed by UI language (en, sv, de, fr, he, es). */
export const OUTLOOK_LABELS = {
  messageBody: ['Message body', 'Meddelandetext', 'Nachrichtentext', 'Corps du message', 'גוף ההודעה', 'Cuerpo del mensaje'],
  readingPane: ['Reading Pane', 'Läsfönster', 'Lesebereich', 'Volet de lecture', 'חלונית קריאה', 'Panel de lectura'],
  reply: ['Reply', 'Svara', 'Antworten', 'Répondre', 'השב', 'Responder'],
  from: ['From', 'Från', 'Von', 'De', 'מאת'],
  to: ['To', 'Till', 'An', 'À', 'אל', 'Para'],
  cc: ['Cc', 'Kopia', 'עותק'],
  accountManager: ['Account manager for', 'Kontohanteraren för', 'Konto-Manager für', 'Gestionnaire de comptes pour', 'מנהל החשבונות עבור', 'Administrador de cuentas de'],
  /** Settings' signature editor is a rich editor too: never insert there. */
  signature: ['Signature', 'Signatur', 'Firma', 'חתימה', 'E-mail signature', 'Email signature'],
} as const;

const any = (tpl: (label: string) => string, labels: readonly string[]) => labels.map(tpl).join(', ');
const EDITOR = 'div[role=textbox][contenteditable=true][aria-multiline=true]';
const BUTTON = 'button, [role=button]';

export const OUTLOOK = {
  /** thread, cloud, outlook-inbox.html — reading pane (empty when nothing is selected). */
  readingPane: `${any((l) => `main[aria-label="${l}"]`, OUTLOOK_LABELS.readingPane)}, [role=main]`,
  /** thread, cloud — the conversation. */
  conversation: '[data-app-section="ConversationContainer"]',
  /** thread, cloud — each message body; the id prefix is the language-free fallback. */
  body: `${any((l) => `[role=document][aria-label^="${l}"]`, OUTLOOK_LABELS.messageBody)}, [id^=UniqueMessageBody]`,
  /** thread, cloud — a collapsed message: an [aria-expanded=false] wrapper holding the time stamp but no body. */
  collapsedItem: '[aria-expanded="false"]',
  /** thread, cloud — sent/received time; also marks collapsed items. */
  time: '[data-testid="SentReceivedSavedTime"]',
  /** thread, cloud, legacy — subject, From:, To:, date headings. */
  heading: '[role=heading][aria-level="3"], [role=heading][aria-level="2"]',
  /** thread, cloud — anything labelled; the sender is the element whose aria-label starts with the localised "From:". */
  labelled: '[aria-label]',
  /** thread — the selected conversation in the list. */
  selectedConversation: '[role=option][aria-selected=true][data-convid]',
  /** thread, outlook-popout.html — the compose editor (roosterjs). */
  editor: any((l) => `${EDITOR}[aria-label^="${l}"]`, OUTLOOK_LABELS.messageBody),
  /** Fallback when the editor's label is in a language we do not list (never inside a dialog: Settings is one). */
  editorAnyLanguage: EDITOR,
  dialog: '[role=dialog]',
  /** thread — compose form. */
  composeForm: '[data-app-section="Form_Content"]',
  /** thread, cloud — quoted original in a reply (rendered mail prefixes ids and classes with x_), and the signature block. */
  quote: '[id$="divRplyFwdMsg"], [id$="appendonsend"], blockquote, .gmail_quote, .x_gmail_quote',
  signature: '#Signature, [id^="Signature"], [id$="_Signature"], .gmail_signature, .x_gmail_signature',
  /** outlook-popout.html — subject field of a compose form. */
  subjectInput: 'input[aria-label="Subject"], input[aria-label="Add a subject"], input[name="subject"]',
  /** thread — account manager button; older builds also name the account in hidden #mectrl_* nodes. */
  account: `${any((l) => `[aria-label^="${l}"]`, OUTLOOK_LABELS.accountManager)}, #mectrl_currentAccount_secondary, #mectrl_currentAccount_primary`,
  /** thread, cloud — the user's mailbox root in the folder tree (Mailvelope): the address in data-folder-name or title. */
  mailboxRoot: '[id^=primaryMailboxRoot_]',
  /** thread, legacy — person buttons in To: headings (the address may be in the title). */
  person: BUTTON,
  /** thread, cloud — snippet of a collapsed message. */
  snippet: '[data-snippet], [aria-label="Preview"]',
  /** thread — conversation id on an ancestor of the conversation. */
  convId: '[data-convid]',
  /** thread, outlook-popout.html — compose id on an ancestor of the editor. */
  composeId: '[data-compose-id]',
  /** thread, outlook-inbox.html — message list entries (absent in a pop-out window). */
  listItem: '[role=listbox] [role=option]',
  /** outlook-popout.html, custom-domain pages — OWA's own bundle and CDN references (Briskine: cdn.office.net). */
  owaMarker: '[href*="owamail"], [src*="owamail"], meta[content*="owamail"], [href*=".cdn.office.net"], [src*=".cdn.office.net"], meta[content*=".cdn.office.net"]',
} as const;

/** thread — Reply buttons; a prefix match also finds "Reply all", so insert.ts prefers the exact label. */
export const outlookReplyButton = (label: string) => `button[aria-label^="${label}"], [role=menuitem][aria-label^="${label}"]`;
