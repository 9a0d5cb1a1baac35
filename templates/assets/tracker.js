/*
 * Filters a committee's tracker by status in place. The form is in the page but hidden: without
 * JavaScript, the summary table links to a page per status instead. Entries carry their status in
 * data-status; a meeting or item group with no entry left showing is hidden too, and a status
 * message says how many entries are shown. An entry standing for several outcomes that share one
 * response says how many in data-count, and counts as that many, as the summary table does.
 */
(function () {
  'use strict';
  var form = document.querySelector('[data-tracker-filter]');
  var list = document.querySelector('[data-tracker-entries]');
  var result = document.querySelector('[data-tracker-result]');
  if (!form || !document.querySelectorAll) {
    return;
  }
  document.documentElement.className += ' js';
  form.hidden = false;
  var entries = list ? Array.prototype.slice.call(list.querySelectorAll('[data-status]')) : [];
  var groups = list ? Array.prototype.slice.call(list.querySelectorAll('[data-tracker-group]')) : [];

  function count(e) {
    return parseInt(e.getAttribute('data-count') || '1', 10);
  }
  var total = entries.reduce(function (n, e) { return n + count(e); }, 0);

  function show(status, label) {
    var shown = 0;
    entries.forEach(function (e) {
      e.hidden = status !== '' && e.getAttribute('data-status') !== status;
      if (!e.hidden) {
        shown += count(e);
      }
    });
    // Innermost groups first, so that a meeting sees whether its items are hidden.
    groups.slice().reverse().forEach(function (g) {
      g.hidden = !Array.prototype.some.call(g.querySelectorAll('[data-status]'), function (e) { return !e.hidden; });
    });
    if (result) {
      result.textContent = status === ''
        ? 'Showing all ' + total + ' entries.'
        : 'Showing ' + shown + ' of ' + total + ' entries: ' + label.toLowerCase() + '.';
    }
  }

  form.addEventListener('change', function (e) {
    var input = e.target;
    if (input && input.name === 'status') {
      show(input.value, input.parentNode.textContent.replace(/\s*\(\d+\)\s*$/, '').trim());
    }
  });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
  });
}());
