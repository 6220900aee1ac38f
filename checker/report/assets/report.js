// crosscheck HTML report: inlined into the page (checker/report/html_report.py). The page is whole
// without this script; it adds the filters, j/k between findings and click-to-open claim details.
// It never writes markup: only textContent, attributes and classes, so article text stays text.
(function () {
  "use strict";
  var findings = Array.prototype.slice.call(document.querySelectorAll("article.finding"));
  var filters = document.getElementById("filters");
  var shown = document.getElementById("shown");
  var current = -1;

  function checked(kind) {
    var out = {};
    document.querySelectorAll('input[data-filter="' + kind + '"]').forEach(function (box) {
      out[box.value] = box.checked;
    });
    return out;
  }

  function applyFilters() {
    var severity = checked("severity"), kind = checked("kind"), visible = 0;
    findings.forEach(function (f) {
      var on = severity[f.dataset.severity] !== false && kind[f.dataset.kind] !== false;
      f.hidden = !on;
      if (on) { visible += 1; }
    });
    if (shown) { shown.textContent = visible + " of " + findings.length + " findings shown"; }
  }

  function visibleFindings() {
    return findings.filter(function (f) { return !f.hidden; });
  }

  function go(step) {
    var list = visibleFindings();
    if (!list.length) { return; }
    var at = list.indexOf(findings[current]);
    at = at < 0 ? (step > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, at + step));
    findings.forEach(function (f) { f.classList.remove("current"); });
    var target = list[at];
    current = findings.indexOf(target);
    target.classList.add("current");
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: "start" });
  }

  function toggle(mark) {
    var detail = document.getElementById(mark.dataset.detail);
    if (!detail) { return; }
    detail.hidden = !detail.hidden;
    var open = !detail.hidden;
    mark.closest("article").querySelectorAll('mark[data-detail="' + mark.dataset.detail + '"]').forEach(function (m) {
      m.setAttribute("aria-expanded", open ? "true" : "false");
    });
    if (open) {
      detail.classList.add("flash");
      detail.scrollIntoView({ block: "nearest" });
      setTimeout(function () { detail.classList.remove("flash"); }, 900);
    }
  }

  // The finding's own claims are shown open; the other claims of the fact open on a click.
  document.querySelectorAll(".claim-detail.near").forEach(function (d) { d.hidden = true; });
  document.querySelectorAll("mark.hit").forEach(function (m) { m.setAttribute("aria-expanded", "true"); });

  // Each article scrolled so that the first highlighted claim is in view.
  document.querySelectorAll(".article").forEach(function (box) {
    var hit = box.querySelector("mark.hit");
    if (hit) { box.scrollTop = Math.max(0, hit.offsetTop - box.clientHeight / 3); }
  });

  document.addEventListener("click", function (event) {
    var mark = event.target.closest && event.target.closest("mark.claim");
    if (mark) { toggle(mark); }
  });
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (event.altKey || event.ctrlKey || event.metaKey) { return; }
    if (target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA")) { return; }
    if (target && target.matches && target.matches("mark.claim") && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      toggle(target);
    } else if (event.key === "j") {
      go(1);
    } else if (event.key === "k") {
      go(-1);
    }
  });

  if (filters) {
    filters.hidden = false;
    filters.addEventListener("change", applyFilters);
    applyFilters();
  }
})();
