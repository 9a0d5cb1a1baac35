/*
 * Search in the browser over the prebuilt index in search/search-index.js (which sets
 * window.tabledSearchIndex). A document matches when every word searched for appears in its title
 * or text; title matches rank first. Results are built with textContent, never innerHTML.
 * Without JavaScript the search page lists every document instead.
 */
(function () {
  'use strict';
  var form = document.querySelector('[data-search]');
  var index = window.tabledSearchIndex;
  if (!form || !index || !document.querySelector) {
    return;
  }
  document.documentElement.className += ' js';
  var input = form.querySelector('input[name="q"]');
  var results = document.querySelector('[data-search-results]');
  var all = document.querySelector('[data-search-all]');
  var root = form.getAttribute('data-root') || '../';
  var docs = index.documents.map(function (d) {
    return { doc: d, title: d.title.toLowerCase(), text: d.text.toLowerCase() };
  });

  function words(q) {
    return q.toLowerCase().split(/[^\p{L}\p{N}£%.-]+/u).filter(function (w) { return w.length > 0; });
  }

  function count(haystack, needle) {
    var n = 0;
    var i = haystack.indexOf(needle);
    while (i !== -1 && n < 50) {
      n++;
      i = haystack.indexOf(needle, i + needle.length);
    }
    return n;
  }

  function snippet(d, w) {
    var at = d.text.indexOf(w);
    if (at < 0) {
      return d.doc.text.slice(0, 160) + (d.doc.text.length > 160 ? '…' : '');
    }
    var start = Math.max(0, at - 70);
    var end = Math.min(d.doc.text.length, at + w.length + 90);
    // Start and end on whole words.
    if (start > 0) {
      var space = d.doc.text.indexOf(' ', start);
      start = space >= 0 && space < at ? space + 1 : start;
    }
    var last = d.doc.text.lastIndexOf(' ', end);
    end = end < d.doc.text.length && last > at + w.length ? last : end;
    return (start > 0 ? '…' : '') + d.doc.text.slice(start, end).trim() + (end < d.doc.text.length ? '…' : '');
  }

  function search(q) {
    var ws = words(q);
    var found = [];
    if (ws.length === 0) {
      return found;
    }
    docs.forEach(function (d) {
      var score = 0;
      for (var i = 0; i < ws.length; i++) {
        var inTitle = count(d.title, ws[i]);
        var inText = count(d.text, ws[i]);
        if (inTitle + inText === 0) {
          return;
        }
        score += inTitle * 20 + inText;
      }
      found.push({ d: d, score: score });
    });
    found.sort(function (a, b) {
      return b.score - a.score || a.d.doc.title.localeCompare(b.d.doc.title);
    });
    return found.map(function (f) { return { d: f.d, snippet: snippet(f.d, ws[0]) }; });
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text) { e.textContent = text; }
    return e;
  }

  function show(q) {
    results.textContent = '';
    if (all) { all.hidden = q.trim().length > 0; }
    if (!q.trim()) {
      return;
    }
    var found = search(q);
    var heading = el('h2', null, found.length === 0 ? 'No results for “' + q + '”'
        : found.length + (found.length === 1 ? ' result' : ' results') + ' for “' + q + '”');
    heading.id = 'results-heading';
    results.appendChild(heading);
    if (found.length === 0) {
      results.appendChild(el('p', null, 'Check the spelling, or try fewer or different words.'));
      return;
    }
    var list = el('ol', 'search-results-list');
    found.forEach(function (f) {
      var li = el('li');
      var a = el('a', null, f.d.doc.title);
      a.href = root + f.d.doc.path;
      li.appendChild(a);
      li.appendChild(el('span', 'search-snippet', f.d.doc.kind + ', ' + f.d.doc.committee + ', ' + f.d.doc.date));
      li.appendChild(el('span', 'search-snippet', f.snippet));
      list.appendChild(li);
    });
    results.appendChild(list);
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var q = input.value;
    if (window.history && window.history.replaceState) {
      window.history.replaceState(null, '', q ? '?q=' + encodeURIComponent(q) : window.location.pathname);
    }
    show(q);
  });

  var initial = new URLSearchParams(window.location.search).get('q');
  if (initial) {
    input.value = initial;
    show(initial);
  }
}());
