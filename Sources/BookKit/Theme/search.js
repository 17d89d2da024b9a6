// The book's search: finds the sections whose heading or text contain every word typed (or
// words starting with it), from the index that `book build` writes (search-index.js), with no
// network and no server. Without JavaScript the search form stays hidden and the pages read
// as they are. A result links to its section with ?highlight=WORDS, which marks the words there.
(function () {
  "use strict";
  function words(text) {
    return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length > 0; });
  }
  function find(query) {
    var index = window.bookSearchIndex, terms = words(query), found = [];
    if (!index || terms.length === 0) return found;
    index.sections.forEach(function (entry) {
      var heading = entry[2].toLowerCase(), text = entry[3].toLowerCase(), score = 0;
      for (var i = 0; i < terms.length; i++) {
        var inHeading = heading.indexOf(terms[i]) >= 0, inText = text.indexOf(terms[i]) >= 0;
        if (!inHeading && !inText) return;
        score += (inHeading ? 10 : 0) + (inText ? 1 : 0);
      }
      found.push({entry: entry, score: score});
    });
    found.sort(function (a, b) { return b.score - a.score; });
    return found.slice(0, 20);
  }
  function snippet(text, terms) {
    var lower = text.toLowerCase(), at = -1;
    for (var i = 0; i < terms.length && at < 0; i++) at = lower.indexOf(terms[i]);
    var start = Math.max(0, at - 60);
    return (start > 0 ? "… " : "") + text.slice(start, start + 160) + (start + 160 < text.length ? " …" : "");
  }
  function mark(parent, text, terms) {
    var pattern = new RegExp("(" + terms.map(function (t) {
      return t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    }).join("|") + ")", "giu");
    text.split(pattern).forEach(function (part, i) {
      if (i % 2 === 1) {
        var m = document.createElement("mark");
        m.textContent = part;
        parent.appendChild(m);
      } else if (part) {
        parent.appendChild(document.createTextNode(part));
      }
    });
  }
  function show(holder, query) {
    var terms = words(query), index = window.bookSearchIndex, list = document.createElement("ol");
    holder.textContent = "";
    if (terms.length === 0) return;
    holder.appendChild(list);
    var results = find(query);
    if (results.length === 0) {
      var none = document.createElement("li");
      none.textContent = holder.parentNode.getAttribute("data-none");
      list.appendChild(none);
      return;
    }
    results.forEach(function (result) {
      var entry = result.entry, page = index.pages[entry[0]];
      var item = document.createElement("li"), link = document.createElement("a");
      link.href = page[0] + "?highlight=" + encodeURIComponent(terms.join(" "))
        + (entry[1] ? "#" + entry[1] : "");
      mark(link, entry[2], terms);
      var where = document.createElement("span");
      where.className = "search-page";
      where.textContent = page[1];
      var text = document.createElement("p");
      mark(text, snippet(entry[3], terms), terms);
      item.appendChild(link);
      item.appendChild(where);
      item.appendChild(text);
      list.appendChild(item);
    });
  }
  function highlight(terms) {
    var main = document.getElementById("content");
    if (!main || terms.length === 0) return;
    var walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        var p = node.parentElement;
        return !p || p.closest("script, style, pre, code, math, svg, mark, nav, form")
          ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      }
    });
    var nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    nodes.forEach(function (node) {
      var lower = node.nodeValue.toLowerCase();
      if (!terms.some(function (t) { return lower.indexOf(t) >= 0; })) return;
      var holder = document.createDocumentFragment();
      mark(holder, node.nodeValue, terms);
      node.parentNode.replaceChild(holder, node);
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("form.search"), function (form) {
      if (!window.bookSearchIndex) return;
      var input = form.querySelector("input"), holder = form.querySelector(".search-results");
      form.hidden = false;
      form.addEventListener("submit", function (event) { event.preventDefault(); });
      input.addEventListener("input", function () { show(holder, input.value); });
      if (input.value) show(holder, input.value);
    });
    var query = new URLSearchParams(location.search).get("highlight");
    if (query) highlight(words(query));
  });
})();
