// Content script (Gmail page): every Gmail selector in one place; each names the fixture that proves it.
// "real" = the shared real captures (js-min gmail-2020-compose-dialog.html); "thread" = tests/fixtures/webmail/gmail-thread.html,
// rebuilt on today's structure from the DOM notes' "Update" section (InboxSDK, gmail.js); "legacy" = gmail-thread-legacy.html,
// the older shape (bodies only, bar outside the list items). Hypotheses until checked live.

export const GMAIL = {
  /** thread, legacy — the conversation area. */
  main: '[role=main]',
  /** thread (.a98.iY), legacy (.if) — the visible thread view; list rows elsewhere on the page carry thread ids too. */
  view: '.a98.iY, .if',
  /** thread, legacy — subject heading, also the thread ids' carrier; emoji inside are img[data-emoji]. */
  subject: 'h2.hP',
  /** thread — the message list: one [role=listitem] per message (and one for an inline reply). */
  list: '[role=list]',
  item: '[role=listitem]',
  /** thread — state classes on the list item: expanded, collapsed, hidden behind the "N older messages" bar. */
  expanded: '.h7',
  collapsed: '.kv, .ky',
  hidden: '.kQ, .kx',
  /** thread, legacy — an opened message (a reply just sent may have only data-message-id). */
  message: 'div.adn[data-message-id]',
  /** thread — the header of a collapsed message that was never opened (no body, no message id). */
  header: '.adf',
  /** thread (inside a .kQ item), legacy (own list item) — the "N older messages" bar; the count is in a span. */
  olderBar: '.adx',
  /** thread, legacy — sender with email/name attributes (in .adn and in .adf headers). */
  sender: '.gD[email]',
  /** thread, legacy — recipients. */
  recipient: '.g2[email], .hb span[email]',
  /** thread, legacy — full date in the title attribute. */
  date: '.g3[title]',
  /** thread, legacy — message body (div.ii.gt is its wrapper). */
  body: '.a3s',
  /** thread — "View entire message": Gmail clipped a long message. */
  clipped: '.iX a',
  /** hypothesis (known Gmail markup, no fixture): the "show trimmed content" button and trimmed copy inside a body. */
  bodyChrome: '.yj6qo, .adL > .adm',
  /** thread, legacy — snippet shown for a collapsed message. */
  snippet: '.iA.g6, .snippet',
  /** thread (gmail_quote_container, Outlook's #divRplyFwdMsg, plain blockquote), legacy, gmail-popout.html: quoted history. */
  quote: '.gmail_quote, blockquote, .gmail_extra, [id$=divRplyFwdMsg], [id$=appendonsend]',
  /** thread — signature block. */
  signature: '.gmail_signature, .gmail_signature_prefix, [data-smartmail=gmail_signature]',
  /** real: gmail-2020-compose-dialog.html — the rich editor, NOT textarea.Ak which has the same aria-label. */
  editor: 'div[contenteditable=true][g_editable=true][role=textbox]',
  /** real — compose container (inline reply or dialog). */
  compose: '.M9',
  /** real — pop-out/new-message dialog. */
  dialog: '[role=dialog]',
  /** real — hidden inputs identifying the compose; an unsaved one holds the literal "undefined". */
  composeIdInput: 'input[name=composeid]',
  draftIdInput: 'input[name=draft]',
  subjectInput: 'input[name=subjectbox], input[name=subject]',
  /** thread — the account button ("Google Account: Name (email)"). */
  account: 'a[aria-label^="Google Account"], [aria-label*="@"][href*="accounts.google.com"]',
  /** thread — "Expand all" in the thread toolbar: its icon is language-free (InboxSDK: img.gx in a role=button). */
  expandAllIcon: 'img.gx',
} as const;

/** thread — Reply buttons by tooltip or label, English first, then the UI languages we support.
 * A prefix match also finds "Reply all"; insert.ts prefers the button whose label is exactly `label`. */
export const GMAIL_REPLY_LABELS = ['Reply', 'Svara', 'Antworten', 'Répondre', 'Responder', 'השב'];
export const GMAIL_REPLY_LABEL_ATTRS = ['data-tooltip', 'aria-label'];
export const gmailReplyButton = (label: string) => `[role=button][data-tooltip^="${label}"], [role=button][aria-label^="${label}"]`;
/** thread — "Expand all" by label when its icon is missing (en, sv, de, fr, es, he). Only the icon and the English label
 * come from a source (InboxSDK); the translations are hypotheses, and "Read the whole thread" falls back to the bar. */
export const GMAIL_EXPAND_ALL = ['Expand all', 'Expandera alla', 'Alle maximieren', 'Tout développer', 'Expandir todo', 'הרחב הכול'];
