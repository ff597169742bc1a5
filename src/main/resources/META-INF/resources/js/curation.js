// The curation studio: store a document, pick values, draft facts, check, preview and save through /api/curation.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const state = { document: null, text: '', batch: [], entities: [], proposedLabel: '' };
  const SLOT_NAMES = { money: 'amount', number: 'figure', count: 'count', percent: 'share', duration: 'period',
    date: 'date', month: 'month', year: 'year', 'fiscal-year': 'fy', ordinal: 'rank' };

  function el(tag, attrs, text) {
    const e = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => e.setAttribute(k, v));
    if (text !== undefined) e.textContent = text;
    return e;
  }

  async function api(method, path, body) {
    const res = await fetch('/api/curation' + path, {
      method, headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
    const json = await res.json().catch(() => ({}));
    return { status: res.status, json };
  }

  function list(s) { return (s || '').split(',').map((x) => x.trim()).filter((x) => x); }

  function show(opened) {
    state.document = opened.document;
    state.text = opened.text;
    const s = opened.source;
    $('source-document').textContent = opened.document;
    $('source-id').value = s.id; $('source-title').value = s.title; $('source-publisher').value = s.publisher;
    $('source-published').value = s.published; $('source-reliability').value = s.reliability;
    $('source-topics').value = (s.topics || []).join(', ');
    if (state.source !== s.id) { $('fact-topics').value = ''; state.source = s.id; }
    orderChips();
    renderDocument(opened.analysis);
    $('source').hidden = false; $('draft').hidden = false;
  }

  // topics the base uses, those whose name the text uses first; a click adds or removes the slug
  function orderChips() {
    const text = state.text.toLowerCase();
    const chips = [...document.querySelectorAll('#topic-chips .chip')];
    chips.forEach((c) => {
      const words = c.dataset.name.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 3);
      c.classList.toggle('named', words.some((w) => text.includes(w)));
      c.setAttribute('aria-pressed', String(list($('source-topics').value).includes(c.dataset.slug)));
    });
    chips.sort((x, y) => Number(y.classList.contains('named')) - Number(x.classList.contains('named')))
      .forEach((c) => $('topic-chips').append(c));
  }

  function renderDocument(a) {
    const marks = [].concat(
      a.values.map((v) => ({ start: v.start, end: v.end, cls: 'value', label: v.type, pick: () => addSlot(v, true) })),
      a.entities.map((m) => ({ start: m.start, end: m.end, cls: 'entity', label: m.kind,
        pick: () => addSlot({ type: m.kind, value: m.name, label: m.label }, true) })),
      a.candidates.map((m) => ({ start: m.start, end: m.end, cls: 'candidate', label: 'new ' + m.kind,
        pick: () => { $('new-entity').open = true; $('entity-name').value = m.text;
          $('entity-type').value = m.kind === 'ministry' ? 'ministry' : '';
          addSlot({ type: $('entity-type').value, value: m.text, label: m.label }, true); } })))
      .sort((x, y) => x.start - y.start);
    const box = $('document');
    box.replaceChildren();
    a.sentences.forEach((s) => {
      const p = el('p', { 'data-sentence': s.index });
      let at = s.start;
      marks.filter((m) => m.start >= s.start && m.end <= s.end).forEach((m) => {
        if (m.start < at) return;
        p.append(state.text.substring(at, m.start));
        const span = el('span', { class: 'mark ' + m.cls, title: m.label }, state.text.substring(m.start, m.end));
        span.append(el('small', {}, m.label));
        span.addEventListener('click', (e) => { e.stopPropagation(); pick(p, s); m.pick(); });
        p.append(span);
        at = m.end;
      });
      p.append(state.text.substring(at, s.end));
      p.addEventListener('click', () => pick(p, s));
      box.append(p);
    });
  }

  function pick(p, s) {
    document.querySelectorAll('.document p.picked').forEach((x) => x.classList.remove('picked'));
    p.classList.add('picked');
    $('picked-sentence').textContent = s.text;
  }

  function addSlot(v, clicked) {
    const row = el('tr');
    let name = SLOT_NAMES[v.type] || v.type || 'slot';
    const taken = () => [...document.querySelectorAll('#slots .slot-name')].map((i) => i.value);
    for (let n = 2; taken().includes(name); n++) name = (SLOT_NAMES[v.type] || v.type) + n;
    [['slot-name', name], ['slot-type', v.type || ''], ['slot-value', v.value || ''], ['slot-scale', v.scale || ''],
      ['slot-unit', v.unit || v.suggestedUnit || ''], ['slot-currency', v.currency || ''], ['slot-ask', '']].forEach(([cls, val]) => {
      const td = el('td', cls === 'slot-ask' ? { class: 'ask' } : {});
      const input = el('input', { class: cls, 'aria-label': cls.replace('slot-', 'slot ') });
      input.value = val; td.append(input); row.append(td);
    });
    const remove = el('button', { type: 'button' }, 'Remove');
    remove.addEventListener('click', () => row.remove());
    const td = el('td'); td.append(remove); row.append(td);
    $('slots').append(row);
    const text = $('fact-text');
    if (!text.value.includes('{' + name + '}')) text.value = (text.value + ' {' + name + '}').trim();
    // a proposed label fills an empty label, or replaces the last proposal the curator has not changed
    const label = $('fact-label');
    if (v.label && (!label.value.trim() || label.value === state.proposedLabel)) {
      label.value = v.label; state.proposedLabel = v.label;
    }
    // the curator writes the text next: the cursor waits at its start
    if (clicked) { text.focus(); text.setSelectionRange(0, 0); }
  }

  function currentFact() {
    const slots = {}; const ask = {};
    document.querySelectorAll('#slots tr').forEach((r) => {
      const v = (c) => r.querySelector('.' + c).value.trim() || null;
      slots[v('slot-name')] = { type: v('slot-type'), value: v('slot-value'), scale: v('slot-scale'),
        unit: v('slot-unit'), currency: v('slot-currency') };
      if (v('slot-ask')) ask[v('slot-name')] = v('slot-ask');
    });
    const items = list($('list-items').value);
    return { id: $('fact-id').value.trim(), text: $('fact-text').value.trim(), label: $('fact-label').value.trim(),
      salience: $('fact-salience').value, topics: list($('fact-topics').value),
      notTopics: list($('fact-not-topics').value), slots, ask,
      event: $('fact-event').value.trim() || null,
      relation: $('relation-name').value.trim() ? { name: $('relation-name').value.trim(),
        left: $('relation-left').value.trim(), middle: $('relation-middle').value.trim() || null,
        right: $('relation-right').value.trim() } : null,
      list: $('list-name').value.trim() ? { name: $('list-name').value.trim(), slot: $('list-slot').value.trim(),
        complete: $('list-complete').checked, membersAre: $('list-members-are').value.trim() || null,
        items, knownFalse: knownFalse($('list-known-false').value) } : null,
      explainedBy: $('fact-explained-by').value.trim() || null, covers: list($('fact-covers').value) };
  }

  // "value: why" a line, as the list's known-false map
  function knownFalse(text) {
    const out = {};
    text.split('\n').forEach((line) => {
      const at = line.indexOf(':');
      if (at > 0 && line.slice(0, at).trim()) out[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    });
    return out;
  }

  function hasFact() { return $('fact-id').value.trim() !== '' || $('fact-label').value.trim() !== ''; }

  function draft(withCurrent) {
    return { source: { id: $('source-id').value.trim(), title: $('source-title').value.trim(),
      publisher: $('source-publisher').value.trim(), published: $('source-published').value,
      document: state.document, topics: list($('source-topics').value), reliability: $('source-reliability').value },
    facts: state.batch.concat(withCurrent && hasFact() ? [currentFact()] : []), entities: state.entities };
  }

  function report(r) {
    const box = $('report'); box.replaceChildren();
    const section = (title, items, cls) => {
      if (!items || !items.length) return;
      box.append(el('h3', {}, title));
      const ul = el('ul', { class: cls }); items.forEach((i) => ul.append(el('li', {}, i))); box.append(ul);
    };
    if (r.error) section('Refused', [r.error], 'errors');
    section('Errors (nothing is saved while there are any)', r.errors, 'errors');
    section('Own words', r.warnings, 'warnings');
    section('Notes', r.notes, 'notes');
    section('Forms searched in the document', (r.forms || []).map((f) => f.fact + ' / ' + f.slot + ' = ' + f.display
      + ': ' + f.searched.join(' · ')), 'forms');
    if (r.errors && !r.errors.length && !r.error) box.prepend(el('p', { class: 'ok' }, 'All checks pass.'));
    const pv = el('div', { class: 'preview' });
    (r.preview || []).forEach((k) => {
      const art = el('article'); art.append(el('h4', {}, k.name));
      if (k.reason) art.append(el('p', { class: 'reason' }, k.reason));
      else {
        art.append(el('p', {}, k.stem));
        if (k.statements.length) { const ol = el('ol'); k.statements.forEach((s) => ol.append(el('li', {}, s))); art.append(ol); }
        const ol = el('ol', { type: 'a' }); k.options.forEach((o) => ol.append(el('li', {}, o))); art.append(ol);
        art.append(el('p', { class: 'answer' }, 'Answer: ' + k.answer));
      }
      pv.append(art);
    });
    if (r.preview && r.preview.length) { box.append(el('h3', {}, 'Preview')); box.append(pv); }
  }

  // extra topics stay for the next fact of the source; everything else starts afresh
  function clearFact() {
    state.proposedLabel = '';
    $('fact-salience').value = 'core'; $('list-complete').checked = false;
    ['fact-id', 'fact-text', 'fact-label', 'fact-event', 'relation-name', 'relation-left',
      'relation-middle', 'relation-right', 'list-name', 'list-slot', 'list-items', 'list-members-are', 'list-known-false',
      'fact-explained-by', 'fact-covers', 'fact-not-topics'].forEach((id) => { $(id).value = ''; });
    $('slots').replaceChildren();
  }

  function renderBatch() {
    const ul = $('batch'); ul.replaceChildren();
    state.batch.forEach((f) => ul.append(el('li', {}, f.id + ': ' + f.text)));
  }

  $('paste-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const r = await api('POST', '/documents', { text: $('document-text').value });
    if (r.status === 201) show(r.json); else report(r.json);
  });
  $('add-slot').addEventListener('click', () => addSlot({ type: 'number' }));
  $('show-asks').addEventListener('change', () => $('slot-table').classList.toggle('show-asks', $('show-asks').checked));
  $('topic-chips').addEventListener('click', (e) => {
    const chip = e.target.closest('.chip');
    if (!chip) return;
    const topics = list($('source-topics').value);
    const at = topics.indexOf(chip.dataset.slug);
    if (at >= 0) topics.splice(at, 1); else topics.push(chip.dataset.slug);
    $('source-topics').value = topics.join(', ');
    chip.setAttribute('aria-pressed', String(at < 0));
  });
  $('source-topics').addEventListener('input', orderChips);
  // Ctrl+Enter (Cmd+Enter on a Mac) anywhere in the fact adds it to the batch
  $('draft').addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); $('add-fact').click(); }
  });
  // the own-words check as the curator types: a run of eight words copied from the document is flagged at once
  let ownWordsTimer = null;
  $('fact-text').addEventListener('input', () => {
    clearTimeout(ownWordsTimer);
    ownWordsTimer = setTimeout(async () => {
      if (!state.document) return;
      const r = await api('POST', '/own-words', { document: state.document, text: $('fact-text').value });
      $('own-words').textContent = r.status === 200 && r.json.warning ? r.json.warning : '';
    }, 300);
  });
  $('add-entity').addEventListener('click', () => {
    state.entities.push({ name: $('entity-name').value.trim(), type: $('entity-type').value.trim(),
      country: $('entity-country').value.trim() || null, role: $('entity-role').value.trim() || null });
    $('entities').append(el('li', {}, $('entity-name').value + ' (' + $('entity-type').value + ')'));
    $('entity-name').value = '';
  });
  $('check').addEventListener('click', async () => report((await api('POST', '/check', draft(true))).json));
  $('add-fact').addEventListener('click', async () => {
    if (state.adding) return;
    state.adding = true;
    try {
      const r = await api('POST', '/check', draft(true));
      report(r.json);
      if (r.status === 200 && !r.json.errors.length) { state.batch.push(currentFact()); clearFact(); renderBatch(); }
    } finally { state.adding = false; }
  });
  $('save').addEventListener('click', async () => {
    const r = await api('POST', '/facts', draft(true));
    report(r.json);
    if (r.status === 201) {
      const id = $('source-id').value.trim();
      $('save-result').textContent = 'Saved and live: ' + r.json.forms.length + ' slots checked. ';
      $('save-result').append(el('a', { href: '/api/questions?sources=' + id, id: 'live-link' }, 'Questions from ' + id));
      state.batch = []; state.entities = []; clearFact(); renderBatch(); $('entities').replaceChildren();
    }
  });
  const opened = new URLSearchParams(location.search).get('document');
  if (opened) api('GET', '/documents/' + encodeURIComponent(opened)).then((r) => r.status === 200 && show(r.json));
})();
