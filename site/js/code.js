/* Goodwill default theme: a Copy button on each code block (the build colours the code, so no
   highlighter runs here). The stylesheet reserves the button's space, so adding it moves nothing.
   The build makes every block focusable, so a wide one scrolls by keyboard without this script;
   here a block that fits its box leaves the tab order, and one that overflows stays in it. */
(function () {
  var blocks = document.querySelectorAll(".content pre > code");
  if (!blocks.length) { return; }

  function fit() {
    blocks.forEach(function (code) {
      var pre = code.parentNode;
      if (pre.scrollWidth > pre.clientWidth) { pre.setAttribute("tabindex", "0"); } else { pre.removeAttribute("tabindex"); }
    });
  }
  fit();
  var pending = false;
  window.addEventListener("resize", function () {
    if (pending) { return; }
    pending = true;
    requestAnimationFrame(function () { pending = false; fit(); });
  });

  if (!navigator.clipboard) { return; }
  /* One live region for the page: "Copied" is said, not only shown. */
  var status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  document.body.appendChild(status);
  blocks.forEach(function (code) {
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
        status.textContent = "Code copied to the clipboard";
        setTimeout(function () { button.textContent = "Copy"; status.textContent = ""; }, 2000);
      });
    });
    wrapper.appendChild(button);
  });
})();
