/*
 * 刑执 review console: one page over the REST API (docs/rest-api.md), plain JavaScript, no build step.
 * Every call goes through api() and names a route of ROUTES, each a route that /openapi.json documents
 * (ConsoleCallsOnlyDocumentedRoutesTest checks it). The bearer token lives in sessionStorage only and
 * travels in the Authorization header, never in a URL. The page never restates the review rules: a lead
 * says what the caller may do with it (allowed_actions, with the fields each takes) and why it may be
 * dismissed (dismiss_reasons); a viewer sees the masked data the API gives. Text is always set with
 * textContent, never parsed as HTML.
 */
'use strict';
(function () {
  /** Every API route the console calls: method and path template, exactly as /openapi.json names them. */
  const ROUTES = {
    me: 'GET /me',
    leads: 'GET /leads',
    lead: 'GET /leads/{id}',
    review: 'POST /leads/{id}/review',
    stats: 'GET /stats',
    runs: 'GET /runs',
    startRun: 'POST /runs',
    run: 'GET /runs/{id}',
    fileDocument: 'POST /documents',
    documents: 'GET /documents',
    document: 'GET /documents/{number}',
    classCases: 'GET /class-cases',
    governance: 'GET /governance',
    recordGovernance: 'POST /governance',
    closeGovernance: 'POST /governance/{id}/close'
  };

  const TOKEN = 'xingzhi.token';
  const ME = 'xingzhi.me';
  const PAGE_SIZE = 50;

  /** The vocabulary of the status filter (the review states and their labels, as GET /leads takes them). */
  const STATES = [['NEW', '新线索'], ['VERIFYING', '核查中'], ['CONFIRMED', '成案'], ['DISMISSED', '排除'],
    ['DOCUMENT_ISSUED', '已制发文书'], ['RECTIFIED', '已整改'], ['REPLY_OVERDUE', '逾期未回复']];
  const DOCUMENT_TYPES = [['CORRECTION_NOTICE', '纠正违法通知书'], ['RECOMMENDATION', '检察建议'], ['REFERRAL_LETTER', '线索移送函']];
  /** The labels of the dismissal reasons GET /stats counts by name (a lead's page has them from the API). */
  const REASON_LABELS = { DATA_ERROR: '数据错误', LAWFUL_REASON: '有合法理由', ALREADY_CORRECTED: '已纠正', DUPLICATE: '重复',
    OTHER: '其他' };
  /** The labels of review action codes in a lead's history (an unknown code is shown as it is). */
  const ACTION_LABELS = { verify: '核查', confirm: '成案', dismiss: '排除', reopen: '重新核查', 'issue-document': '制发文书',
    'record-reply': '登记回复', 'mark-reply-overdue': '逾期未回复', refer: '移送' };
  const STATE_LABELS = Object.fromEntries(STATES);
  const ROLE_LABELS = { viewer: '查看（脱敏）', reviewer: '审查', admin: '管理' };
  const FIELD_LABELS = {
    note: '备注', reason: '排除理由', summary: '回复内容', date: '日期', reply_deadline: '回复期限',
    document_type: '文书类型', number: '文号', recipient: '收文单位', to: '移送对象'
  };
  const DATE_FIELDS = new Set(['date', 'reply_deadline']);
  const TEXT_AREAS = new Set(['note', 'summary']);
  const LINKED_BY = { 'id_number': '身份证号', 'name+birth_date': '姓名和出生日期' };
  /** The kinds of source-governance record (诉源治理), as POST /governance takes them. */
  const GOVERNANCE_KINDS = [['recommendation', '检察建议'], ['meeting', '联席会议'], ['measure', '整改措施'],
    ['mechanism', '联动协作机制']];
  /** How a governance record may be closed, as POST /governance/{id}/close takes it. */
  const CLOSINGS = [['', '（默认）'], ['adopted', '已采纳'], ['rectified', '已整改'], ['terminated', '已终止']];
  const JOB_STATES = { running: '运行中', finished: '已完成', failed: '失败', interrupted: '已中断' };

  const main = document.getElementById('main');
  let pollTimer = null;

  // ---- the API

  class ApiError extends Error {
    constructor(status, problem) {
      super(problem.detail_zh || problem.detail || problem.title || ('HTTP ' + status));
      this.status = status;
      this.problem = problem;
    }
  }

  function token() {
    return sessionStorage.getItem(TOKEN);
  }

  function me() {
    const m = sessionStorage.getItem(ME);
    return m ? JSON.parse(m) : null;
  }

  /**
   * Calls one route of ROUTES: params fill the path template, query becomes the query string (empty
   * values left out), body is sent as JSON. Answers the parsed JSON, or a Blob when asBlob.
   */
  async function api(route, params, query, body, asBlob, withToken) {
    const [method, template] = ROUTES[route].split(' ');
    const path = template.replace(/\{(\w+)\}/g, (m, k) => encodeURIComponent(params[k]));
    const q = new URLSearchParams();
    Object.entries(query || {}).forEach(([k, v]) => {
      if (v !== undefined && v !== null && v !== '') {
        q.append(k, v);
      }
    });
    const headers = { 'Authorization': 'Bearer ' + (withToken || token()) };
    const init = { method: method, headers: headers, cache: 'no-store', credentials: 'omit', referrerPolicy: 'no-referrer' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const qs = q.toString();
    const r = await fetch(path + (qs ? '?' + qs : ''), init);
    if (!r.ok) {
      let problem = {};
      try {
        problem = await r.json();
      } catch (e) {
        problem = { title: 'HTTP ' + r.status };
      }
      if (r.status === 401 && !withToken) {
        signOut('登录已失效，请重新输入令牌。');
      }
      throw new ApiError(r.status, problem);
    }
    return asBlob ? r.blob() : r.json();
  }

  // ---- DOM helpers: elements from data, text only

  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (v === undefined || v === null || v === false) {
        return;
      }
      if (k.startsWith('on')) {
        el.addEventListener(k.substring(2), v);
      } else if (k === 'class') {
        el.className = v;
      } else if (k === 'text') {
        el.textContent = v;
      } else {
        el.setAttribute(k, v === true ? '' : v);
      }
    });
    children.flat(Infinity).forEach(c => {
      if (c === undefined || c === null || c === false) {
        return;
      }
      el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    });
    return el;
  }

  function clear(el) {
    while (el.firstChild) {
      el.removeChild(el.firstChild);
    }
    return el;
  }

  function show(...nodes) {
    clear(main);
    nodes.flat(Infinity).forEach(n => n && main.appendChild(n));
  }

  let flashTimer = null;

  function flash(text, isError) {
    const f = document.getElementById('flash');
    f.textContent = text;
    f.className = isError ? 'error' : '';
    f.setAttribute('role', isError ? 'alert' : 'status');
    f.hidden = false;
    clearTimeout(flashTimer);
    flashTimer = setTimeout(() => { f.hidden = true; }, isError ? 12000 : 5000);
  }

  function failed(e) {
    flash(e instanceof ApiError ? '未能完成：' + e.message : '出错了：' + e.message, true);
  }

  function table(headers, rows, cls) {
    return h('table', { class: cls },
      h('thead', {}, h('tr', {}, headers.map(x => h('th', { class: x.num ? 'num' : null, text: x.label || x })))),
      h('tbody', {}, rows));
  }

  function numCell(n, href) {
    return h('td', { class: 'num' }, href && n > 0 ? h('a', { href: href, text: String(n) }) : String(n));
  }

  function hashOf(page, query) {
    const q = new URLSearchParams();
    Object.entries(query || {}).forEach(([k, v]) => {
      if (v !== undefined && v !== null && v !== '') {
        q.append(k, v);
      }
    });
    const s = q.toString();
    return '#/' + page + (s ? '?' + s : '');
  }

  function saveBlob(blob, name) {
    const url = URL.createObjectURL(blob);
    const a = h('a', { href: url, download: name });
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  }

  // ---- sign-in and sign-out

  function signInPage(message) {
    document.getElementById('bar').hidden = true;
    const input = h('input', { id: 'signin-token', type: 'password', autocomplete: 'off', required: true,
      'aria-label': '访问令牌' });
    const note = h('p', { id: 'signin-message', class: message ? 'notice error' : 'hint', role: 'alert',
      text: message || '请输入管理员发给您的访问令牌。令牌只保存在本浏览器标签页中，关闭即清除。' });
    const form = h('form', { class: 'card signin', id: 'signin', onsubmit: async ev => {
      ev.preventDefault();
      const t = input.value.trim();
      if (!t) {
        return;
      }
      try {
        const who = await api('me', {}, {}, undefined, false, t);
        sessionStorage.setItem(TOKEN, t);
        sessionStorage.setItem(ME, JSON.stringify(who));
        if (location.hash === '' || location.hash === '#/' || location.hash.startsWith('#/signin')) {
          location.hash = '#/leads';
        } else {
          route();
        }
      } catch (e) {
        note.className = 'notice error';
        note.textContent = e instanceof ApiError && e.status === 401 ? '令牌无效，请核对后重试。'
          : '无法登录：' + e.message;
        input.select();
      }
    } },
    h('h1', { text: '刑执 · 线索审查台' }),
    h('label', { for: 'signin-token', text: '访问令牌' }), input,
    h('p', {}, h('button', { type: 'submit', class: 'primary', id: 'signin-submit', text: '登录' })), note);
    show(form);
    input.focus();
  }

  function signOut(message) {
    sessionStorage.removeItem(TOKEN);
    sessionStorage.removeItem(ME);
    stopPolling();
    signInPage(message);
  }

  function header() {
    const who = me();
    document.getElementById('bar').hidden = false;
    document.getElementById('who').textContent = who.name + ' · ' + (ROLE_LABELS[who.role] || who.role);
    document.querySelectorAll('#bar nav a').forEach(a => {
      a.classList.toggle('current', location.hash.startsWith('#/' + a.dataset.page)
        || (a.dataset.page === 'leads' && location.hash.startsWith('#/lead/')));
    });
  }

  // ---- routing

  function stopPolling() {
    if (pollTimer) {
      clearTimeout(pollTimer);
      pollTimer = null;
    }
  }

  async function route() {
    stopPolling();
    if (!token() || !me()) {
      signInPage();
      return;
    }
    header();
    const hash = location.hash || '#/leads';
    const [path, qs] = hash.substring(1).split('?');
    const query = Object.fromEntries(new URLSearchParams(qs || ''));
    const parts = path.split('/').filter(Boolean);
    try {
      if (parts[0] === 'lead' && parts[1]) {
        await leadPage(decodeURIComponent(parts[1]));
      } else if (parts[0] === 'documents') {
        await documentsPage();
      } else if (parts[0] === 'class-cases') {
        await classCasesPage();
      } else if (parts[0] === 'governance') {
        await governancePage();
      } else if (parts[0] === 'stats') {
        await statsPage(query);
      } else if (parts[0] === 'runs') {
        await runsPage();
      } else {
        await leadsPage(query);
      }
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 401)) {
        show(h('p', { class: 'notice error', role: 'alert', text: '无法加载：' + e.message }));
      }
    }
  }

  // ---- the lead queue

  async function leadsPage(query) {
    const offset = Number(query.offset || 0);
    const filter = { model: query.model, kind: query.kind, status: query.status, agency: query.agency,
      from: query.from, to: query.to };
    const [page, stats] = await Promise.all([
      api('leads', {}, Object.assign({}, filter, { offset: offset, limit: PAGE_SIZE })),
      api('stats', {}, {})]);
    const go = changes => {
      const q = Object.assign({}, filter, changes);
      delete q.offset;
      if (changes.offset) {
        q.offset = changes.offset;
      }
      location.hash = hashOf('leads', q);
    };
    const models = [...new Set(stats.by_kind.map(k => k.model))];
    const select = (name, label, options) => h('label', {}, label,
      h('select', { name: name, id: 'filter-' + name, onchange: ev => {
        const change = {};
        change[name] = ev.target.value;
        if (name === 'model') {
          change.kind = '';
        }
        go(change);
      } }, h('option', { value: '', text: '全部' }),
      options.map(([v, text]) => h('option', { value: v, selected: filter[name] === v, text: text }))));
    const kinds = stats.by_kind.filter(k => !filter.model || k.model === filter.model);
    const dateInput = (name, label) => h('label', {}, label, h('input', { type: 'date', name: name, id: 'filter-' + name,
      value: filter[name] || '', onchange: ev => { const c = {}; c[name] = ev.target.value; go(c); } }));
    const filters = h('form', { class: 'card filters', id: 'filters', onsubmit: ev => ev.preventDefault() },
      select('model', '监督模型', models.map(m => [m, m + '（' + stats.by_kind.filter(k => k.model === m)
        .reduce((n, k) => n + k.counts.leads, 0) + '）'])),
      select('kind', '线索类型', kinds.map(k => [k.kind, k.kind_label + '（' + k.counts.leads + '）'])),
      select('status', '审查状态', STATES),
      select('agency', '被监督单位', stats.by_agency.map(a => [a.agency, a.agency + '（' + a.counts.leads + '）'])),
      dateInput('from', '首次发现（起）'), dateInput('to', '首次发现（止）'),
      h('button', { type: 'button', id: 'filter-clear', onclick: () => { location.hash = '#/leads'; }, text: '清除筛选' }));
    const rows = page.leads.map((l, i) => h('tr', { class: 'lead-row', tabindex: '0', 'data-lead-id': l.lead_id,
      onclick: () => openLead(l.lead_id),
      onkeydown: ev => { if (ev.key === 'Enter') { ev.preventDefault(); openLead(l.lead_id); } } },
      h('td', { class: 'num', text: String(offset + i + 1) }),
      h('td', { text: l.kind_label }), h('td', { text: l.name }), h('td', { text: l.case_number }),
      h('td', { text: l.supervised_unit || l.supervised_agency }), h('td', { text: l.due_on || '—' }),
      h('td', {}, h('span', { class: 'badge state-' + l.state, text: l.state_label }))));
    const last = offset + page.leads.length;
    const pager = h('div', { class: 'pager' },
      h('button', { type: 'button', id: 'page-prev', disabled: offset === 0,
        onclick: () => go({ offset: Math.max(0, offset - PAGE_SIZE) }), text: '上一页' }),
      h('span', { text: page.total === 0 ? '' : '第 ' + (offset + 1) + '–' + last + ' 条' }),
      h('button', { type: 'button', id: 'page-next', disabled: last >= page.total,
        onclick: () => go({ offset: offset + PAGE_SIZE }), text: '下一页' }));
    show(h('h1', { text: '线索' }), filters,
      h('p', { class: 'total' }, '共 ', h('strong', { id: 'total', 'data-hash': location.hash, text: String(page.total) }), ' 条线索',
        me().role === 'viewer' ? h('span', { class: 'badge masked', text: ' 脱敏显示' }) : null),
      page.leads.length === 0 ? h('p', { class: 'hint', text: '没有符合条件的线索。' })
        : table(['#', '线索类型', '姓名', '案号', '被监督单位', '期限', '状态'], rows, 'leads'),
      pager, h('p', { class: 'hint', text: '键盘：↓/↑ 或 j/k 选择线索，回车打开。' }));
  }

  function openLead(id) {
    location.hash = '#/lead/' + encodeURIComponent(id);
  }

  /** ↓/↑ (or j/k) move between the queue's rows; Enter opens the one in focus (its own handler). */
  document.addEventListener('keydown', ev => {
    const rows = [...document.querySelectorAll('tr.lead-row')];
    if (rows.length === 0 || ev.altKey || ev.ctrlKey || ev.metaKey) {
      return;
    }
    const t = ev.target;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA')) {
      return;
    }
    const at = rows.indexOf(document.activeElement);
    let next = null;
    if (ev.key === 'ArrowDown' || ev.key === 'j') {
      next = at < 0 ? 0 : Math.min(rows.length - 1, at + 1);
    } else if (ev.key === 'ArrowUp' || ev.key === 'k') {
      next = at < 0 ? 0 : Math.max(0, at - 1);
    }
    if (next !== null) {
      ev.preventDefault();
      rows[next].focus();
    }
  });

  // ---- one lead

  async function leadPage(id, conflict) {
    const [detail, docs] = await Promise.all([api('lead', { id: id }), api('documents', {}, { lead_id: id })]);
    const l = detail.lead;
    const dueFlags = [];
    if (l.estimated) {
      dueFlags.push(h('span', { class: 'badge flag', text: '估算：部分日期缺失，期限按规则推定' }));
    }
    if (l.boundary) {
      dueFlags.push(h('span', { class: 'badge flag', text: '临界：与期限只差数日，请核实' }));
    }
    const facts = h('dl', { class: 'facts' },
      h('dt', { text: '线索编号' }), h('dd', { id: 'lead-id', text: l.lead_id }),
      h('dt', { text: '监督模型' }), h('dd', { text: (detail.model_label || l.model) + ' · ' + l.kind_label }),
      h('dt', { text: '姓名' }), h('dd', { id: 'lead-name', text: l.name }),
      h('dt', { text: '身份证号' }), h('dd', { id: 'lead-id-number', text: l.id_number || '（无，按姓名和出生日期关联）' }),
      h('dt', { text: '案号' }), h('dd', { text: l.case_number || '—' }),
      h('dt', { text: '被监督单位' }), h('dd', { text: [l.supervised_agency, l.supervised_unit].filter(Boolean).join(' · ') }),
      h('dt', { text: '期限' }), h('dd', {}, l.due_on || '—', ' ', dueFlags),
      h('dt', { text: '关联方式' }), h('dd', { text: LINKED_BY[l.linked_by] || l.linked_by }),
      h('dt', { text: '建议文书' }), h('dd', { text: l.suggested_document }),
      h('dt', { text: '运行' }), h('dd', { text: '第 ' + l.first_seen_run + ' 次运行首次发现，第 ' + l.last_seen_run + ' 次运行仍在'
        + (l.no_longer_found_in_run ? '；第 ' + l.no_longer_found_in_run + ' 次运行不再发现' : '') }),
      l.reply_deadline ? [h('dt', { text: '回复期限' }), h('dd', { text: l.reply_deadline })] : null,
      Object.entries(l.facts).map(([k, v]) => [h('dt', { text: (detail.fact_labels || {})[k] || k }), h('dd', { text: v })]));
    const evidence = table(['数据集', '文件', '行', '作用'], l.evidence.map(e => h('tr', {},
      h('td', { text: e.dataset }), h('td', { text: e.file }), h('td', { class: 'num', text: String(e.line) }),
      h('td', { text: e.role }))), 'evidence');
    const matches = l.possible_matches.length === 0 ? null : [h('h2', { text: '可能的对应记录（请先核对）' }),
      table(['数据集', '文件', '行', '理由'], l.possible_matches.map(m => h('tr', {}, h('td', { text: m.dataset }),
        h('td', { text: m.file }), h('td', { class: 'num', text: String(m.line) }), h('td', { text: m.reason }))))];
    const history = detail.history.length === 0 ? h('p', { class: 'hint', text: '尚无审查记录。' })
      : table(['#', '时间', '审查人', '操作', '状态', '备注', '详情'], detail.history.map(ev => h('tr', {},
        h('td', { class: 'num', text: String(ev.seq) }), h('td', { text: ev.at.replace('T', ' ').replace(/\..*$/, '') }),
        h('td', { text: ev.actor }), h('td', { text: ACTION_LABELS[ev.action] || ev.action }),
        h('td', { text: (STATE_LABELS[ev.from] || ev.from) + ' → ' + (STATE_LABELS[ev.to] || ev.to) }),
        h('td', { text: ev.note }),
        h('td', { text: Object.entries(ev.details || {}).map(([k, v]) => k + '：' + v).join('；') }))), 'history');
    const actions = h('div', { class: 'actions', id: 'actions' });
    const formSlot = h('div', { id: 'action-form' });
    detail.allowed_actions.forEach(a => actions.appendChild(h('button', { type: 'button', class: 'primary',
      'data-action': a.action, text: a.label,
      onclick: () => { clear(formSlot).appendChild(actionForm(l, a, detail.dismiss_reasons)); } })));
    const canDraft = detail.allowed_actions.some(a => a.action === 'issue-document');
    show(
      h('p', {}, h('a', { href: '#/leads', text: '← 返回线索列表' })),
      h('h1', { id: 'lead-title' }, l.kind_label + ' · ' + l.name + ' ',
        h('span', { id: 'lead-state', class: 'badge state-' + l.state, 'data-state': l.state, text: l.state_label })),
      conflict ? h('p', { class: 'notice conflict', id: 'conflict', role: 'alert', text: conflict }) : null,
      h('section', { class: 'card' }, h('p', { id: 'lead-summary', text: l.summary }),
        h('h2', { text: '法律依据' }), h('ul', { id: 'legal-basis' }, l.legal_basis.map(b => h('li', { text: b })))),
      h('section', { class: 'card' }, h('h2', { text: '事实' }), facts),
      h('section', { class: 'card' }, h('h2', { text: '证据' }), evidence, matches),
      h('section', { class: 'card' }, h('h2', { text: '审查' }),
        detail.allowed_actions.length ? actions : h('p', { class: 'hint', text: me().role === 'viewer'
          ? '查看角色只能浏览（脱敏），不能审查。' : '此状态下没有可执行的审查操作。' }),
        formSlot),
      h('section', { class: 'card', id: 'lead-documents' }, h('h2', { text: '文书' }),
        documentList(docs.documents, '尚未制作文书。'), canDraft ? draftForm([l.lead_id], l.suggested_document) : null),
      h('section', { class: 'card' }, h('h2', { text: '审查记录' }), history));
  }

  /** A form for one allowed action, its fields as the API names them. */
  function actionForm(lead, action, reasons) {
    const choices = action.choices || {};
    const inputs = action.fields.map(f => {
      let input;
      if (f === 'reason' && !choices.reason) {
        input = h('select', { name: f, required: true }, reasons.map(r => h('option', { value: r.reason, text: r.label })));
      } else if (choices[f]) {
        // a closed list: the API says which values the field may take
        input = h('select', { name: f }, h('option', { value: '', text: f === 'document_type' ? '（按已制作的文书）' : '（请选择）' }),
          choices[f].map(c => h('option', { value: c.value, text: c.label })));
      } else if (TEXT_AREAS.has(f)) {
        input = h('textarea', { name: f });
      } else {
        input = h('input', { name: f, type: DATE_FIELDS.has(f) ? 'date' : 'text' });
      }
      return h('label', { class: TEXT_AREAS.has(f) ? 'wide' : null }, FIELD_LABELS[f] || f, input);
    });
    const form = h('form', { class: 'card', id: 'form-' + action.action, onsubmit: async ev => {
      ev.preventDefault();
      const body = { action: action.action, expected_version: lead.version };
      new FormData(form).forEach((v, k) => {
        if (String(v).trim() !== '') {
          body[k] = String(v).trim();
        }
      });
      const button = form.querySelector('button[type=submit]');
      button.disabled = true;
      try {
        await api('review', { id: lead.lead_id }, {}, body);
        flash('已' + action.label + '。');
        await leadPage(lead.lead_id);
      } catch (e) {
        button.disabled = false;
        if (e instanceof ApiError && e.problem.type === '/problems/concurrent-review') {
          await reloadAfterConflict(lead);
        } else {
          failed(e);
        }
      }
    } }, h('strong', { text: action.label }), h('div', { class: 'fields' }, inputs),
    h('button', { type: 'submit', class: 'primary submit-action', text: '确认' + action.label }), ' ',
    h('button', { type: 'button', onclick: () => form.remove(), text: '取消' }));
    return form;
  }

  /** Someone else reviewed the lead first: reload it and say who did what. */
  async function reloadAfterConflict(lead) {
    const fresh = await api('lead', { id: lead.lead_id });
    const newer = fresh.history.filter(ev => ev.seq > lead.version);
    const by = newer.map(ev => ev.actor + '（' + ev.at.replace('T', ' ').replace(/\..*$/, '') + '，'
      + (ACTION_LABELS[ev.action] || ev.action) + '）').join('、');
    await leadPage(lead.lead_id, '此线索已被他人先行处理：' + (by || '版本已变') + '。您的操作未保存，页面已重新加载，当前状态为“'
      + fresh.lead.state_label + '”，请确认后再操作。');
  }

  // ---- documents

  /**
   * Shows a document's text laid out as it is printed (as the Word file has it): the procuratorate and
   * the title centred, the number centred, the addressee flush left, the body indented, the signature
   * (the last two lines, ending with a date) aligned right; Markdown marks dropped. Text only. The
   * addressee and the number are what the draft says whatever they begin with: a unit the data names
   * "# …" is the addressee, not a title (as in the Word file).
   */
  function renderDocument(el, markdown, number, recipient) {
    clear(el);
    const lines = markdown.split(/\r?\n/).map(l => l.trim().replace(/\*\*|__|`/g, '')).filter(l => l !== '');
    const signed = lines.length >= 2 && /^\d{4}年\d{1,2}月\d{1,2}日$/.test(lines[lines.length - 1]);
    lines.forEach((line, i) => {
      let cls = null;
      let text = line;
      const plain = unescapeDraft(line);
      if (recipient && plain === recipient + '：' && i < 5) {
        cls = 'doc-addressee';
      } else if (number && plain === number) {
        cls = 'doc-number';
      } else if (line.startsWith('# ')) {
        cls = 'doc-title';
        text = line.substring(2).trim();
      } else if (line.startsWith('#')) {
        cls = 'doc-heading';
        text = line.replace(/^#+\s*/, '');
      } else if (signed && i >= lines.length - 2) {
        cls = 'doc-signature';
      } else if (line.endsWith('：') && i < 5) {
        cls = 'doc-addressee';
      } else {
        text = line.replace(/^([-*+]|\d+\.)\s+/, '');
      }
      el.appendChild(h('p', { class: cls, text: unescapeDraft(text) }));
    });
  }

  /**
   * A draft's line with the character references the drafter writes for the data's own characters
   * (MarkdownText: & < > [ ] * _ ` # \) read back as those characters; shown as text, never as markup.
   */
  const DRAFT_REFERENCES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&#91;': '[', '&#93;': ']', '&#42;': '*',
    '&#95;': '_', '&#96;': '`', '&#35;': '#', '&#92;': '\\' };
  function unescapeDraft(line) {
    return line.replace(/&(?:amp|lt|gt|#9[1235]|#4[2]|#35|#96);/g, r => DRAFT_REFERENCES[r] || r);
  }

  function documentList(docs, empty) {
    if (docs.length === 0) {
      return h('p', { class: 'hint no-documents', text: empty });
    }
    return h('div', { class: 'documents' }, docs.map(d => {
      const text = h('div', { class: 'document-text', hidden: true });
      return h('div', { class: 'document', 'data-number': d.number },
        h('p', {}, h('strong', { class: 'document-number', text: d.number }), ' ', d.type_label, ' · 致 ', d.recipient,
          ' · ', d.issue_date, d.reply_deadline ? ' · 回复期限 ' + d.reply_deadline : '',
          d.lead_ids.length > 1 ? h('span', { class: 'badge', text: ' 类案 ' + d.lead_ids.length + ' 件' }) : null),
        h('div', { class: 'actions' },
          h('button', { type: 'button', class: 'preview', onclick: async () => {
            if (text.hidden) {
              const full = await api('document', { number: d.number }, { format: 'json' });
              renderDocument(text, full.markdown, full.number, full.recipient);
            }
            text.hidden = !text.hidden;
          }, text: '预览' }),
          h('button', { type: 'button', class: 'download', onclick: async () => {
            try {
              saveBlob(await api('document', { number: d.number }, { format: 'docx' }, undefined, true), d.number + '.docx');
              flash('已下载 ' + d.number + '.docx');
            } catch (e) {
              failed(e);
            }
          }, text: '下载 Word' }),
          d.lead_ids.length > 1 ? d.lead_ids.map((id, i) => h('a', { href: '#/lead/' + encodeURIComponent(id),
            text: '线索' + (i + 1) })) : null),
        text);
    }));
  }

  /** Drafts a document from confirmed leads: POST /documents files it under its number and shows it. */
  function draftForm(leadIds, suggested) {
    const slot = h('div', { class: 'drafted' });
    const form = h('form', { class: 'draft', onsubmit: async ev => {
      ev.preventDefault();
      const body = { lead_ids: leadIds };
      new FormData(form).forEach((v, k) => {
        if (String(v).trim() !== '') {
          body[k] = String(v).trim();
        }
      });
      try {
        const d = await api('fileDocument', {}, {}, body);
        flash('已制作并登记：' + d.number);
        // filed all the same, but a lead the latest run no longer found is to be checked before issuing
        const gone = Object.entries(d.no_longer_found || {});
        const none = form.closest('section') && form.closest('section').querySelector('.no-documents');
        if (none) {
          none.remove();
        }
        clear(slot).appendChild(documentList([{ number: d.number, type_label: d.title, recipient: d.recipient,
          issue_date: d.issue_date, reply_deadline: d.reply_deadline, lead_ids: d.lead_ids }], ''));
        gone.forEach(([lead, run]) => slot.appendChild(h('p', { class: 'flag no-longer-found',
          text: '注意：线索 ' + lead + ' 自第 ' + run + ' 次运行起不再发现（数据可能已更正），制发前请核实' })));
        const text = slot.querySelector('.document-text');
        renderDocument(text, d.markdown, d.number, d.recipient);
        text.hidden = false;
      } catch (e) {
        failed(e);
      }
    } }, h('h2', { text: leadIds.length > 1 ? '制作类案文书' : '制作文书' }),
    h('div', { class: 'fields' },
      h('label', {}, '文书类型', h('select', { name: 'document_type' }, DOCUMENT_TYPES.map(([v, t]) =>
        h('option', { value: v, selected: t === suggested, text: t })))),
      h('label', {}, '文书日期', h('input', { type: 'date', name: 'date' })),
      h('label', {}, '回复期限', h('input', { type: 'date', name: 'reply_deadline' }))),
    h('button', { type: 'submit', class: 'primary draft-submit', text: '起草并登记文号' }),
    h('span', { class: 'hint', text: ' 日期留空为今天，回复期限留空按默认期限。制发后请用“制发文书”登记。' }));
    return h('div', {}, form, slot);
  }

  async function documentsPage() {
    const docs = await api('documents', {}, {});
    show(h('h1', { text: '文书' }), h('p', { class: 'total' }, '共 ', h('strong', { id: 'total', text: String(docs.documents.length) }),
      ' 份'), h('section', { class: 'card' }, documentList(docs.documents, '尚未制作文书。')));
  }

  async function classCasesPage() {
    const report = await api('classCases', {}, { min_count: 2 });
    const mayDraft = me().role !== 'viewer';
    const groups = report.groups.map(g => h('section', { class: 'card class-case', 'data-kind': g.kind, 'data-agency': g.agency },
      h('h2', { text: g.agency + ' · ' + g.kind_label }),
      h('p', {}, h('a', { href: hashOf('leads', { model: g.model, kind: g.kind, agency: g.agency }),
        text: g.count + ' 件' }), '，' + (g.earliest || '') + ' 至 ' + (g.latest || '') + '。', g.pattern),
      h('p', { class: 'hint', text: '案号：' + g.case_numbers.join('、') }),
      // a recommendation already filed on the group's leads is named, and one is offered only for the leads none cites
      g.recommendations.length ? h('p', { class: 'filed-recommendations', text: '已制作检察建议：' + g.recommendations.join('、')
        + (g.leads_without_recommendation.length ? '；尚未涉及 ' + g.leads_without_recommendation.length + ' 件' : '') }) : null,
      mayDraft && g.leads_without_recommendation.length >= Math.min(2, g.count)
        ? draftForm(g.leads_without_recommendation, '检察建议') : null));
    show(h('h1', { text: '类案' }), h('p', { class: 'hint', text: '同一单位、同一类型的成案线索（至少 2 件），可制作一份类案文书。' }),
      groups.length ? groups : h('p', { class: 'hint', text: '暂无类案。' }));
  }

  // ---- source governance (诉源治理)

  async function governancePage() {
    const g = await api('governance', {}, {});
    const mayRecord = me().role !== 'viewer';
    const open = r => ['pending', 'overdue', 'in-force'].includes(r.status);
    const records = table(['编号', '类别', '事项', '单位', '日期', '期限', '状态', '线索', ''],
      g.records.map(r => h('tr', { 'data-record': r.id }, h('td', { text: r.id }), h('td', { text: r.kind_label }),
        h('td', {}, h('strong', { text: r.title }), r.number ? ' ' + r.number : '', r.content ? h('div', { class: 'hint', text: r.content }) : null),
        h('td', { text: r.agencies.join('、') }), h('td', { text: r.date }), h('td', { text: r.deadline || '—' }),
        h('td', {}, h('span', { class: 'badge' + (r.status === 'overdue' ? ' flag' : ''), 'data-status': r.status,
          text: r.status_label })),
        h('td', {}, r.lead_ids.map((id, i) => h('a', { href: '#/lead/' + encodeURIComponent(id), text: '线索' + (i + 1) + ' ' }))),
        h('td', {}, mayRecord && open(r) ? closeForm(r) : null))), 'governance');
    const counts = table(['单位', { label: '检察建议', num: true }, { label: '已采纳', num: true }, { label: '整改措施', num: true },
      { label: '已整改', num: true }, { label: '逾期', num: true }, { label: '联席会议', num: true }, { label: '机制', num: true }],
    g.by_agency.concat([g.total]).map(a => h('tr', {}, h('td', { text: a.agency }), numCell(a.recommendations, null),
      numCell(a.adopted, null), numCell(a.measures, null), numCell(a.rectified, null), numCell(a.overdue, null),
      numCell(a.meetings, null), numCell(a.mechanisms_in_force, null))), 'governance-counts');
    show(h('h1', { text: '诉源治理' }), h('p', { class: 'hint', text: '检察建议、联席会议、整改措施和联动协作机制，状态截至 ' + g.as_of + '。' }),
      mayRecord ? governanceForm() : null,
      h('section', { class: 'card' }, h('h2', { text: '记录' }), g.records.length ? records : h('p', { class: 'hint', text: '尚无记录。' })),
      h('section', { class: 'card' }, h('h2', { text: '按单位' }), counts));
  }

  function governanceForm() {
    const form = h('form', { class: 'card', id: 'governance-form', onsubmit: async ev => {
      ev.preventDefault();
      const body = {};
      new FormData(form).forEach((v, k) => {
        if (String(v).trim() !== '') {
          body[k] = String(v).trim();
        }
      });
      if (body.lead_ids) {
        body.lead_ids = body.lead_ids.split(/[,，、\s]+/).filter(Boolean);
      }
      try {
        const r = await api('recordGovernance', {}, {}, body);
        flash('已记录 ' + r.id + '：' + r.title);
        await governancePage();
      } catch (e) {
        failed(e);
      }
    } }, h('h2', { text: '新增记录' }), h('div', { class: 'fields' },
      h('label', {}, '类别', h('select', { name: 'kind' }, GOVERNANCE_KINDS.map(([v, t]) => h('option', { value: v, text: t })))),
      h('label', {}, '事项', h('input', { name: 'title', type: 'text', required: true })),
      h('label', {}, '单位（顿号分隔）', h('input', { name: 'agencies', type: 'text', required: true })),
      h('label', {}, '日期', h('input', { name: 'date', type: 'date' })),
      h('label', {}, '期限', h('input', { name: 'deadline', type: 'date' })),
      h('label', {}, '文号', h('input', { name: 'number', type: 'text' })),
      h('label', {}, '承接记录（如 g1）', h('input', { name: 'parent', type: 'text' })),
      h('label', {}, '依据线索编号', h('input', { name: 'lead_ids', type: 'text' })),
      h('label', { class: 'wide' }, '内容', h('textarea', { name: 'content' }))),
    h('button', { type: 'submit', class: 'primary', id: 'governance-submit', text: '记录' }));
    return form;
  }

  function closeForm(record) {
    const form = h('form', { class: 'close-governance', onsubmit: async ev => {
      ev.preventDefault();
      const body = {};
      new FormData(form).forEach((v, k) => {
        if (String(v).trim() !== '') {
          body[k] = String(v).trim();
        }
      });
      try {
        await api('closeGovernance', { id: record.id }, {}, body);
        flash('已办结 ' + record.id);
        await governancePage();
      } catch (e) {
        failed(e);
      }
    } }, h('select', { name: 'status', 'aria-label': '办结方式' }, CLOSINGS.map(([v, t]) => h('option', { value: v, text: t }))),
    h('input', { name: 'note', type: 'text', placeholder: '说明', 'aria-label': '说明' }),
    h('button', { type: 'submit', text: '办结' }));
    return form;
  }

  // ---- statistics

  /** The funnel's stages as GET /stats names them (its funnel member), in order. */
  const FUNNEL_STAGES = [['leads', '线索'], ['verified', '核查'], ['confirmed', '成案'], ['documents', '文书'],
    ['rectified', '整改']];

  /**
   * The funnel's stages: the API's own funnel when GET /stats gives one (an object of counts by stage),
   * else 线索 → 核查 → 成案 → 文书 → 整改 from the review counts (核查: no longer new; 文书: a document
   * issued, replied or not).
   */
  function funnelStages(stats, link) {
    const f = stats.funnel;
    if (f && typeof f === 'object') {
      const stages = FUNNEL_STAGES.filter(([k]) => typeof f[k] === 'number')
        .map(([k, label]) => ({ label: label, value: f[k], href: k === 'leads' ? link({}) : null }));
      if (stages.length) {
        return stages;
      }
    }
    const t = stats.total;
    return [
      { label: '线索', value: t.leads, href: link({}) },
      { label: '核查', value: t.leads - t.new_leads, href: null },
      { label: '成案', value: t.confirmed, href: null },
      { label: '文书', value: t.awaiting_reply + t.rectified + t.reply_overdue, href: null },
      { label: '整改', value: t.rectified, href: link({ status: 'RECTIFIED' }) }];
  }

  /** What the API's funnel says besides its stages: documents' leads and referrals (移送), when it gives them. */
  function funnelNotes(f) {
    if (!f || typeof f !== 'object') {
      return null;
    }
    const notes = [];
    if (typeof f.document_leads === 'number') {
      notes.push('文书涉及线索 ' + f.document_leads + ' 条');
    }
    if (typeof f.referrals === 'number') {
      const to = Object.entries(f.referrals_by_recipient || {}).map(([r, n]) => r + ' ' + n).join('、');
      notes.push('移送 ' + f.referrals + ' 次' + (typeof f.referred_leads === 'number' ? '（线索 ' + f.referred_leads + ' 条）' : '')
        + (to ? '：' + to : ''));
    }
    return notes.length ? h('p', { id: 'funnel-notes', text: notes.join('；') + '。' }) : null;
  }

  let echartsLoading = null;

  /** Apache ECharts, from the server's copy of its WebJar, loaded when a chart is first drawn. */
  function echartsLib() {
    if (window.echarts) {
      return Promise.resolve(window.echarts);
    }
    if (!echartsLoading) {
      echartsLoading = new Promise((resolve, reject) => {
        const s = h('script', { src: 'vendor/echarts.min.js' });
        s.addEventListener('load', () => resolve(window.echarts));
        s.addEventListener('error', () => reject(new Error('图表库未能加载')));
        document.head.appendChild(s);
      });
    }
    return echartsLoading;
  }

  async function statsPage(query) {
    const period = { from: query.from, to: query.to };
    const stats = await api('stats', {}, period);
    const link = q => hashOf('leads', Object.assign({}, period, q));
    const stages = funnelStages(stats, link);
    const t = stats.total;
    const periodForm = h('form', { class: 'card filters', onsubmit: ev => ev.preventDefault() },
      ['from', 'to'].map(k => h('label', {}, k === 'from' ? '首次发现（起）' : '首次发现（止）',
        h('input', { type: 'date', name: k, value: query[k] || '', onchange: ev => {
          const q = Object.assign({}, period);
          q[k] = ev.target.value;
          location.hash = hashOf('stats', q);
        } }))));
    const chart = h('div', { id: 'funnel', role: 'img', 'aria-label': '线索漏斗：' + stages.map(s => s.label + ' ' + s.value).join('，') });
    const funnelTable = table(stages.map(s => ({ label: s.label, num: true })), [h('tr', {}, stages.map(s => {
      const td = numCell(s.value, s.href);
      td.setAttribute('data-stage', s.label);
      return td;
    }))], 'funnel');
    const statusLink = s => link({ status: s });
    // the funnel per model, when the API gives it
    const byModel = !Array.isArray(stats.by_model) || stats.by_model.length === 0 ? null
      : table([{ label: '监督模型' }].concat(FUNNEL_STAGES.map(([, l]) => ({ label: l, num: true }))),
        stats.by_model.map(m => h('tr', { 'data-model': m.model }, h('td', { text: m.model_label || m.model }),
          FUNNEL_STAGES.map(([k]) => numCell(m.funnel[k], k === 'leads' ? link({ model: m.model }) : null)))), 'funnel-by-model');
    const byKind = table(['模型', '线索类型', { label: '线索', num: true }, { label: '新线索', num: true },
      { label: '核查中', num: true }, { label: '成案', num: true }, { label: '排除', num: true },
      { label: '待回复', num: true }, { label: '已整改', num: true }, { label: '逾期', num: true }],
    stats.by_kind.map(k => {
      const q = extra => link(Object.assign({ model: k.model, kind: k.kind }, extra));
      return h('tr', { 'data-kind': k.kind }, h('td', { text: k.model }), h('td', { text: k.kind_label }),
        numCell(k.counts.leads, q({})), numCell(k.counts.new_leads, q({ status: 'NEW' })),
        numCell(k.counts.verifying, q({ status: 'VERIFYING' })), numCell(k.counts.confirmed, null),
        numCell(k.counts.dismissed, q({ status: 'DISMISSED' })), numCell(k.counts.awaiting_reply, q({ status: 'DOCUMENT_ISSUED' })),
        numCell(k.counts.rectified, q({ status: 'RECTIFIED' })), numCell(k.counts.reply_overdue, q({ status: 'REPLY_OVERDUE' })));
    }), 'by-kind');
    const byAgency = table(['被监督单位', { label: '线索', num: true }, { label: '成案', num: true },
      { label: '逾期未回复', num: true }], stats.by_agency.map(a => h('tr', {}, h('td', { text: a.agency }),
      numCell(a.counts.leads, link({ agency: a.agency })), numCell(a.counts.confirmed, null),
      numCell(a.counts.reply_overdue, link({ agency: a.agency, status: 'REPLY_OVERDUE' })))), 'by-agency');
    const reasons = table(['排除理由', { label: '件数', num: true }], Object.entries(t.dismissed_by_reason).map(([r, n]) =>
      h('tr', { 'data-reason': r }, h('td', { text: REASON_LABELS[r] || r }), numCell(n, null))), 'reasons');
    const documents = table(['文书类型', { label: '份数', num: true }], Object.entries(t.documents_by_type).map(([r, n]) =>
      h('tr', {}, h('td', { text: (DOCUMENT_TYPES.find(d => d[0] === r) || [r, r])[1] }), numCell(n, null))), 'documents-by-type');
    show(h('h1', { text: '统计' }), periodForm,
      h('section', { class: 'card' }, h('h2', { text: '线索 → 核查 → 成案 → 文书 → 整改' }), chart, funnelTable,
        funnelNotes(stats.funnel), byModel),
      h('div', { class: 'grid2' },
        h('section', { class: 'card' }, h('h2', { text: '回复' }), h('p', {}, '待回复 ',
          h('a', { href: statusLink('DOCUMENT_ISSUED'), id: 'awaiting-reply', text: String(t.awaiting_reply) }), ' 件，逾期未回复 ',
          h('a', { href: statusLink('REPLY_OVERDUE'), id: 'reply-overdue', text: String(t.reply_overdue) }), ' 件，已整改 ',
          h('a', { href: statusLink('RECTIFIED'), text: String(t.rectified) }), ' 件。'), documents),
        h('section', { class: 'card' }, h('h2', { text: '排除理由' }), reasons,
          h('p', {}, h('a', { href: '#/class-cases', text: '查看类案 →' })))),
      h('section', { class: 'card' }, h('h2', { text: '按线索类型' }), byKind),
      h('section', { class: 'card' }, h('h2', { text: '按被监督单位' }), byAgency));
    const echarts = await echartsLib();
    if (!document.body.contains(chart)) {
      return;
    }
    const c = echarts.init(chart, null, { renderer: 'canvas' });
    c.setOption({
      animation: false,
      color: ['#9e1b1b', '#b8452f', '#c9713f', '#d99b55', '#1a7f37', '#59636e'],
      series: [{
        type: 'funnel', sort: 'none', gap: 4, minSize: '8%', left: '10%', width: '80%',
        label: { show: true, position: 'inside', formatter: '{b}  {c}', fontSize: 15 },
        data: stages.map(s => ({ name: s.label, value: s.value }))
      }]
    });
    c.on('click', p => {
      const s = stages[p.dataIndex];
      if (s && s.href) {
        location.hash = s.href;
      }
    });
  }

  // ---- runs

  /** The Chinese name of each lead kind, by model and kind, from GET /stats. */
  let kindLabels = {};

  async function runsPage() {
    const [runs, stats] = await Promise.all([api('runs', {}, {}), api('stats', {}, {})]);
    kindLabels = {};
    stats.by_kind.forEach(k => { kindLabels[k.model + '/' + k.kind] = k.kind_label; });
    const admin = me().role === 'admin';
    const jobs = table(['作业', '状态', '数据日期', '发起人', '开始', '结束', { label: '线索', num: true }, '说明'],
      runs.jobs.slice().reverse().map(j => h('tr', { 'data-job': j.id }, h('td', { text: j.id }),
        h('td', { class: 'job-state', 'data-state': j.state, text: JOB_STATES[j.state] || j.state }),
        h('td', { text: j.as_of }), h('td', { text: j.requested_by || '—' }), h('td', { text: j.started_at }),
        h('td', { text: j.finished_at || '—' }), h('td', { class: 'num', text: j.run ? String(j.run.leads) : '—' }),
        h('td', { text: j.error || '' }))), 'jobs');
    const list = table(['次', '数据日期', '结束', { label: '线索', num: true }, { label: '新增', num: true },
      { label: '重现', num: true }, { label: '不再发现', num: true }, { label: '读入行', num: true }, { label: '拒收行', num: true }],
    runs.runs.slice().reverse().map(r => h('tr', {}, h('td', { class: 'num', text: String(r.number) }), h('td', { text: r.as_of }),
      h('td', { text: r.finished_at }), h('td', { class: 'num', text: String(r.leads) }),
      h('td', { class: 'num', text: String(r.new_leads) }), h('td', { class: 'num', text: String(r.reappeared) }),
      h('td', { class: 'num', text: String(r.no_longer_found) }), h('td', { class: 'num', text: String(r.rows_read) }),
      h('td', { class: 'num', text: String(r.rows_rejected) }))), 'runs');
    const report = h('div', { id: 'run-report' });
    const start = admin ? h('form', { class: 'card', id: 'run-form', onsubmit: async ev => {
      ev.preventDefault();
      const asOf = ev.target.querySelector('[name=as_of]').value;
      try {
        const job = await api('startRun', {}, {}, { as_of: asOf });
        flash('已开始运行 ' + job.id);
        follow(job.id, report);
      } catch (e) {
        failed(e);
      }
    } }, h('h2', { text: '开始运行' }), h('div', { class: 'fields' },
      h('label', {}, '数据日期（截至）', h('input', { type: 'date', name: 'as_of', id: 'run-as-of', required: true }))),
    h('button', { type: 'submit', class: 'primary', id: 'run-start', text: '运行全部模型' })) : null;
    show(h('h1', { text: '运行' }), start, report, h('section', { class: 'card' }, h('h2', { text: '运行作业' }), jobs),
      h('section', { class: 'card' }, h('h2', { text: '已保存的运行' }), list));
  }

  /** Follows a run job until it ends, then shows its report. */
  async function follow(id, slot) {
    stopPolling();
    let job;
    try {
      job = await api('run', { id: id });
    } catch (e) {
      failed(e);
      return;
    }
    clear(slot).appendChild(runReport(job));
    if (job.state === 'running') {
      pollTimer = setTimeout(() => follow(id, slot), 1000);
    }
  }

  function runReport(job) {
    const parts = [h('h2', { text: '运行作业 ' + job.id }),
      h('p', {}, '状态：', h('strong', { id: 'run-state', 'data-state': job.state, text: JOB_STATES[job.state] || job.state }),
        '，数据日期 ' + job.as_of + (job.error ? '。原因：' + job.error : ''))];
    if (job.run) {
      const r = job.run;
      parts.push(h('p', { id: 'run-summary', text: '第 ' + r.number + ' 次运行：线索 ' + r.leads + ' 条（新增 ' + r.new_leads
        + '，重现 ' + r.reappeared + '，不再发现 ' + r.no_longer_found + '）；读入 ' + r.rows_read + ' 行，拒收 ' + r.rows_rejected + ' 行。' }));
      const rows = [];
      Object.entries(r.leads_by_model_and_kind).forEach(([model, kinds]) => Object.entries(kinds).forEach(([kind, n]) =>
        rows.push(h('tr', {}, h('td', { text: model }), h('td', { text: kindLabels[model + '/' + kind] || kind }),
          numCell(n, hashOf('leads', { model: model, kind: kind }))))));
      parts.push(table(['模型', '线索类型', { label: '线索', num: true }], rows, 'run-kinds'));
    }
    return h('section', { class: 'card' }, parts);
  }

  // ---- start

  document.getElementById('signout').addEventListener('click', () => {
    signOut('已退出。');
    history.replaceState(null, '', location.pathname);
  });
  window.addEventListener('hashchange', route);
  route();
}());
