"""The desktop's look: one stylesheet for the panel, window frames and every application."""

CSS = """
*{box-sizing:border-box}
html,body{margin:0;padding:0}
body{width:1280px;height:800px;overflow:hidden;position:relative;
 background:#2b3b4c;
 font-family:'DejaVu Sans',sans-serif;font-size:15px;color:#1f2328}
.ln{white-space:pre}
.multi{display:flex;align-items:baseline;gap:10px}
.split{justify-content:space-between}
.panel{position:absolute;left:0;top:0;width:1280px;height:28px;background:#14181d;
 color:#eef0f2;font-size:14px}
.panel .ln{position:absolute;top:5px}
.panel .act{left:14px}
.panel .clk{left:0;width:1280px;text-align:center;font-weight:bold}
.win{position:absolute;display:flex;flex-direction:column;overflow:hidden;background:#fff;
 border:1px solid rgba(0,0,0,.55);border-radius:8px 8px 0 0;
 box-shadow:0 8px 28px rgba(0,0,0,.5)}
.tb{flex:none;height:30px;position:relative;background:#e8e8e7;color:#5e5e5e;
 border-bottom:1px solid #c4c4c4;font-size:14px;font-weight:bold}
.tb .ln{position:absolute;left:80px;right:80px;top:6px;text-align:center;overflow:hidden}
.focused .tb{background:#d2d2d0;color:#1b1b1b}
.btns{position:absolute;right:10px;top:8px;display:flex;gap:8px}
.btns i{width:14px;height:14px;border-radius:50%;background:#b9b9b9}
.focused .btns i:last-child{background:#e2572e}
.body{flex:1;position:relative;overflow:hidden}

/* terminal (dark theme) */
.term .body{background:#1c1e22;color:#d8d8d8;padding:6px 8px;
 font-family:'DejaVu Sans Mono',monospace;font-size:14px;line-height:19px}
.term .ln,.term .gap{height:19px}
.tg{color:#5fd75f}.tr{color:#ff6b6b}.tblu{color:#7aa7ff}.tc{color:#56c8d8}.ty{color:#e5c07b}
.b{font-weight:bold}
.cursor{display:inline-block;width:9px;height:16px;margin-left:9px;vertical-align:-3px;
 background:#d8d8d8}

/* browser */
.browser .body{display:flex;flex-direction:column;background:#fff}
.tabs{flex:none;height:40px;background:#dde1e6;padding:6px 8px 0 8px}
.tabrow{height:34px;gap:4px!important;align-items:stretch!important}
.tab{width:260px;padding:8px 14px 0 14px;border-radius:8px 8px 0 0;font-size:14px;
 color:#3c4043;overflow:hidden}
.tab.active{background:#fff;color:#1f1f1f}
.toolbar{flex:none;height:44px;display:flex;align-items:center;gap:10px;padding:0 12px;
 border-bottom:1px solid #d6d9dd}
.navb{width:16px;height:16px;border-radius:50%;border:2px solid #7b8085;flex:none}
.omni{flex:1;height:32px;border-radius:16px;background:#eef1f4;padding:7px 16px;
 font-size:15px;color:#202124;overflow:hidden}
.page{flex:1;position:relative;overflow:hidden;background:#f6f7f9;font-size:15px}
.site{height:48px;padding:14px 28px;background:#fff;border-bottom:1px solid #e1e4e8}
.site.dark{background:#24292f;color:#fff}
.site.dark .muted{color:#d0d7de}
.brand{font-weight:bold;font-size:16px}
.muted{color:#57606a}
.card{margin:22px 28px;width:600px;background:#fff;border:1px solid #d8dee4;border-radius:6px;
 padding:22px 26px}
.card.wide{width:840px}
.h1{font-size:22px;font-weight:bold;margin-bottom:6px}
.h2{font-size:17px;font-weight:bold;margin-bottom:8px;color:#2a3440}
.h3{font-size:16px;font-weight:bold;margin-bottom:10px}
.gap20{margin-bottom:14px}
.multi.wide{gap:28px}
.tbl{margin-top:16px}
.th{font-weight:bold;color:#57606a;border-bottom:2px solid #d0d7de;padding:4px 0}
.td{padding:7px 0;border-bottom:1px solid #eaeef2}
.sum{margin-top:6px}
.total{font-weight:bold;font-size:18px;padding:10px 0}
.total.small{font-size:16px}
.status{margin-top:12px;font-weight:bold}
.due{color:#9a6700}.paid{color:#1a7f37}
.ok{color:#1a7f37;font-weight:bold;margin:10px 0}
.mono{font-family:'DejaVu Sans Mono',monospace;font-size:14px;padding:3px 8px}
.fname{background:#f6f8fa;border:1px solid #d0d7de;font-weight:bold}
.del{background:#ffebe9}.add{background:#dafbe1}
.pill{background:#1f883d;color:#fff;border-radius:12px;padding:2px 10px}
.formwrap{display:flex;gap:24px;padding:20px 28px}
.form{width:540px;background:#fff;border:1px solid #d8dee4;border-radius:6px;padding:20px 24px}
.field{margin:10px 0;align-items:center!important;gap:0!important}
.label{width:160px;font-weight:bold;color:#32383f}
.input{width:330px;border:1px solid #8c959f;border-radius:4px;padding:6px 10px;background:#fff;
 position:relative}
.select::after{content:'';position:absolute;right:10px;top:13px;border:6px solid transparent;
 border-top-color:#57606a}
.btnrow{margin-top:16px;padding-left:160px}
.btn{background:#0b6bcb;color:#fff;font-weight:bold;border-radius:5px;padding:8px 18px}
.aside{width:270px;background:#fff;border:1px solid #d8dee4;border-radius:6px;padding:18px 20px;
 align-self:flex-start}

/* chat */
.chat .body{display:flex;font-family:'Liberation Sans',sans-serif;font-size:15px}
.side{width:180px;flex:none;background:#3b1640;color:#d9cddb;padding:12px 0}
.side .ln{padding:4px 16px}
.ws{font-weight:bold;font-size:16px;color:#fff;margin-bottom:10px}
.ch.sel{background:#1164a3;color:#fff;font-weight:bold}
.ch.sect{margin-top:12px;color:#fff;font-weight:bold}
.main{flex:1;display:flex;flex-direction:column;min-width:0;background:#fff}
.chhdr{height:44px;flex:none;padding:12px 18px;border-bottom:1px solid #e2e2e2}
.chname{font-weight:bold;font-size:16px}
.msgs{flex:1;display:flex;flex-direction:column;justify-content:flex-end;padding:8px 18px;
 overflow:hidden;position:relative}
.msg{display:flex;gap:10px;padding:6px 0}
.avatar{width:36px;height:36px;border-radius:6px;flex:none}
.av1{background:#c7568a}.av2{background:#2e8b57}.av3{background:#3f6fb5}
.name{font-weight:bold;color:#1d1c1d}
.time{color:#616061;font-size:13px}
.text{color:#1d1c1d;line-height:21px}
.composer{flex:none;height:60px;padding:10px 18px}
.placeholder{border:1px solid #b7b7b7;border-radius:8px;padding:10px 12px;color:#6b6b6b}

/* calendar */
.calendar .body{background:#fafafa}
.agenda{padding:10px 16px}
.day{font-weight:bold;font-size:15px;color:#3a3a3a;margin:8px 0 6px 0}
.ev{background:#fff;border:1px solid #e0e0e0;border-left:5px solid #3584e4;border-radius:4px;
 padding:6px 10px;margin-bottom:5px}
.ev.e2{border-left-color:#2ec27e}.ev.e3{border-left-color:#f5c211}
.ev.e4{border-left-color:#e01b24}
.evt{font-weight:bold;color:#241f31}
.evw{color:#4a4a4a}
"""
