// A document page: highlights the passage named by the fragment #start-end (UTF-16 offsets into the
// document's text, the same units as the claims' oa:start and oa:end) and scrolls to it.
"use strict";
(() => {
  const pre = document.getElementById("text");
  if (!pre) return;
  const original = pre.textContent;

  function highlight() {
    const m = /^#(\d+)-(\d+)$/.exec(window.location.hash);
    if (!m) return;
    const start = Number(m[1]);
    const end = Number(m[2]);
    if (!(start < end && end <= original.length)) return;
    pre.textContent = original;
    const range = document.createRange();
    range.setStart(pre.firstChild, start);
    range.setEnd(pre.firstChild, end);
    const mark = document.createElement("mark");
    mark.id = "passage";
    range.surroundContents(mark);
    mark.scrollIntoView({ block: "center" });
    document.querySelectorAll(".passages a").forEach((a) => {
      a.classList.toggle("current", a.getAttribute("href") === window.location.hash);
    });
  }

  window.addEventListener("hashchange", highlight);
  highlight();
  const existing = document.getElementById("passage");
  if (existing && !window.location.hash) existing.scrollIntoView({ block: "center" });
})();
