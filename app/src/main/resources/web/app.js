/* vanban web UI: plain JavaScript, no build step. Talks to the JSON API under /api. */
'use strict';

const TYPES = {
  'ke-hoach': 'Kế hoạch', 'quyet-dinh': 'Quyết định', 'nghi-quyet': 'Nghị quyết', 'chi-thi': 'Chỉ thị',
  'cong-van': 'Công văn', 'thong-bao': 'Thông báo', 'bao-cao': 'Báo cáo', 'to-trinh': 'Tờ trình',
  'chuong-trinh': 'Chương trình', 'quy-che': 'Quy chế', 'huong-dan': 'Hướng dẫn', 'unknown': 'Không rõ loại'
};
const SECTIONS = {
  preamble: 'Phần mở đầu, căn cứ', purpose: 'Mục đích, yêu cầu', targets: 'Mục tiêu, chỉ tiêu',
  tasks: 'Nhiệm vụ, giải pháp', implementation: 'Tổ chức thực hiện', context: 'Thực trạng, kết quả',
  budget: 'Kinh phí', articles: 'Các điều', appendix: 'Phụ lục', recipients: 'Nơi nhận',
  signature: 'Chữ ký', other: 'Phần khác'
};
const FILTERS = ['q', 'type', 'section', 'locality', 'year', 'issuer', 'cites'];

function esc(s) {
  return String(s == null ? '' : s).replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
}
/** Snippet text with «matches» as <mark>. */
function marked(s) {
  return esc(s).replace(/«/g, '<mark>').replace(/»/g, '</mark>');
}
function typeLabel(k) { return TYPES[k] || k || ''; }
function sectionLabel(k) { return SECTIONS[k] || k || ''; }
function formatDate(d) {
  if (!d) return '';
  const p = d.split('-');
  return p.length === 3 ? `${p[2]}/${p[1]}/${p[0]}` : p.length === 2 ? `${p[1]}/${p[0]}` : d;
}
function params() { return new URLSearchParams(location.search); }
function qs(obj) {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(obj)) if (v !== null && v !== undefined && v !== '') u.set(k, v);
  return u.toString();
}
async function api(path) {
  const res = await fetch(path, {headers: {'Accept': 'application/json'}});
  let body = null;
  try { body = await res.json(); } catch (e) { /* not JSON */ }
  if (!res.ok) throw new Error(body && body.error ? body.error : `Lỗi máy chủ (${res.status})`);
  return body;
}
function showError(el, e) {
  el.innerHTML = `<div class="error">Không thực hiện được: ${esc(e.message)}</div>`;
}

/* ---------- search page ---------- */

function searchState() {
  const p = params();
  const s = {};
  for (const k of FILTERS) s[k] = p.get(k) || '';
  s.offset = parseInt(p.get('offset') || '0', 10) || 0;
  s.fuzzy = p.get('fuzzy') !== 'false';
  return s;
}
function searchUrl(s) {
  return '/?' + qs({...Object.fromEntries(FILTERS.map(k => [k, s[k]])), offset: s.offset || '', fuzzy: s.fuzzy ? '' : 'false'});
}
function go(s) {
  history.pushState(null, '', searchUrl(s));
  runSearch();
}

async function initSearch() {
  const form = document.getElementById('search-form');
  const s = searchState();
  document.getElementById('q').value = s.q;
  document.getElementById('fuzzy').checked = s.fuzzy;
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    const st = searchState();
    st.q = document.getElementById('q').value.trim();
    st.fuzzy = document.getElementById('fuzzy').checked;
    st.offset = 0;
    go(st);
  });
  window.addEventListener('popstate', () => {
    document.getElementById('q').value = searchState().q;
    runSearch();
  });
  runSearch();
}

const PAGE = 20;

async function runSearch() {
  const s = searchState();
  const results = document.getElementById('results');
  const facetsEl = document.getElementById('facets');
  renderChips(s);
  const query = qs({...Object.fromEntries(FILTERS.map(k => [k, s[k]])), fuzzy: s.fuzzy ? '' : 'false'});
  results.innerHTML = '<div class="empty">Đang tìm…</div>';
  try {
    // one call: hits, exact total and facet counts (a filtered dimension keeps its other values: drill sideways)
    const r = await api('/api/search?' + query + '&' + qs({limit: PAGE, offset: s.offset, facets: 'true'}));
    renderHits(results, r, s);
    renderFacets(facetsEl, r.facets, s);
  } catch (e) {
    showError(results, e);
    facetsEl.innerHTML = '';
  }
}

function renderChips(s) {
  const names = {type: 'Loại', section: 'Phần', locality: 'Địa bàn', year: 'Năm', issuer: 'Cơ quan', cites: 'Viện dẫn'};
  const chips = [];
  for (const k of Object.keys(names)) {
    if (!s[k]) continue;
    let v = s[k];
    if (k === 'type') v = typeLabel(v);
    if (k === 'section') v = sectionLabel(v);
    if (k === 'locality') v = v.replace(/^(old|new)\//, m => m === 'new/' ? 'hiện nay: ' : '').split('/').join(' › ');
    chips.push(`<span class="chip">${esc(names[k])}: ${esc(v)}<a href="#" data-remove="${k}" title="Bỏ bộ lọc">×</a></span>`);
  }
  const el = document.getElementById('chips');
  el.innerHTML = chips.join('');
  el.querySelectorAll('a[data-remove]').forEach(a => a.addEventListener('click', ev => {
    ev.preventDefault();
    const st = searchState();
    st[a.dataset.remove] = '';
    st.offset = 0;
    go(st);
  }));
}

function renderHits(el, r, s) {
  if (!r.hits.length) {
    el.innerHTML = '<div class="empty">Không tìm thấy văn bản nào. Thử bỏ bớt từ khóa hoặc bộ lọc, hoặc gõ không dấu.</div>';
    return;
  }
  const unit = s.section ? 'đoạn' : 'văn bản';
  const html = [`<div class="summary">Tìm thấy ${r.totalExact === false ? 'hơn ' : ''}<b id="total">${r.total}</b> ${unit}` +
    (r.total > PAGE ? ` · trang ${Math.floor(s.offset / PAGE) + 1}` : '') +
    ` · <a href="#" id="compare-selected">So sánh các văn bản đã chọn</a></div>`];
  for (const h of r.hits) {
    const link = '/document.html?' + qs({id: h.docId, page: h.page, q: s.q});
    html.push(`<div class="hit" data-doc="${esc(h.docId)}">
      <label class="select-compare"><input type="checkbox" class="pick" value="${esc(h.docId)}"> chọn để so sánh</label>
      <div class="title"><a href="${link}">${esc(h.title || '(không có trích yếu)')}</a></div>
      <div class="meta"><span class="badge type">${esc(typeLabel(h.type))}</span>${esc(h.number || 'không số')}
        · ${esc(formatDate(h.date) || 'không rõ ngày')} · ${esc(h.locality || 'không rõ địa bàn')} · trang ${h.page}</div>
      ${h.sectionKind ? `<div><span class="badge">${esc(sectionLabel(h.sectionKind))}</span>${esc(h.heading)}</div>` : ''}
      <div class="snippet">${marked(h.snippet)}</div>
    </div>`);
  }
  const pages = [];
  if (s.offset > 0) pages.push('<button class="secondary" id="prev">← Trang trước</button>');
  if (s.offset + PAGE < r.total) pages.push('<button class="secondary" id="next">Trang sau →</button>');
  html.push(`<div class="pager">${pages.join('')}</div>`);
  el.innerHTML = html.join('');
  const move = d => { const st = searchState(); st.offset = Math.max(0, st.offset + d); go(st); window.scrollTo(0, 0); };
  const prev = document.getElementById('prev');
  const next = document.getElementById('next');
  if (prev) prev.addEventListener('click', () => move(-PAGE));
  if (next) next.addEventListener('click', () => move(PAGE));
  document.getElementById('compare-selected').addEventListener('click', ev => {
    ev.preventDefault();
    const ids = [...el.querySelectorAll('input.pick:checked')].map(i => i.value);
    const section = s.section || 'targets';
    if (ids.length < 2) { alert('Hãy đánh dấu ít nhất 2 văn bản (ô "chọn để so sánh").'); return; }
    location.href = '/compare.html?' + qs({ids: ids.slice(0, 6).join(','), section});
  });
}

function renderFacets(el, f, s) {
  const parts = [`<div class="summary"><b>${f.documents}</b> văn bản phù hợp</div>`];
  // a dimension being filtered on shows its other values too, with the counts they would give instead
  const heading = (title, param) => `<h3>${esc(title)}` + (s[param]
    ? ` <a href="#" class="clear" data-clear="${param}" title="Bỏ bộ lọc này">bỏ chọn</a>` : '') + '</h3>';
  const flat = (dim, title, label, param) => {
    const values = f.dims[dim] || [];
    if (!values.length) return;
    parts.push(heading(title, param) + `<ul data-dim="${dim}">` + values.slice(0, 15).map(v =>
      `<li><a href="#" class="fv${s[param] === v.value ? ' on' : ''}" data-param="${param}" data-value="${esc(v.value)}">${esc(label(v))}</a><span class="n">${v.count}</span></li>`).join('') + '</ul>');
  };
  const tree = (dim, title) => {
    const values = f.dims[dim] || [];
    if (!values.length) return;
    const node = (v, depth) => {
      const on = s.locality === v.value;
      const open = s.locality && (s.locality === v.value || s.locality.startsWith(v.value + '/'));
      const a = `<a href="#" class="fv${on ? ' on' : ''}" data-param="locality" data-value="${esc(v.value)}">${esc(v.label)}</a><span class="n">${v.count}</span>`;
      if (!v.children.length || depth > 2) return `<li>${a}</li>`;
      return `<li><details${open ? ' open' : ''}><summary>${a}</summary><ul>${v.children.slice(0, 40).map(c => node(c, depth + 1)).join('')}</ul></details></li>`;
    };
    parts.push(heading(title, 'locality') + `<ul data-dim="${dim}">${values.slice(0, 20).map(v => node(v, 1)).join('')}</ul>`);
  };
  flat('type', 'Loại văn bản', v => typeLabel(v.value), 'type');
  flat('year', 'Năm ban hành', v => v.value, 'year');
  tree('locality', 'Địa bàn (khi ban hành)');
  tree('locality_new', 'Địa bàn hiện nay (từ 1/7/2025)');
  flat('section', 'Phần văn bản (số đoạn)', v => sectionLabel(v.value), 'section');
  flat('issuer', 'Cơ quan ban hành', v => v.label, 'issuer');
  el.innerHTML = parts.join('');
  el.querySelectorAll('a.fv').forEach(a => a.addEventListener('click', ev => {
    ev.preventDefault();
    const st = searchState();
    st[a.dataset.param] = st[a.dataset.param] === a.dataset.value ? '' : a.dataset.value;
    st.offset = 0;
    go(st);
  }));
  el.querySelectorAll('a.clear').forEach(a => a.addEventListener('click', ev => {
    ev.preventDefault();
    const st = searchState();
    st[a.dataset.clear] = '';
    st.offset = 0;
    go(st);
  }));
}

/* ---------- document page ---------- */

async function initDocument() {
  const p = params();
  const el = document.getElementById('doc');
  const id = p.get('id') || '';
  let r;
  try {
    r = await api('/api/documents/' + encodeURIComponent(id));
  } catch (e) { showError(el, e); return; }
  // r.document is the vanban-document schema (docs/document.schema.json), as export and show --json write it
  const d = r.document;
  const h = d;
  const loc = d.localityDetail;
  document.title = (h.title || 'Văn bản') + ' · Tra cứu văn bản';
  const pageNumbers = d.pageTexts.map(pg => pg.page);
  const words = queryWords(p.get('q'));
  let current = parseInt(p.get('page') || '', 10);
  if (!pageNumbers.includes(current)) current = pageNumbers[0] || 1;
  // the server composes the unit's label (one place: no unit is named twice)
  const place = loc.label || h.place || 'không rõ';
  const today = (loc.currentNames || []).join(', ');
  // a section without a heading is named by its kind, and a heading that names the kind ("II. MỤC TIÊU",
  // "I. MỤC ĐÍCH, YÊU CẦU") says it already: the note then gives only the page, never the kind again
  const outline = d.sections.filter(s => s.level <= 2).map(s => {
    const label = sectionLabel(s.kind.toLowerCase());
    const named = !s.heading || fold(s.heading).includes(fold(label.split(',')[0]));
    const note = named ? `trang ${s.page}` : `${esc(label)}, trang ${s.page}`;
    return `<li><a href="#" data-page="${s.page}">${esc(s.heading || label)}</a> <span class="meta">(${note})</span></li>`;
  }).join('');
  el.innerHTML = `
    <h1 id="doc-title">${esc(h.title || '(không có trích yếu)')}</h1>
    <div class="doc-top">
      <dl class="metadata">
        <dt>Loại văn bản</dt><dd>${esc(d.typeLabel || typeLabel(d.type))}</dd>
        <dt>Số, ký hiệu</dt><dd>${esc(h.number || '—')}</dd>
        <dt>Ngày ban hành</dt><dd>${esc(formatDate(h.date) || '—')}${h.place ? ', tại ' + esc(h.place) : ''}</dd>
        <dt>Cơ quan ban hành</dt><dd>${esc(h.issuer || '—')}${h.superiorIssuer ? ' (' + esc(h.superiorIssuer) + ')' : ''}</dd>
        <dt>Địa bàn khi ban hành</dt><dd>${esc(place)}</dd>
        <dt>Địa bàn hiện nay</dt><dd>${esc(today || '—')}</dd>
        <dt>Tệp gốc</dt><dd>${esc((d.sourcePath || '').split('/').pop())} · ${d.pages} trang</dd>
        <dt>Mã văn bản</dt><dd><code>${esc(d.id)}</code></dd>
        <dt>Bản lưu trữ</dt><dd>${r.pdfAvailable
          ? `<a id="pdfa-link" href="/api/documents/${encodeURIComponent(d.id)}/pdf" download>Tải PDF/A</a> <span class="meta">(ảnh bản quét kèm lớp chữ đã sửa, tìm và chép được)</span>`
          : '<span class="meta">không có (tệp gốc không còn hoặc không phải ảnh/PDF)</span>'}</dd>
      </dl>
      <div class="outline"><b>Bố cục văn bản</b><ol>${outline || '<li>Không nhận ra các phần</li>'}</ol></div>
    </div>
    <div class="pages-nav" id="pages-nav"></div>
    <p class="legend">Chữ <span class="corr">gạch chấm</span> là chỗ máy đã sửa lỗi nhận dạng, <span class="corr low">nền cam</span> là chỗ sửa chưa chắc chắn: đưa chuột vào để xem chữ gốc trong bản quét.</p>
    <div class="page-view">
      <div class="page-text" id="page-text"></div>
      <div class="page-image" id="page-image"></div>
    </div>
    <div id="extraction"></div>`;
  el.querySelectorAll('.outline a').forEach(a => a.addEventListener('click', ev => { ev.preventDefault(); show(parseInt(a.dataset.page, 10)); }));
  function show(n) {
    if (!pageNumbers.includes(n)) return;
    current = n;
    const page = d.pageTexts.find(pg => pg.page === n);
    document.getElementById('pages-nav').innerHTML = 'Trang: ' + pageNumbers.map(k =>
      `<a href="#" data-page="${k}" class="${k === n ? 'on' : ''}">${k}</a>`).join('');
    document.querySelectorAll('#pages-nav a').forEach(a => a.addEventListener('click', ev => { ev.preventDefault(); show(parseInt(a.dataset.page, 10)); }));
    document.getElementById('page-text').innerHTML = pageHtml(page, words);
    document.getElementById('page-image').innerHTML = r.imagesAvailable
      ? `<img id="page-img" src="/api/documents/${encodeURIComponent(d.id)}/pages/${n}/image" alt="Ảnh bản quét trang ${n}">`
      : '<div class="empty">Không có ảnh bản quét cho văn bản này (tệp gốc không còn hoặc không phải ảnh/PDF).</div>';
    const img = document.getElementById('page-img');
    if (img) img.addEventListener('error', () => { img.replaceWith(Object.assign(document.createElement('div'), {className: 'empty', textContent: 'Không hiển thị được ảnh trang này.'})); });
    const u = new URL(location.href);
    u.searchParams.set('page', n);
    history.replaceState(null, '', u);
  }
  show(current);
  renderExtraction(document.getElementById('extraction'), d.extraction || {});
}

function fold(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}
/** Folded words of a query, without field filters, exclusions and operators. */
function queryWords(q) {
  const words = new Set();
  const stripped = (q || '').replace(/-"[^"]*"/g, ' ').replace(/\b(type|section|locality|year|issuer|cites):("[^"]*"|\S+)/g, ' ');
  for (const tok of stripped.split(/\s+/)) {
    if (!tok || tok.startsWith('-') || tok === 'OR' || tok === 'AND') continue;
    for (const w of tok.match(/[\p{L}\p{N}]+/gu) || []) words.add(fold(w));
  }
  return words;
}
/** Escaped text with the query's words marked (accent-insensitive). */
function markWords(text, words) {
  if (!words || !words.size) return esc(text);
  return text.split(/([\p{L}\p{N}]+)/u).map(part => words.has(fold(part)) ? `<mark>${esc(part)}</mark>` : esc(part)).join('');
}

/** Page text with the repair stage's corrections marked; hover shows the raw OCR. */
function pageHtml(page, words) {
  const text = page.text || '';
  const corr = (page.corrections || []).filter(c => c.start >= 0 && c.end <= text.length && c.start <= c.end)
    .sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  for (const c of corr) {
    if (c.start < pos) continue;
    out += markWords(text.slice(pos, c.start), words);
    const low = c.confidence < 0.8;
    const title = `Bản quét (OCR): «${c.original}» → «${c.replacement}», độ tin cậy ${Math.round(c.confidence * 100)}%`;
    out += `<span class="corr${low ? ' low' : ''}" title="${esc(title)}" data-raw="${esc(c.original)}">${esc(text.slice(c.start, c.end)) || '&#8203;'}</span>`;
    pos = c.end;
  }
  out += markWords(text.slice(pos), words);
  return out || '<span class="meta">(trang trống)</span>';
}

function renderExtraction(el, ex) {
  const parts = [];
  if ((ex.targets || []).length) {
    parts.push('<h2>Chỉ tiêu trong văn bản</h2><table class="grid"><tr><th>Chỉ tiêu</th><th>Giá trị</th><th>Thời hạn</th><th>Trang</th></tr>' +
      ex.targets.map(t => `<tr><td>${esc(t.sentence)}</td><td class="num">${esc(t.comparator)} ${esc(t.value)}${esc(t.unit)}</td><td>${esc(t.deadline)}${t.deadlineInferred ? ' <span class="meta" title="Câu không nêu thời hạn: lấy theo thời kỳ của văn bản">(theo kỳ kế hoạch)</span>' : ''}</td><td>${t.page}</td></tr>`).join('') + '</table>');
  }
  if ((ex.tasks || []).length) {
    parts.push('<h2>Nhiệm vụ được giao</h2><table class="grid"><tr><th>Nhiệm vụ</th><th>Chủ trì</th><th>Phối hợp</th><th>Thời gian</th></tr>' +
      ex.tasks.map(t => `<tr><td>${esc(t.task)}</td><td>${esc(t.lead)}</td><td>${esc((t.partners || []).join('; '))}</td><td>${esc(t.timeframe)}</td></tr>`).join('') + '</table>');
  }
  if ((ex.references || []).length) {
    parts.push('<h2>Văn bản được viện dẫn</h2><ul>' + ex.references.map(r =>
      `<li>${esc(r.text || r.number)} · <a href="/?${qs({cites: r.key || r.number})}">các văn bản khác cùng viện dẫn</a></li>`).join('') + '</ul>');
  }
  el.innerHTML = parts.join('');
}

/* ---------- targets and tasks page ---------- */

async function initTargets() {
  const p = params();
  const kind = p.get('kind') === 'tasks' ? 'tasks' : 'targets';
  const form = document.getElementById('filter-form');
  const type = document.getElementById('type');
  type.innerHTML = '<option value="">Mọi loại văn bản</option>' + Object.entries(TYPES).filter(([k]) => k !== 'unknown')
    .map(([k, v]) => `<option value="${k}">${esc(v)}</option>`).join('');
  for (const k of ['q', 'locality', 'year', 'type']) document.getElementById(k).value = p.get(k) || '';
  document.querySelectorAll('#tabs a').forEach(a => {
    a.classList.toggle('on', a.dataset.kind === kind);
    a.href = '/targets.html?' + qs({kind: a.dataset.kind, q: p.get('q'), locality: p.get('locality'), year: p.get('year'), type: p.get('type')});
  });
  const filters = () => Object.fromEntries(['q', 'locality', 'year', 'type'].map(k => [k, document.getElementById(k).value.trim()]));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    location.href = '/targets.html?' + qs({kind, ...filters()});
  });
  const f = filters();
  const offset = parseInt(p.get('offset') || '0', 10) || 0;
  document.getElementById('csv').href = `/api/${kind}?` + qs({...f, format: 'csv'});
  const el = document.getElementById('table');
  el.innerHTML = '<div class="empty">Đang tải…</div>';
  try {
    const r = await api(`/api/${kind}?` + qs({...f, limit: 100, offset}));
    if (!r.hits.length) { el.innerHTML = '<div class="empty">Không có dòng nào phù hợp.</div>'; return; }
    const doc = h => `<a href="/document.html?${qs({id: h.docId, page: h.page})}">${esc(h.number || 'không số')}</a><div class="meta">${esc(typeLabel(h.type))} · ${esc(formatDate(h.date))}</div>`;
    const rows = kind === 'targets'
      ? r.hits.map(h => `<tr><td>${esc(h.province)}</td><td>${esc(h.locality)}</td><td>${h.year || ''}</td><td>${marked(h.snippet)}</td><td class="num">${esc(h.comparator)} ${esc(h.value)}${esc(h.unit)}</td><td>${esc(h.deadline)}</td><td>${doc(h)}</td></tr>`)
      : r.hits.map(h => `<tr><td>${esc(h.province)}</td><td>${esc(h.locality)}</td><td>${h.year || ''}</td><td>${marked(h.snippet.split('\n')[0])}</td><td>${esc(h.lead)}</td><td>${esc(h.partners)}</td><td>${esc(h.timeframe)}</td><td>${doc(h)}</td></tr>`);
    const head = kind === 'targets'
      ? '<tr><th>Tỉnh/Thành phố</th><th>Địa bàn</th><th>Năm</th><th>Chỉ tiêu</th><th>Giá trị</th><th>Thời hạn</th><th>Văn bản</th></tr>'
      : '<tr><th>Tỉnh/Thành phố</th><th>Địa bàn</th><th>Năm</th><th>Nhiệm vụ</th><th>Chủ trì</th><th>Phối hợp</th><th>Thời gian</th><th>Văn bản</th></tr>';
    const pager = [];
    if (offset > 0) pager.push(`<a class="button secondary" href="/targets.html?${qs({kind, ...f, offset: Math.max(0, offset - 100)})}">← Trước</a>`);
    if (offset + 100 < r.total) pager.push(`<a class="button secondary" href="/targets.html?${qs({kind, ...f, offset: offset + 100})}">Sau →</a>`);
    el.innerHTML = `<div class="summary"><b id="total">${r.total}</b> ${kind === 'targets' ? 'chỉ tiêu' : 'nhiệm vụ'}${r.total > 100 ? `, đang xem ${offset + 1}–${Math.min(offset + 100, r.total)}` : ''}</div>
      <table class="grid" id="rows">${head}${rows.join('')}</table><div class="pager">${pager.join('')}</div>`;
  } catch (e) { showError(el, e); }
}

/* ---------- compare page ---------- */

async function initCompare() {
  const p = params();
  const sel = document.getElementById('section');
  sel.innerHTML = Object.entries(SECTIONS).filter(([k]) => !['recipients', 'signature', 'other'].includes(k))
    .map(([k, v]) => `<option value="${k}">${esc(v)}</option>`).join('');
  sel.value = p.get('section') || 'targets';
  for (const k of ['q', 'locality', 'year']) document.getElementById(k).value = p.get(k) || '';
  document.getElementById('compare-form').addEventListener('submit', ev => {
    ev.preventDefault();
    location.href = '/compare.html?' + qs(Object.fromEntries(['section', 'q', 'locality', 'year'].map(k => [k, document.getElementById(k).value.trim()])));
  });
  const el = document.getElementById('compare');
  const ids = p.get('ids');
  document.getElementById('compare-note').textContent = ids
    ? 'Các văn bản đã chọn ở trang tìm kiếm.'
    : 'Lấy tối đa 4 văn bản phù hợp nhất có phần này; đặt cạnh nhau để đối chiếu.';
  try {
    const r = await api('/api/compare?' + qs({section: sel.value, ids, q: p.get('q'), locality: p.get('locality'), year: p.get('year')}));
    if (!r.columns.length) { el.innerHTML = '<div class="empty">Không có văn bản nào có phần này.</div>'; return; }
    el.style.gridTemplateColumns = `repeat(${r.columns.length}, minmax(240px, 1fr))`;
    el.innerHTML = r.columns.map(c => `<div class="col">
      <h3>${esc(c.locality || 'Không rõ địa bàn')}</h3>
      <div class="meta">${esc(c.province)}${c.province ? ' · ' : ''}<a href="/document.html?${qs({id: c.id})}">${esc(c.number || 'không số')}</a> · ${esc(formatDate(c.date))}</div>
      <div class="meta">${esc(c.title)}</div>
      ${c.sections.length ? c.sections.map(s => `<div class="heading">${esc(s.heading)}</div><div class="body">${esc(s.text)}</div>`).join('')
        : `<div class="empty">Văn bản này không có phần «${esc(sectionLabel(r.section))}».</div>`}
    </div>`).join('');
  } catch (e) { showError(el, e); }
}

/* ---------- start ---------- */

document.addEventListener('DOMContentLoaded', () => {
  const page = document.body.dataset.page;
  document.querySelectorAll('header nav a').forEach(a => a.classList.toggle('active', a.dataset.nav === page));
  api('/api/info').then(i => { document.getElementById('count').textContent = `${i.documents} văn bản trong kho`; }).catch(() => {});
  ({search: initSearch, document: initDocument, targets: initTargets, compare: initCompare})[page]();
});
