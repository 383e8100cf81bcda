// Content script (Gmail page): every Gmail selector in one place; each names the fixture that proves it.
// "real" = /work/shared/fixtures/real-webmail/js-min/gmail-2020-compose-dialog.html (captured Gmail markup);
// "ours" = tests/fixtures/webmail/gmail-*.html (hand-built from the DOM notes; hypotheses until checked live).

export const GMAIL = {
  /** ours: gmail-thread.html — the conversation area. */
  main: '[role=main]',
  /** ours: gmail-thread.html — subject heading; emoji inside are img[data-emoji]. */
  subject: 'h2.hP',
  /** ours: gmail-thread.html — stable thread id, perm id preferred over the legacy hex id. */
  threadPermId: '[data-thread-perm-id]',
  threadLegacyId: '[data-legacy-thread-id]',
  /** ours: gmail-thread.html — one element per message, expanded or collapsed. */
  message: 'div.adn[data-message-id]',
  /** ours: gmail-thread.html — collapsed (.kv/.ky) and hidden (.kQ/.kx) message states. */
  collapsed: '.kv, .ky, .kQ, .kx',
  /** ours: gmail-thread.html — the "N older messages" bar. */
  olderBar: '.adx',
  /** ours: gmail-thread.html — sender with email/name attributes. */
  sender: '.gD[email]',
  /** ours: gmail-thread.html — recipients. */
  recipient: '.g2[email], .hb span[email]',
  /** ours: gmail-thread.html — full date in the title attribute. */
  date: '.g3[title]',
  /** ours: gmail-thread.html — message body (div.ii.gt is its older wrapper). */
  body: '.a3s',
  /** no fixture yet (hypothesis from known Gmail markup): the "show trimmed content" button and trimmed copy inside a body. */
  bodyChrome: '.yj6qo, .adL > .adm',
  /** ours: gmail-thread.html — snippet shown for a collapsed message. */
  snippet: '.iA.g6, .snippet',
  /** ours: gmail-thread.html (message bodies) and gmail-popout.html (drafts): quoted history. */
  quote: '.gmail_quote, blockquote[type=cite], .gmail_extra',
  /** ours: gmail-thread.html — signature block. */
  signature: '.gmail_signature, .gmail_signature_prefix, [data-smartmail=gmail_signature]',
  /** real: gmail-2020-compose-dialog.html — the rich editor, NOT textarea.Ak which has the same aria-label. */
  editor: 'div[contenteditable=true][g_editable=true][role=textbox]',
  /** real: gmail-2020-compose-dialog.html — compose container (inline reply or dialog). */
  compose: '.M9',
  /** real: gmail-2020-compose-dialog.html — pop-out/new-message dialog. */
  dialog: '[role=dialog]',
  /** real: gmail-2020-compose-dialog.html — hidden inputs identifying the compose. */
  composeIdInput: 'input[name=composeid]',
  draftIdInput: 'input[name=draft]',
  subjectInput: 'input[name=subjectbox]',
  /** ours: gmail-thread.html — the account button ("Google Account: Name (email)"). */
  account: 'a[aria-label^="Google Account"], [aria-label*="@"][href*="accounts.google.com"]',
} as const;

/** ours: gmail-thread.html — Reply buttons by tooltip or label, English first, then the UI languages we support.
 * A prefix match also finds "Reply all"; insert.ts prefers the button whose label is exactly `label`. */
export const GMAIL_REPLY_LABELS = ['Reply', 'Svara', 'Antworten', 'Répondre', 'Responder', 'השב'];
export const GMAIL_REPLY_LABEL_ATTRS = ['data-tooltip', 'aria-label'];
export const gmailReplyButton = (label: string) => `[role=button][data-tooltip^="${label}"], [role=button][aria-label^="${label}"]`;
