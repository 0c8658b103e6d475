/* Goodwill default theme: colours code blocks with highlight.js (loaded before this file on
   pages whose code names a language) and adds a Copy button to each block. Without JavaScript
   the code reads, scrolls and selects as plain text. */
(function () {
  document.querySelectorAll(".content pre > code").forEach(function (code) {
    var language = (code.className.match(/\blanguage-([\w+#.-]+)/) || [])[1];
    if (window.hljs && language && hljs.getLanguage(language)) { hljs.highlightBlock(code); }
    if (!navigator.clipboard) { return; }
    var pre = code.parentNode;
    var wrapper = document.createElement("div");
    wrapper.className = "code-block";
    pre.parentNode.insertBefore(wrapper, pre);
    wrapper.appendChild(pre);
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-code";
    button.textContent = "Copy";
    button.setAttribute("aria-label", "Copy code");
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(code.textContent).then(function () {
        button.textContent = "Copied";
        setTimeout(function () { button.textContent = "Copy"; }, 2000);
      });
    });
    wrapper.appendChild(button);
  });
})();
