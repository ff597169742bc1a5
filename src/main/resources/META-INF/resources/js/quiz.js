// The attempt page: saves every answer as it is given (retrying with backoff when the connection
// drops), counts down from the server's deadline, submits at zero, and offers keyboard use.
(function () {
  'use strict';

  var root = document.getElementById('attempt');
  if (!root) return;

  var id = root.dataset.id;
  var deadline = Number(root.dataset.deadline);
  var grace = Number(root.dataset.grace);
  // Server clock minus client clock: the countdown reads the server's time, so a wrong or
  // sleeping client clock does not matter.
  var offset = Number(root.dataset.serverNow) - Date.now();
  var msg = root.dataset;
  var sections = Array.prototype.slice.call(root.querySelectorAll('.question'));
  var paletteButtons = Array.prototype.slice.call(root.querySelectorAll('.palette .pal'));
  var timerEl = document.getElementById('timer');
  var statusEl = document.getElementById('save-status');
  var progressEl = document.getElementById('progress');
  var submitForm = document.getElementById('submit-form');
  var prevButton = document.getElementById('prev');
  var nextButton = document.getElementById('next');
  var finishing = false;
  var current = 0;
  var announcer = document.getElementById('announcer');
  // Where this attempt was and which questions were seen, kept in this browser across reloads.
  var storeKey = 'quiz-' + id;
  var visited = [];
  // Time warnings (seconds left) announced once each; those already passed when the page opens stay quiet.
  var WARNINGS = [600, 300, 60];
  var warned = {};
  var quietUntil = 0; // the palette does not follow a scroll the page itself started

  var MAX_BACKOFF = 30000;

  // The page is the same bytes on every load of this attempt (rendered once, without answers or
  // marks): clear every control the browser may have restored, then sync() reads the saved answers
  // and marks from the state API.
  sections.forEach(function (section) {
    Array.prototype.forEach.call(section.querySelectorAll('input[type=radio]'), function (radio) {
      radio.checked = false;
    });
    section.querySelector('.mark').checked = false;
  });

  var state = sections.map(function (section) {
    var checked = section.querySelector('input[type=radio]:checked');
    var value = { option: checked ? Number(checked.value) : null, marked: section.querySelector('.mark').checked };
    return { wanted: value, saved: value, inFlight: false, failures: 0, retryAt: 0, timer: null, refused: null };
  });

  function remember() {
    try {
      localStorage.setItem(storeKey, JSON.stringify({ at: current, visited: visited }));
    } catch (e) { /* private mode */ }
  }

  function recall() {
    try {
      return JSON.parse(localStorage.getItem(storeKey)) || {};
    } catch (e) {
      return {};
    }
  }

  // Says something once to screen readers (a polite live region), for the palette and the clock.
  function announce(text) {
    announcer.textContent = '';
    setTimeout(function () { announcer.textContent = text; }, 50);
  }

  function stateWords(i) {
    var s = state[i];
    var words = [s.wanted.option !== null ? msg.msgAnswered : visited[i] ? msg.msgNotAnswered : msg.msgNotVisited];
    if (s.wanted.marked) words.push(msg.msgMarked);
    if (!same(s.wanted, s.saved)) words.push(msg.msgUnsavedState);
    return fill(msg.msgQuestionState, { number: i + 1, total: state.length, state: words.join(', ') });
  }

  function serverNow() {
    return Date.now() + offset;
  }

  function same(a, b) {
    return a.option === b.option && a.marked === b.marked;
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, name) {
      return name in values ? values[name] : all;
    });
  }

  // ---- saving -------------------------------------------------------------

  function save(i) {
    var s = state[i];
    if (s.inFlight || s.refused || same(s.wanted, s.saved)) {
      render();
      return;
    }
    clearTimeout(s.timer);
    s.timer = null;
    s.inFlight = true;
    var sent = { option: s.wanted.option, marked: s.wanted.marked };
    render();
    fetch('/api/quizzes/' + id + '/answers/' + i, {
      method: 'PUT',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(sent)
    }).then(function (response) {
      if (response.status === 204) {
        s.saved = sent;
        s.failures = 0;
        return null;
      }
      if (response.status >= 400 && response.status < 500) {
        return response.json().catch(function () { return {}; }).then(function (body) {
          s.refused = body.error || ('HTTP ' + response.status);
        });
      }
      throw new Error('HTTP ' + response.status);
    }).catch(function () {
      s.failures += 1;
      var wait = Math.min(MAX_BACKOFF, 1000 * Math.pow(2, s.failures - 1));
      s.retryAt = Date.now() + wait;
      s.timer = setTimeout(function () { s.timer = null; save(i); }, wait);
    }).then(function () {
      s.inFlight = false;
      if (!s.timer) save(i);
      render();
    });
  }

  function retryNow() {
    state.forEach(function (s, i) {
      if (s.timer) {
        clearTimeout(s.timer);
        s.timer = null;
        save(i);
      }
    });
  }

  function pending() {
    return state.some(function (s) { return !s.refused && (s.inFlight || !same(s.wanted, s.saved)); });
  }

  // ---- answering ----------------------------------------------------------

  function choose(i, option) {
    var section = sections[i];
    var radios = section.querySelectorAll('input[type=radio]');
    if (finishing || option < 0 || option >= radios.length) return;
    radios[option].checked = true;
    state[i].wanted = { option: option, marked: state[i].wanted.marked };
    save(i);
  }

  function clearAnswer(i) {
    if (finishing) return;
    Array.prototype.forEach.call(sections[i].querySelectorAll('input[type=radio]'), function (r) { r.checked = false; });
    state[i].wanted = { option: null, marked: state[i].wanted.marked };
    save(i);
  }

  function setMarked(i, marked) {
    if (finishing) return;
    sections[i].querySelector('.mark').checked = marked;
    state[i].wanted = { option: state[i].wanted.option, marked: marked };
    save(i);
  }

  // ---- display ------------------------------------------------------------

  function render() {
    var answered = 0;
    var marked = 0;
    var refused = null;
    var offline = null;
    var saving = false;
    state.forEach(function (s, i) {
      var unsaved = !same(s.wanted, s.saved);
      if (s.wanted.option !== null) answered += 1;
      if (s.wanted.marked) marked += 1;
      if (s.refused) refused = s.refused;
      else if (s.timer) offline = offline === null ? s.retryAt : Math.min(offline, s.retryAt);
      else if (s.inFlight || unsaved) saving = true;
      var button = paletteButtons[i];
      if (s.wanted.option !== null || s.wanted.marked) visited[i] = true;
      button.classList.toggle('not-visited', !visited[i]);
      button.classList.toggle('answered', s.wanted.option !== null);
      button.classList.toggle('marked', s.wanted.marked);
      button.classList.toggle('unsaved', unsaved);
      button.classList.toggle('current', i === current);
      if (i === current) button.setAttribute('aria-current', 'true');
      else button.removeAttribute('aria-current');
      var label = stateWords(i);
      if (button.getAttribute('aria-label') !== label) button.setAttribute('aria-label', label);
      var qStatus = sections[i].querySelector('.q-status');
      qStatus.textContent = unsaved ? (s.refused ? '⚠' : s.timer ? '⚠' : '…') : (s.wanted.option !== null ? '✓' : '');
      qStatus.className = 'q-status' + (unsaved ? (s.refused || s.timer ? ' bad' : ' busy') : ' ok');
    });
    progressEl.textContent = fill(msg.msgProgress, { answered: answered, total: state.length, marked: marked });
    var text;
    var kind;
    if (refused) {
      text = fill(msg.msgRefused, { reason: refused });
      kind = 'bad';
    } else if (offline !== null) {
      text = fill(msg.msgOffline, { seconds: Math.max(1, Math.ceil((offline - Date.now()) / 1000)) });
      kind = 'bad';
    } else if (saving) {
      text = msg.msgSaving;
      kind = 'busy';
    } else {
      text = msg.msgSaved;
      kind = 'saved';
    }
    if (statusEl.textContent !== text) statusEl.textContent = text;
    statusEl.className = 'save-status ' + kind;
  }

  // Shows question i; focus moves to its heading when the person asked to move (keys, buttons,
  // palette), so the next Tab or key press acts on that question and a screen reader reads it.
  function go(i, focus) {
    if (i < 0 || i >= sections.length) return;
    current = i;
    visited[i] = true;
    sections.forEach(function (s, k) { s.classList.toggle('current', k === i); });
    prevButton.disabled = i === 0;
    nextButton.disabled = i === sections.length - 1;
    if (focus) {
      var heading = sections[i].querySelector('.question-head h2');
      heading.focus({ preventScroll: true });
    }
    if (root.classList.contains('view-all') || focus) {
      quietUntil = Date.now() + 800;
      sections[i].scrollIntoView({ block: 'start', behavior: focus ? 'auto' : 'smooth' });
    }
    remember();
    render();
    if (focus) announce(stateWords(i));
  }

  // All on one page: the palette follows the question being read as the page scrolls (the last
  // question whose top has passed a third of the window; the last one at the bottom of the page).
  function followScroll() {
    if (!root.classList.contains('view-all')) return;
    if (Date.now() < quietUntil) {
      setTimeout(followScroll, quietUntil - Date.now() + 20); // look again once the page's own scroll is over
      return;
    }
    var line = window.innerHeight / 3;
    var found = 0;
    if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2) {
      found = sections.length - 1;
    } else {
      sections.forEach(function (section, i) {
        if (section.getBoundingClientRect().top <= line) found = i;
      });
    }
    if (found === current) return;
    current = found;
    visited[found] = true;
    sections.forEach(function (section, k) { section.classList.toggle('current', k === found); });
    remember();
    render();
  }

  function follow() {
    var queued = false;
    window.addEventListener('scroll', function () {
      if (queued) return;
      queued = true;
      requestAnimationFrame(function () {
        queued = false;
        followScroll();
      });
    }, { passive: true });
  }

  function setView(view) {
    root.classList.toggle('view-one', view === 'one');
    root.classList.toggle('view-all', view === 'all');
    Array.prototype.forEach.call(root.querySelectorAll('.view-switch a'), function (a) {
      if (a.dataset.view === view) a.setAttribute('aria-current', 'true');
      else a.removeAttribute('aria-current');
    });
    try { localStorage.setItem('quiz-view', view); } catch (e) { /* private mode */ }
    history.replaceState(null, '', '?view=' + view + location.hash);
    paletteButtons.forEach(function (b) {
      if (view === 'all') b.setAttribute('aria-controls', sections[paletteButtons.indexOf(b)].id);
    });
  }

  // ---- the clock ----------------------------------------------------------

  function two(n) {
    return (n < 10 ? '0' : '') + n;
  }

  function tick() {
    var left = Math.max(0, deadline - serverNow());
    var seconds = Math.ceil(left / 1000);
    var h = Math.floor(seconds / 3600);
    var m = Math.floor((seconds % 3600) / 60);
    var s = seconds % 60;
    timerEl.textContent = (h > 0 ? h + ':' + two(m) : two(m)) + ':' + two(s);
    timerEl.parentNode.classList.toggle('low', seconds <= 300 && seconds > 60);
    timerEl.parentNode.classList.toggle('critical', seconds <= 60);
    WARNINGS.forEach(function (limit) {
      if (warned[limit] || seconds > limit) return;
      warned[limit] = true;
      if (seconds > limit - 5 && seconds > 0) {
        announce(limit === 60 ? msg.msgOneMinute : fill(msg.msgMinutesLeft, { minutes: limit / 60 }));
      }
    });
    if (state.some(function (st) { return st.timer; })) render();
    if (left <= 0) finish('timer');
  }

  // Waits for saves in flight (at most until the grace ends), then submits the form.
  function finish(by) {
    if (finishing) return;
    finishing = true;
    if (by === 'timer') {
      statusEl.textContent = msg.msgTimeUp;
      statusEl.className = 'save-status busy';
      Array.prototype.forEach.call(root.querySelectorAll('.question-column input, .question-column button'),
        function (el) { el.disabled = true; });
    }
    var stopWaiting = by === 'timer' ? deadline + grace - 300 : serverNow() + 5000;
    retryNow();
    (function wait() {
      if (pending() && serverNow() < stopWaiting) {
        setTimeout(wait, 100);
      } else if (pending() && by === 'you') {
        finishing = false; // still offline: keep the page and its answers; the status says why
        render();
      } else {
        submit(0);
      }
    })();
  }

  // Submits through the JSON API (no form token that could have expired during a long quiz);
  // after a few failed tries the result page itself submits an attempt whose time is up.
  function submit(tries) {
    fetch('/api/quizzes/' + id + '/submit', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' }
    }).then(function (response) {
      if (!response.ok && response.status >= 500) throw new Error('HTTP ' + response.status);
      location.href = '/quiz/' + id + '/result';
    }).catch(function () {
      if (tries < 5) setTimeout(function () { submit(tries + 1); }, 1000 * Math.pow(2, tries));
      else location.href = '/quiz/' + id + '/result';
    });
  }

  // A second tab, or the phone in the pocket: take the server's answers for anything not being
  // changed here, and correct the clock.
  var loaded = false; // the saved answers and marks have been read at least once
  var loadRetry = 1000;

  function sync() {
    var sentAt = Date.now();
    fetch('/api/quizzes/' + id, { credentials: 'same-origin' }).then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.json();
    }).then(function (body) {
      var roundTrip = Date.now() - sentAt;
      offset = Date.parse(body.now) + roundTrip / 2 - Date.now();
      if (body.submitted) {
        location.href = '/quiz/' + id + '/result';
        return;
      }
      body.answers.forEach(function (option, i) {
        var s = state[i];
        if (s.inFlight || s.timer || !same(s.wanted, s.saved)) return;
        var server = { option: option, marked: body.marked[i] };
        s.wanted = server;
        s.saved = server;
        var radios = sections[i].querySelectorAll('input[type=radio]');
        Array.prototype.forEach.call(radios, function (r, k) { r.checked = k === option; });
        sections[i].querySelector('.mark').checked = server.marked;
      });
      loaded = true;
      render();
      tick();
    }).catch(function () {
      // offline: the next save will tell; the first read is tried again until it arrives
      if (!loaded) {
        setTimeout(sync, loadRetry);
        loadRetry = Math.min(loadRetry * 2, MAX_BACKOFF);
      }
    });
  }

  // ---- wiring -------------------------------------------------------------

  sections.forEach(function (section, i) {
    section.addEventListener('change', function (e) {
      if (e.target.type === 'radio') choose(i, Number(e.target.value));
      else if (e.target.classList.contains('mark')) setMarked(i, e.target.checked);
    });
    section.addEventListener('focusin', function () { if (current !== i) { current = i; render(); } });
    section.querySelector('.clear').addEventListener('click', function () { clearAnswer(i); });
  });
  prevButton.addEventListener('click', function () { go(current - 1, true); });
  nextButton.addEventListener('click', function () { go(current + 1, true); });
  paletteButtons.forEach(function (button, i) {
    button.addEventListener('click', function () { go(i, true); });
  });
  Array.prototype.forEach.call(root.querySelectorAll('.view-switch a'), function (a) {
    a.addEventListener('click', function (e) {
      e.preventDefault();
      setView(a.dataset.view);
      go(current, false);
    });
  });

  submitForm.addEventListener('submit', function (e) {
    if (finishing) return;
    e.preventDefault();
    var unanswered = state.filter(function (s) { return s.wanted.option === null; }).length;
    var marked = state.filter(function (s) { return s.wanted.marked; }).length;
    var question = unanswered === 0 && marked === 0
      ? fill(msg.msgConfirmAll, { total: state.length })
      : fill(msg.msgConfirm, { unanswered: unanswered, total: state.length, marked: marked });
    if (!window.confirm(question)) return;
    finish('you');
  });

  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || finishing) return;
    var target = e.target;
    if (target.matches && target.matches('input[type=text], input[type=number], textarea, select')) return;
    var key = e.key;
    if (/^[1-9]$/.test(key)) {
      choose(current, Number(key) - 1);
    } else if (/^[a-dA-D]$/.test(key)) {
      choose(current, key.toUpperCase().charCodeAt(0) - 65);
    } else if (key === 'ArrowRight' || key === 'n' || key === 'N') {
      go(current + 1, true);
    } else if (key === 'ArrowLeft' || key === 'p' || key === 'P') {
      go(current - 1, true);
    } else if (key === 'm' || key === 'M') {
      setMarked(current, !state[current].wanted.marked);
    } else if (key === 'Delete') {
      clearAnswer(current);
    } else {
      return;
    }
    e.preventDefault();
  });

  window.addEventListener('online', retryNow);
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible') sync();
  });
  window.addEventListener('focus', sync);
  window.addEventListener('beforeunload', function (e) {
    if (!finishing && pending()) {
      e.preventDefault();
      e.returnValue = msg.msgUnsaved;
    }
  });

  var params = new URLSearchParams(location.search);
  if (!params.get('view')) {
    var preferred = null;
    try { preferred = localStorage.getItem('quiz-view'); } catch (e) { /* private mode */ }
    if (preferred === 'one' || preferred === 'all') setView(preferred);
  }
  var kept = recall();
  visited = Array.isArray(kept.visited) ? kept.visited.slice(0, sections.length) : [];
  var fromHash = /^#q(\d+)$/.exec(location.hash);
  var start = fromHash ? Number(fromHash[1]) : typeof kept.at === 'number' ? kept.at : 0;
  go(start >= 0 && start < sections.length ? start : 0, false);
  follow();
  tick();
  sync();
  setInterval(tick, 250);
})();
