// The search page: Pagefind's index (written by `goodwill build`) searched in the browser, as
// the reader types or picks an audience. The form works without this script: it then goes to a
// web search limited to the site. `?q=` and `?segment=` in the address are searched on load, so
// a search can be linked to and comes back with the Back button.
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  if (!form) return;
  var query = document.getElementById("search-query");
  var segment = document.getElementById("search-segment");
  var status = document.getElementById("search-status");
  var results = document.getElementById("search-results");
  var pagefind = null;
  var latest = 0;

  function load() {
    if (!pagefind) {
      pagefind = import(form.dataset.bundle + "pagefind.js").then(function (module) {
        return module.options({ baseUrl: form.dataset.base, excerptLength: 24 }).then(function () { return module; });
      });
    }
    return pagefind;
  }

  function say(text) { status.textContent = text; }

  function show(items) {
    results.replaceChildren();
    items.forEach(function (item) {
      var li = document.createElement("li");
      var link = document.createElement("a");
      link.href = item.url;
      link.textContent = (item.meta && item.meta.title) || item.url;
      var heading = document.createElement("h2");
      heading.appendChild(link);
      li.appendChild(heading);
      if (item.meta && item.meta.date) {
        var date = document.createElement("p");
        date.className = "meta";
        date.textContent = item.meta.date;
        li.appendChild(date);
      }
      var excerpt = document.createElement("p");
      // Pagefind's excerpt is the page's text, escaped, with <mark> around the words found.
      excerpt.innerHTML = item.excerpt;
      li.appendChild(excerpt);
      results.appendChild(li);
    });
  }

  function run() {
    var words = query.value.trim();
    var audience = segment ? segment.value : "";
    var params = new URLSearchParams();
    if (words) params.set("q", words);
    if (audience) params.set("segment", audience);
    var address = params.toString();
    history.replaceState(null, "", location.pathname + (address ? "?" + address : ""));
    var ticket = ++latest;
    if (!words && !audience) { results.replaceChildren(); say(""); return; }
    say("Searching…");
    load().then(function (module) {
      return module.search(words || null, { filters: audience ? { segment: audience } : {} });
    }).then(function (search) {
      if (ticket !== latest) return null;
      return Promise.all(search.results.slice(0, 30).map(function (result) { return result.data(); })).then(function (items) {
        if (ticket !== latest) return;
        show(items);
        var found = search.results.length;
        var what = found === 1 ? "1 article" : found + " articles";
        say(found === 0 ? "No articles found." : found > items.length ? what + " found; the first " + items.length + " shown." : what + " found.");
      });
    }).catch(function () {
      say("The search index could not be loaded.");
    });
  }

  var timer = 0;
  query.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 200); });
  if (segment) segment.addEventListener("change", run);
  form.addEventListener("submit", function (event) { event.preventDefault(); clearTimeout(timer); run(); });

  var given = new URLSearchParams(location.search);
  if (given.get("q")) query.value = given.get("q");
  if (segment && given.get("segment")) segment.value = given.get("segment");
  if (query.value || (segment && segment.value)) run();
})();
