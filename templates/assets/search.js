// Site search over the index `gongshi build` publishes in search/ (see SearchIndex.swift for
// its files). Progressive enhancement: without JavaScript, or without an index, the box stays
// a line of links to the directories; with both, it becomes a search field whose results are
// links with their town and status.
(function () {
  "use strict";
  var box = document.querySelector(".search[data-search-index]");
  if (!box || !window.fetch || !window.Promise || !String.prototype.normalize) return;
  var folder = box.dataset.searchIndex;
  var strings = {}; // what the box says as it answers, from index.json
  var form = box.querySelector(".search-form");
  var input = box.querySelector("#search-input");
  var links = box.querySelector(".search-links");
  var status = box.querySelector(".search-status");
  var list = box.querySelector(".search-list");
  var more = document.createElement("button");
  more.type = "button";
  more.className = "search-more";
  more.hidden = true;
  list.parentNode.insertBefore(more, list.nextSibling);

  var pageSize = 10; // results shown at first, and added by 显示更多
  var files = {}; // promises of the index's files by name
  var found = []; // document numbers of the latest query, best first
  var latest = 0; // the query whose answer may still be shown
  var timer = 0;

  function load(name) {
    if (!files[name]) {
      files[name] = fetch(folder + name).then(function (response) {
        if (!response.ok) throw new Error(name + ": " + response.status);
        return response.json();
      });
    }
    return files[name];
  }

  // Tokens exactly as SearchTokens.runs makes them in the index: NFKC and lower case; runs
  // of Chinese characters and digits as overlapping pairs (a run of one as itself); runs of
  // other letters as words.
  var letter = /[\p{L}\p{N}]/u;
  function paired(code) {
    return (code >= 0x30 && code <= 0x39) || code === 0x3007 || (code >= 0x3400 && code <= 0x4dbf) ||
      (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0x20000 && code <= 0x3134f);
  }
  function runs(text) {
    var out = [];
    var characters = [];
    var word = "";
    function endCharacters() {
      if (characters.length === 1) out.push([characters[0]]);
      if (characters.length > 1) {
        out.push(characters.slice(1).map(function (c, i) { return characters[i] + c; }));
      }
      characters = [];
    }
    function endWord() {
      if (word) out.push([word]);
      word = "";
    }
    for (var c of text.normalize("NFKC").toLowerCase()) {
      if (paired(c.codePointAt(0))) {
        endWord();
        characters.push(c);
      } else if (letter.test(c)) {
        endCharacters();
        word += c;
      } else {
        endCharacters();
        endWord();
      }
    }
    endCharacters();
    endWord();
    return out;
  }

  function shard(token, count) {
    var hash = 0x811c9dc5;
    for (var i = 0; i < token.length; i++) {
      hash ^= token.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash % count;
  }

  // A token's documents: number → whether the token is in the document's title.
  function postings(deltas) {
    var out = new Map();
    var value = 0;
    (deltas || []).forEach(function (delta) {
      value += delta;
      out.set(value >> 1, (value & 1) === 1);
    });
    return out;
  }

  // The documents holding every token, best first: those whose title holds more of the
  // query's runs whole, then more of its tokens, then in the index's own order (points open
  // now, other points, courses, pages, bulletins, coming notices, past ones).
  function rank(queryRuns, meta) {
    var tokens = [].concat.apply([], queryRuns);
    var names = tokens.map(function (token) { return "terms-" + shard(token, meta.shards) + ".json"; });
    return Promise.all(names.map(load)).then(function (shards) {
      var lists = tokens.map(function (token, i) { return postings(shards[i][token]); });
      var byToken = {};
      tokens.forEach(function (token, i) { byToken[token] = lists[i]; });
      var smallest = lists.reduce(function (a, b) { return a.size <= b.size ? a : b; });
      var scored = [];
      smallest.forEach(function (_, number) {
        if (!lists.every(function (list) { return list.has(number); })) return;
        var wholeRuns = queryRuns.filter(function (run) {
          return run.every(function (token) { return byToken[token].get(number); });
        }).length;
        var titleTokens = tokens.filter(function (token) { return byToken[token].get(number); }).length;
        scored.push([wholeRuns, titleTokens, number]);
      });
      scored.sort(function (a, b) { return b[0] - a[0] || b[1] - a[1] || a[2] - b[2]; });
      return scored.map(function (entry) { return entry[2]; });
    });
  }

  function item(base, page) {
    var li = document.createElement("li");
    var link = document.createElement("a");
    link.href = base + page[0];
    link.textContent = page[1];
    li.appendChild(link);
    if (page[2]) {
      var facts = document.createElement("p");
      facts.className = "search-facts";
      facts.textContent = page[2];
      li.appendChild(facts);
    }
    return li;
  }

  function showMore(ticket) {
    return load("index.json").then(function (meta) {
      var next = found.slice(list.children.length, list.children.length + pageSize);
      var chunks = next.map(function (number) { return "pages-" + Math.floor(number / meta.chunk) + ".json"; });
      return Promise.all(chunks.map(load)).then(function (pages) {
        if (ticket !== latest) return;
        next.forEach(function (number, i) { list.appendChild(item(box.dataset.searchBase, pages[i][number % meta.chunk])); });
        list.hidden = list.children.length === 0;
        more.hidden = list.children.length >= found.length;
      });
    });
  }

  function failed() {
    status.textContent = strings.failed;
    links.hidden = false;
  }

  function fill(text, values) {
    return Object.keys(values).reduce(function (out, key) { return out.split("{" + key + "}").join(values[key]); }, text);
  }

  function search(query) {
    var ticket = ++latest;
    query = query.trim();
    while (list.firstChild) list.removeChild(list.firstChild);
    list.hidden = more.hidden = true;
    delete box.dataset.searchShown;
    var queryRuns = runs(query);
    if (queryRuns.length === 0) {
      status.textContent = "";
      return;
    }
    status.textContent = strings.loading;
    load("index.json").then(function (meta) {
      return rank(queryRuns, meta);
    }).then(function (numbers) {
      if (ticket !== latest) return;
      found = numbers;
      status.textContent = found.length ? fill(strings.count, { n: found.length }) : fill(strings.none, { q: query });
      return showMore(ticket);
    }).then(function () {
      // What the list now shows, for the browser test that runs the query set.
      if (ticket === latest) box.dataset.searchShown = query;
    }).catch(failed);
  }

  function soon() {
    clearTimeout(timer);
    timer = setTimeout(function () { search(input.value); }, 250);
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    search(input.value);
  });
  input.addEventListener("input", function (event) {
    if (!event.isComposing) soon(); // not while a Chinese word is still being typed with an input method
  });
  input.addEventListener("compositionend", soon);
  more.addEventListener("click", function () { showMore(latest).catch(failed); });

  // The field appears only when the index is there to answer it.
  load("index.json").then(function (meta) {
    strings = meta.strings;
    more.textContent = strings.more;
    form.hidden = false;
    links.hidden = true;
    var asked = new URLSearchParams(location.search).get("q");
    if (asked) {
      input.value = asked;
      search(asked);
    }
  }).catch(function () {});
})();
