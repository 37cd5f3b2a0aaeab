// criba web UI: search as you type. The server renders the result markup (/ui/search/results);
// this script only fetches it and swaps it in. Without JavaScript the search form still works.
(function () {
  'use strict';
  var input = document.getElementById('q');
  var results = document.getElementById('results');
  var form = document.getElementById('search-form');
  if (!input || !results || !form) return;
  var type = document.getElementById('type');
  var timer = 0;
  var seq = 0;

  function run() {
    var q = input.value.trim();
    var mine = ++seq;
    var params = new URLSearchParams({ q: q });
    if (type && type.value) params.set('type', type.value);
    var url = '/ui/search/results?' + params.toString();
    if (!q) {
      results.innerHTML = '';
      results.setAttribute('aria-busy', 'false');
      history.replaceState(null, '', '/ui/');
      return;
    }
    results.setAttribute('aria-busy', 'true');
    fetch(url, { headers: { accept: 'text/html' }, credentials: 'same-origin' })
      .then(function (r) {
        // the API key cookie expired: go to the login page instead of showing it inside the results
        if (r.redirected && r.url.indexOf('/ui/login') >= 0) { window.location.href = r.url; return ''; }
        return r.text();
      })
      .then(function (html) {
        if (mine !== seq) return; // a newer keystroke won
        results.innerHTML = html;
        results.setAttribute('aria-busy', 'false');
        history.replaceState(null, '', '/ui/?' + params.toString());
      })
      .catch(function () {
        if (mine === seq) results.innerHTML = '<p class="empty">The server did not answer. Try again.</p>';
      });
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(run, 120);
  });
  if (type) type.addEventListener('change', run);
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    clearTimeout(timer);
    run();
  });
  // keyboard: ArrowDown from the box goes to the first result, ArrowUp/Down move between results
  document.addEventListener('keydown', function (e) {
    var links = Array.prototype.slice.call(results.querySelectorAll('a.hit-name'));
    if (!links.length) return;
    var i = links.indexOf(document.activeElement);
    if (e.key === 'ArrowDown' && (document.activeElement === input || i >= 0)) {
      e.preventDefault();
      links[Math.min(i + 1, links.length - 1)].focus();
    } else if (e.key === 'ArrowUp' && i >= 0) {
      e.preventDefault();
      if (i === 0) input.focus(); else links[i - 1].focus();
    } else if (e.key === 'Escape' && document.activeElement === input) {
      input.value = '';
      run();
    }
  });
})();
