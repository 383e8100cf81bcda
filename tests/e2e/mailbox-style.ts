// Node (test and demo tooling): the look of the demo mailboxes, so the demo and the store screenshots show the panel
// beside something that reads as a mail client. Styling only: no markup the adapters read is added, hidden or moved.

export const GMAIL_CSS = `
body{margin:0;font:14px/1.45 Arial,'Liberation Sans',sans-serif;color:#1f1f1f;background:#f6f8fc}
#app>header{height:56px;display:flex;align-items:center;justify-content:space-between;padding:0 20px}
#app>header::before{content:'\\2709  Mail';font-size:20px;color:#444}
#app>header a{font-size:0;width:32px;height:32px;border-radius:50%;background:#8e24aa;display:inline-flex;align-items:center;justify-content:center;text-decoration:none}
#app>header a::after{content:'DL';font-size:13px;color:#fff}
.bkK{margin:0 12px 12px;background:#fff;border-radius:16px;min-height:calc(100vh - 68px);padding:4px 24px 24px;box-sizing:border-box}
.hP{font-size:22px;font-weight:400;margin:16px 0 8px}
.aHU>.Bk,.aHU>[role=listitem]{border-bottom:1px solid #eceff1;padding:10px 0}
table.cf{border-collapse:collapse;width:100%}
table.cf td{padding:0}
h3.iw{margin:0;font-size:14px}
.gD{font-weight:700}
.g3,.hb{color:#5f6368;font-size:12px}
.gH{text-align:right}
.a3s{margin-top:8px}
.gmail_quote{color:#5f6368;border-left:2px solid #dadce0;padding-left:10px;margin-top:8px}
.ams{display:inline-block;border:1px solid #747775;border-radius:18px;padding:6px 20px;margin-top:14px;cursor:pointer}
.aoI{border-radius:12px;box-shadow:0 1px 4px rgba(0,0,0,.25);padding:12px 16px;margin-top:10px;background:#fff}
.Ak{width:100%;height:0;border:0;padding:0;resize:none}
[g_editable]{min-height:140px;outline:none}
.gmail_signature{color:#5f6368;margin-top:8px}
.T-I{display:inline-block;background:#0b57d0;color:#fff;border-radius:18px;padding:8px 24px;margin-top:10px;font-weight:700}
table.zt{width:100%;border-collapse:collapse}
tr.zA td{padding:10px 8px;border-bottom:1px solid #eceff1;cursor:pointer}
tr.zA td:first-child{font-weight:700;width:180px}
`;

export const OUTLOOK_CSS = `
body{margin:0;font:14px/1.45 'Segoe UI',Arial,'Liberation Sans',sans-serif;color:#242424;background:#f0f0f0}
#app{display:grid;grid-template-columns:250px 1fr;grid-template-rows:48px 1fr;height:100vh}
#app>[role=banner]{grid-column:1/3;background:#0f6cbd;display:flex;justify-content:space-between;align-items:center;padding:0 14px}
#app>[role=banner]::before{content:'\\2709  Mail';color:#fff;font-size:16px;font-weight:600}
#app>[role=banner]>button{border-radius:50%;width:32px;height:32px;border:0;background:#c19c00;color:#fff;font-size:12px}
[role=listbox]{background:#fff;border-right:1px solid #e0e0e0;overflow:auto}
[role=option]{display:block;padding:10px 14px;border-bottom:1px solid #f0f0f0;cursor:pointer}
[role=option]>span:first-child{display:block;font-weight:600}
[role=option]>span:last-child{color:#0f6cbd;font-size:13px}
[role=option][aria-selected=true]{background:#cfe4fa;border-left:3px solid #0f6cbd}
main[role=main]{overflow:auto;padding:12px 24px;background:#fff;margin:8px;border-radius:6px}
[data-app-section=ConversationContainer]>[role=heading] span{font-size:20px;font-weight:600}
[data-item-id]{border-bottom:1px solid #ebebeb;padding:12px 0}
[data-item-id] [role=heading] button{border:0;background:none;font:inherit;padding:0;color:inherit}
[data-item-id]>[role=heading]:first-child button{font-weight:600}
[data-testid=SentReceivedSavedTime],[data-item-id]>[role=heading]:nth-child(2){color:#616161;font-size:12px}
[role=document]{margin-top:8px}
#x_divRplyFwdMsg,#divRplyFwdMsg{color:#616161}
[role=toolbar]{margin-top:12px}
[role=toolbar] button{border:1px solid #d1d1d1;background:#fff;border-radius:4px;padding:5px 14px;margin-right:8px;font:inherit}
[data-app-section=Form_Content]{border:1px solid #d1d1d1;border-radius:6px;padding:12px 16px;margin-top:12px}
[data-app-section=Form_Content] [role=textbox]{min-height:140px;outline:none}
#Signature{color:#616161;margin-top:8px}
button[aria-label=Send]{background:#0f6cbd;color:#fff;border:0;border-radius:4px;padding:6px 18px;margin-top:10px;font:inherit;font-weight:600}
`;
