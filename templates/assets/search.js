/*
 * Search in the browser over the sharded index that org.tabled.search.SearchIndex writes into
 * search/: search-index.js (loaded with the page) lists the shards; a search loads the shards that
 * hold its words (index/NAME.js) and then the passages it shows (text/D-P.js), each with a script tag
 * rather than fetch, so that search also works on a site opened from disk.
 *
 * Whole words are matched by their Snowball English stem (assets/snowball-english.js):
 * "recommendations" finds "recommendation", and "bin" does not find "Cabinet". A document must
 * hold every word searched for, and words in quotation marks side by side. Results are ranked by
 * BM25, words in titles first, and built with textContent, never innerHTML.
 *
 * Without JavaScript the page lists every document instead; the search box stays hidden.
 */
(function () {
  'use strict';

  // Words and terms: the same rules as org.tabled.search.Terms, which built the index.
  // SearchIT checks that the two give the same terms.
  var MAX_LENGTH = 40;
  var WORD = /[\p{L}\p{Nd}\p{M}]/u;
  var LETTER = /\p{L}/u;
  var LETTER_OR_MARK = /[\p{L}\p{M}]/u;
  var DIGIT = /\p{Nd}/u;
  var MARKS = /\p{M}+/gu;
  var stem = window.tabledStemEnglish;
  var cache = new Map();

  function term(word) {
    if (cache.has(word)) {
      return cache.get(word);
    }
    var t = word.replace(/\u2019/g, "'").normalize('NFKD').replace(MARKS, '').toLowerCase().replace(/,/g, '');
    var result = null;
    if (t.length > 0 && t.length <= MAX_LENGTH) {
      result = stem(t).replace(/'/g, '') || null;
    }
    cache.set(word, result);
    return result;
  }

  // Whether each ASCII character is a letter or digit: most text is ASCII, and a table is quicker
  // than a regular expression.
  var ASCII = [];
  for (var a = 0; a < 128; a++) {
    ASCII.push((a >= 48 && a <= 57) || (a >= 65 && a <= 90) || (a >= 97 && a <= 122));
  }

  function charAt(text, i) {
    return String.fromCodePoint(text.codePointAt(i));
  }

  function isWord(text, i) {
    var c = text.charCodeAt(i);
    return c < 128 ? ASCII[c] : WORD.test(charAt(text, i));
  }

  // Calls fn(start, end, term) for each word of text that has a term.
  function scan(text, fn) {
    var n = text.length;
    var i = 0;
    while (i < n) {
      if (!isWord(text, i)) {
        i += text.charCodeAt(i) < 128 ? 1 : charAt(text, i).length;
        continue;
      }
      var start = i;
      var prev = charAt(text, i);
      i += prev.length;
      while (i < n) {
        var d = text.charCodeAt(i) < 128 ? text.charAt(i) : charAt(text, i);
        if (isWord(text, i)) {
          prev = d;
          i += d.length;
          continue;
        }
        var next = i + d.length < n ? charAt(text, i + d.length) : '';
        var joins = d === "'" || d === '\u2019' ? LETTER_OR_MARK.test(prev) && LETTER.test(next)
          : (d === '.' || d === ',') && DIGIT.test(prev) && DIGIT.test(next);
        if (!joins) {
          break;
        }
        prev = d;
        i += d.length;
      }
      var t = term(text.slice(start, i));
      if (t !== null) {
        fn(start, i, t);
      }
    }
  }

  function terms(text) {
    var out = [];
    scan(text, function (s, e, t) { out.push(t); });
    return out;
  }

  if (stem) {
    // For the tests that compare these terms with the index's.
    window.tabledSearchTerms = terms;
  }

  var form = document.querySelector('[data-search]');
  var index = window.tabledSearchIndex;
  if (!form || !index || index.format !== 2 || !stem || !window.Promise) {
    return;
  }
  document.documentElement.className += ' js';
  form.hidden = false;
  var input = form.querySelector('input[name="q"]');
  var results = document.querySelector('[data-search-results]');
  var status = document.querySelector('[data-search-status]');
  var all = document.querySelector('[data-search-all]');
  var root = form.getAttribute('data-root') || '../';
  var base = root + 'search/';
  var PAGE = 10;
  var MAX_WORDS = 8;

  // Loading the index's files ------------------------------------------------------------------

  var loaded = new Map();
  var waiting = new Map();

  // Every data file calls this with its own name.
  window.tabledSearchData = function (name, data) {
    loaded.set(name, data);
  };

  function load(name) {
    if (loaded.has(name)) {
      return Promise.resolve(loaded.get(name));
    }
    if (!waiting.has(name)) {
      waiting.set(name, new Promise(function (resolve, reject) {
        var s = document.createElement('script');
        s.src = base + name + '.js';
        s.onload = function () {
          s.remove();
          waiting.delete(name);
          if (loaded.has(name)) {
            resolve(loaded.get(name));
          } else {
            reject(new Error(name + ' is not part of the index'));
          }
        };
        s.onerror = function () {
          s.remove();
          waiting.delete(name);
          reject(new Error('cannot load ' + name));
        };
        document.body.appendChild(s);
      }));
    }
    return waiting.get(name);
  }

  var ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var DIGITS = {};
  for (var k = 0; k < ALPHABET.length; k++) {
    DIGITS[ALPHABET.charAt(k)] = k;
  }

  // A posting (org.tabled.search.Codec) as a Map of document number to [weight, passage].
  function decode(posting, weighted) {
    var out = new Map();
    var at = 0;
    var doc = 0;
    function number() {
      var v = 0;
      var shift = 0;
      var d;
      do {
        d = DIGITS[posting.charAt(at++)];
        v |= (d & 31) << shift;
        shift += 5;
      } while (d >= 32);
      return v;
    }
    while (at < posting.length) {
      doc += number();
      var weight = weighted ? DIGITS[posting.charAt(at++)] : 0;
      out.set(doc, [weight, number()]);
    }
    return out;
  }

  function own(o, key) {
    return o && Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
  }

  // A shard's name: listed if not its first key's hash (FNV-1a, 32 bits, over UTF-16 code units, in
  // eight hex digits), as org.tabled.search.ShardCuts names it.
  function shardName(firstKey) {
    var listed = own(index.names, firstKey);
    if (typeof listed === 'string') {
      return listed;
    }
    var h = 0x811c9dc5;
    for (var i = 0; i < firstKey.length; i++) {
      h = Math.imul(h ^ firstKey.charCodeAt(i), 0x01000193);
    }
    return ('0000000' + (h >>> 0).toString(16)).slice(-8);
  }

  // The documents holding key [first, second] (second is '' for one term), or an empty Map.
  function postings(key) {
    var name = key[1] ? key[0] + ' ' + key[1] : key[0];
    var shards = index.shards;
    if (shards.length === 0 || name < shards[0]) {
      return Promise.resolve(new Map());
    }
    var lo = 0;
    var hi = shards.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (shards[mid] <= name) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return load('index/' + shardName(shards[lo])).then(function (shard) {
      var posting = own(own(shard, key[0]), key[1]);
      return typeof posting === 'string' ? decode(posting, !key[1]) : new Map();
    });
  }

  // Searching ----------------------------------------------------------------------------------

  // The words searched for: every term, and the pairs of terms side by side in quotation marks.
  function parse(q) {
    var parts = q.split(/["“”„]/);
    var words = [];
    var pairs = [];
    var phrases = [];
    parts.forEach(function (part, i) {
      var ts = terms(part);
      ts.forEach(function (t) {
        if (words.indexOf(t) < 0) {
          words.push(t);
        }
      });
      if (i % 2 === 1 && ts.length > 1) {
        phrases.push(ts);
        for (var j = 1; j < ts.length; j++) {
          if (!pairs.some(function (p) { return p[0] === ts[j - 1] && p[1] === ts[j]; })) {
            pairs.push([ts[j - 1], ts[j]]);
          }
        }
      }
    });
    return { words: words, pairs: pairs, phrases: phrases };
  }

  function idf(n) {
    return Math.log(1 + (index.documents - n + 0.5) / (n + 0.5));
  }

  // The matching documents, best first: {doc, score, passage}.
  function search(query) {
    var keys = query.words.map(function (w) { return [w, '']; }).concat(query.pairs);
    return Promise.all(keys.map(postings)).then(function (lists) {
      var smallest = lists.reduce(function (a, b) { return b.size < a.size ? b : a; });
      var found = [];
      smallest.forEach(function (unused, doc) {
        if (!lists.every(function (l) { return l.has(doc); })) {
          return;
        }
        var score = 0;
        var passage = 0;
        var rarest = -1;
        lists.forEach(function (l, i) {
          var e = l.get(doc);
          var weight = idf(l.size);
          if (i < query.words.length) {
            score += weight * e[0];
          }
          // Show the passage holding the rarest phrase, else the rarest word.
          var rank = weight + (i < query.words.length ? 0 : 1000);
          if (rank > rarest) {
            rarest = rank;
            passage = e[1];
          }
        });
        found.push({ doc: doc, score: score, passage: passage });
      });
      found.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
      return found;
    });
  }

  // Showing results ----------------------------------------------------------------------------

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) {
      e.className = cls;
    }
    if (text) {
      e.textContent = text;
    }
    return e;
  }

  // Appends text[start, end) to parent, each word in marks wrapped in <mark>.
  function marked(parent, text, start, end, marks) {
    var at = start;
    marks.forEach(function (m) {
      if (m[0] < at || m[1] > end) {
        return;
      }
      parent.appendChild(document.createTextNode(text.slice(at, m[0])));
      parent.appendChild(el('mark', null, text.slice(m[0], m[1])));
      at = m[1];
    });
    parent.appendChild(document.createTextNode(text.slice(at, end)));
  }

  // The words of text that were searched for, as [start, end, term]; a phrase's words only where
  // they are side by side.
  function matches(text, query) {
    var tokens = [];
    scan(text, function (s, e, t) { tokens.push([s, e, t]); });
    var inPhrase = {};
    query.phrases.forEach(function (p) {
      p.forEach(function (t) { inPhrase[t] = true; });
    });
    var marks = [];
    tokens.forEach(function (tok, i) {
      if (query.words.indexOf(tok[2]) < 0) {
        return;
      }
      var ok = !inPhrase[tok[2]] || query.phrases.some(function (p) {
        for (var start = i - p.length + 1; start <= i; start++) {
          if (start >= 0 && p.every(function (t, j) { return tokens[start + j] && tokens[start + j][2] === t; })) {
            return true;
          }
        }
        return false;
      });
      if (ok || query.phrases.length === 0) {
        marks.push(tok);
      }
    });
    return marks;
  }

  // About 240 characters of the passage around the best place: the most different words searched
  // for close together.
  function snippet(text, marks) {
    var focus = 0;
    var best = -1;
    marks.forEach(function (m) {
      var seen = {};
      var count = 0;
      marks.forEach(function (o) {
        if (o[0] >= m[0] && o[0] < m[0] + 160 && !seen[o[2]]) {
          seen[o[2]] = true;
          count++;
        }
      });
      if (count > best) {
        best = count;
        focus = m[0];
      }
    });
    var start = Math.max(0, focus - 60);
    if (start > 0) {
      var space = text.indexOf(' ', start);
      start = space >= 0 && space < focus ? space + 1 : start;
    }
    var end = Math.min(text.length, start + 240);
    if (end < text.length) {
      var last = text.lastIndexOf(' ', end);
      end = last > focus ? last : end;
    }
    return { start: start, end: end, focus: focus };
  }

  function result(data, query) {
    var li = el('li');
    var href = root + data.path;
    var title = el('a');
    title.href = href;
    marked(title, data.title, 0, data.title.length, matches(data.title, query));
    li.appendChild(title);
    li.appendChild(el('span', 'search-meta', data.kind + ', ' + data.committee + ', ' + data.date));
    var p = el('p', 'search-snippet');
    var marks = matches(data.text, query);
    var s = snippet(data.text, marks);
    var anchor = null;
    data.anchors.forEach(function (a) {
      if (a[0] <= s.focus) {
        anchor = a;
      }
    });
    if (anchor && marks.length > 0 && data.path.indexOf('#') < 0) {
      var go = el('a', null, anchor[2].charAt(0).toUpperCase() + anchor[2].slice(1));
      go.href = href + '#' + anchor[1];
      go.appendChild(el('span', 'visually-hidden', ' of ' + data.title));
      p.appendChild(go);
      p.appendChild(document.createTextNode(': '));
    }
    if (s.start > 0) {
      p.appendChild(document.createTextNode('…'));
    }
    marked(p, data.text, s.start, s.end, marks);
    if (s.end < data.text.length) {
      p.appendChild(document.createTextNode('…'));
    }
    li.appendChild(p);
    return li;
  }

  var current = 0;
  var done = 0;

  function finished() {
    done++;
    results.setAttribute('data-search-done', String(done));
  }

  function clear() {
    while (results.lastChild && results.lastChild !== status) {
      results.removeChild(results.lastChild);
    }
  }

  function failed() {
    clear();
    status.textContent = 'Search is not working just now. Browse the papers and minutes below instead.';
    if (all) {
      all.hidden = false;
    }
    finished();
  }

  // Shows found[from, from + PAGE) in list, each result as soon as it and those above it have
  // loaded, then a button for more if there are more. Resolves to the first new result's link.
  function showPage(run, found, from, list, query) {
    var loads = found.slice(from, from + PAGE).map(function (f) { return load('text/' + f.doc + '-' + f.passage); });
    var first = null;
    var shown = loads.reduce(function (previous, loading) {
      return previous.then(function () { return loading; }).then(function (data) {
        if (run === current) {
          var li = result(data, query);
          first = first || li.querySelector('a');
          list.appendChild(li);
        }
      });
    }, Promise.resolve());
    return shown.then(function () {
      if (run !== current) {
        return null;
      }
      var old = results.querySelector('[data-search-more]');
      if (old) {
        old.remove();
      }
      if (from + PAGE < found.length) {
        var more = el('button', 'search-more', 'Show more results');
        more.type = 'button';
        more.setAttribute('data-search-more', '');
        more.addEventListener('click', function () {
          more.disabled = true;
          showPage(run, found, from + PAGE, list, query).then(function (firstNew) {
            if (firstNew) {
              firstNew.focus();
            }
          }, failed);
        });
        results.appendChild(more);
      }
      return first;
    });
  }

  function show(q) {
    var run = ++current;
    clear();
    if (all) {
      all.hidden = q.trim().length > 0;
    }
    if (!q.trim()) {
      status.textContent = '';
      finished();
      return;
    }
    var query = parse(q);
    if (query.words.length === 0) {
      status.textContent = 'No words to search for in “' + q + '”.';
      finished();
      return;
    }
    if (query.words.length > MAX_WORDS) {
      status.textContent = 'Search for ' + MAX_WORDS + ' words or fewer.';
      finished();
      return;
    }
    search(query).then(function (found) {
      if (run !== current) {
        return;
      }
      if (found.length === 0) {
        status.textContent = 'No results for “' + q + '”. Check the spelling, or try fewer or different words.';
        finished();
        return;
      }
      var list = el('ol', 'search-results-list');
      list.setAttribute('aria-label', 'Results');
      results.appendChild(list);
      return showPage(run, found, 0, list, query).then(function () {
        if (run === current) {
          status.textContent = found.length + (found.length === 1 ? ' result' : ' results') + ' for “' + q + '”';
          finished();
        }
      });
    }).catch(function () {
      if (run === current) {
        failed();
      }
    });
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
