/** The one style sheet of the public pages: readable at 375 px, contrast ≥ 4.5:1, no script, no web font. */
export const STYLE_SHEET = `
*,*::before,*::after{box-sizing:border-box}
html{font-family:system-ui,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif;font-size:100%;line-height:1.5;color:#1b1b1b;background:#f4f5f7}
body{margin:0}
a{color:#0b4f9c}
a:focus,button:focus,input:focus{outline:3px solid #f0a500;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
.kop{display:flex;gap:.75rem;align-items:center;background:#fff;border-bottom:4px double #1b1b1b;padding:.75rem 1rem}
.kop img{width:56px;height:56px;object-fit:contain;flex:none}
.kop .agency{font-weight:700;text-transform:uppercase;font-size:1.05rem;margin:0;line-height:1.25}
.kop .unit{font-weight:600;margin:0;font-size:.95rem}
.kop .contact{margin:0;font-size:.85rem;color:#3d3d3d}
nav{background:#0b3d73;padding:.25rem .5rem}
nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap}
nav a{display:block;color:#fff;padding:.5rem .6rem;text-decoration:none;font-size:.95rem}
nav a:hover,nav a[aria-current]{text-decoration:underline}
main{max-width:44rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0 1rem}
h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
section>h2:first-child{margin-top:0}
.nowrap{white-space:nowrap}
section{background:#fff;border:1px solid #d0d4da;border-radius:6px;padding:1rem;margin:0 0 1rem}
label{display:block;font-weight:600;margin-bottom:.25rem}
.hint{font-size:.9rem;color:#3d3d3d;margin:.25rem 0 .5rem}
input[type=text],input[type=file]{width:100%;font-size:1.1rem;padding:.6rem;border:2px solid #5a5f66;border-radius:4px;background:#fff;color:#1b1b1b}
input[type=text]{letter-spacing:.08em;text-transform:uppercase}
button{margin-top:.75rem;font-size:1.05rem;padding:.65rem 1.2rem;min-height:44px;border:0;border-radius:4px;background:#0b4f9c;color:#fff;cursor:pointer}
dl{display:grid;grid-template-columns:minmax(7rem,max-content) 1fr;gap:.35rem 1rem;margin:0}
dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}
@media (max-width:30rem){dl{grid-template-columns:1fr}dd{margin-bottom:.4rem}}
ol.steps{padding-left:1.25rem;margin:0}ol.steps li{margin:.3rem 0}

.verdict{font-weight:700;padding:.75rem 1rem;border-radius:4px;border-left:6px solid;margin:0 0 1rem}
.verdict.valid{background:#e7f4ea;border-color:#0a6b2d;color:#0a4d21}
.verdict.revoked{background:#fff4e0;border-color:#8a4b00;color:#5c3200}
.verdict.invalid{background:#fdecec;border-color:#a4161a;color:#7a1013}
.code{font-family:ui-monospace,"DejaVu Sans Mono",monospace;letter-spacing:.05em;overflow-wrap:anywhere}
.privacy{font-size:.9rem;color:#3d3d3d}
footer{max-width:44rem;margin:0 auto;padding:1rem;font-size:.9rem;color:#3d3d3d}
select:focus,textarea:focus{outline:3px solid #f0a500;outline-offset:2px}
fieldset{border:0;margin:0;padding:.75rem 0;min-width:0}
.question+.question{border-top:1px solid #d0d4da}
legend{padding:0;margin-bottom:.4rem}
legend .element{display:block;font-weight:700}
legend .ask{display:block}
.choice{display:flex;align-items:center;gap:.6rem;min-height:44px}
.choice input{width:1.4rem;height:1.4rem;margin:0;flex:none;accent-color:#0b4f9c}
.choice label{display:inline;font-weight:400;margin:0}
.field{margin:0 0 1rem}
select,textarea{width:100%;font:inherit;font-size:1.05rem;padding:.6rem;border:2px solid #5a5f66;border-radius:4px;background:#fff;color:#1b1b1b}
select{min-height:44px}
.wrong{border-left:5px solid #a4161a;padding-left:.75rem}
.error{color:#a4161a;font-weight:700;margin:.25rem 0 .5rem}
.error-summary{border:4px solid #a4161a;background:#fff;padding:1rem;margin:0 0 1rem}
.error-summary h2{margin-top:0}
.error-summary a{color:#a4161a;font-weight:700}
`;
