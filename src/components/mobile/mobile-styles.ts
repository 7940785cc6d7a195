/** The whole stylesheet of the mobile edition, inlined in each page (no other request). */
export const MOBILE_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.6 "Noto Sans",Roboto,"Segoe UI",Arial,sans-serif;color:#1f2937;background:#fff}
a{color:inherit}
img{max-width:100%;height:auto}
h1,h2,h3,p,ul,ol,figure{margin:0}
.m-wrap{max-width:40rem;margin:0 auto;padding:0 12px}
.m-top{border-bottom:3px solid #b91c1c}
.m-top .m-wrap{display:flex;align-items:center;justify-content:space-between;gap:8px;min-height:52px}
.m-logo{font:700 1.35rem/1.2 "Noto Serif",Georgia,serif;color:#b91c1c;text-decoration:none}
.m-menu-search{display:inline-flex;align-items:center;min-height:44px;padding:0 4px;font-weight:600}
.m-menu summary{list-style:none;cursor:pointer;min-height:44px;display:flex;align-items:center;padding:0 10px;font-weight:600;border:1px solid #d1d5db;border-radius:4px}
.m-menu summary::-webkit-details-marker{display:none}
.m-menu[open] ul{display:block}
.m-menu ul{list-style:none;padding:0;margin:8px 0 0;border-top:1px solid #e5e7eb}
.m-menu li a{display:flex;align-items:center;min-height:44px;padding:0 4px;text-decoration:none;border-bottom:1px solid #f3f4f6}
.m-menu-wrap{position:relative}
.m-main{padding-top:12px;padding-bottom:24px}
.m-crumb{font-size:.875rem;font-weight:600;color:#b91c1c}
.m-crumb a{text-decoration:none}
.m-title{font:700 1.5rem/1.3 "Noto Serif",Georgia,serif;margin:8px 0}
.m-time{font-size:.875rem;color:#6b7280}
.m-sapo{font-weight:700;margin:12px 0}
.m-byline{text-align:right;font-weight:700;margin-top:16px}
.m-byline span{font-weight:400}
.m-h{font-size:1rem;font-weight:700;text-transform:uppercase;color:#b91c1c;border-bottom:2px solid #b91c1c;padding-bottom:2px;margin:24px 0 8px}
.m-list{list-style:none;padding:0}
.m-list li{border-bottom:1px solid #f3f4f6}
.m-list a{display:block;padding:10px 0;min-height:44px;text-decoration:none;font-weight:600;line-height:1.4}
.m-card{display:grid;grid-template-columns:96px 1fr;gap:10px;padding:10px 0;border-bottom:1px solid #f3f4f6}
.m-card img{width:96px;height:60px;object-fit:cover;background:#e5e7eb}
.m-card a{text-decoration:none;font-weight:600;line-height:1.4}
.m-card p{font-size:.875rem;color:#4b5563;margin-top:2px}
.m-more{display:flex;justify-content:center;align-items:center;min-height:44px;margin:12px 0;border:1px solid #d1d5db;border-radius:4px;text-decoration:none;font-weight:600}
.m-tags{display:flex;flex-wrap:wrap;gap:6px;list-style:none;padding:0;margin-top:12px}
.m-tags a{display:inline-flex;align-items:center;min-height:44px;padding:0 10px;background:#f3f4f6;border-radius:4px;text-decoration:none;font-size:.875rem}
.m-search{display:flex;gap:6px;margin:8px 0}
.m-search input{flex:1;min-width:0;min-height:44px;font-size:16px;padding:0 10px;border:1px solid #d1d5db;border-radius:4px}
.m-search button{min-height:44px;padding:0 14px;border:0;border-radius:4px;background:#b91c1c;color:#fff;font-weight:600;font-size:16px}
.m-foot{border-top:1px solid #e5e7eb;background:#f9fafb;font-size:.875rem;color:#4b5563;padding:12px 0}
.m-foot a{display:inline-flex;align-items:center;min-height:44px;font-weight:600}
mark{background:#fef08a;color:inherit}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap}
`;
