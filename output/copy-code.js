// Adds a "Copy" button to every code block. Optional: the page is complete without it, and it
// makes no network request.
"use strict";
document.querySelectorAll("pre.code").forEach(function (pre) {
  var code = pre.querySelector("code");
  if (!code) { return; }
  var button = document.createElement("button");
  button.type = "button";
  button.className = "copy-button";
  button.textContent = "Copy";
  button.setAttribute("aria-label", "Copy this code");
  button.addEventListener("click", function () {
    function done(word) {
      button.textContent = word;
      setTimeout(function () { button.textContent = "Copy"; }, 1500);
    }
    function selectIt() {
      var range = document.createRange();
      range.selectNodeContents(code);
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      done(document.execCommand && document.execCommand("copy") ? "Copied" : "Selected");
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(code.textContent).then(function () { done("Copied"); }, selectIt);
    } else {
      selectIt();
    }
  });
  pre.classList.add("has-copy-button");
  pre.appendChild(button);
});
