// newslint HTML report: filters by rule and severity (newslint/reporters/html.py).
// The state lives in the URL fragment (#rule=NL101,NL201&severity=error), so a
// filtered view can be bookmarked or shared.  Only data- attributes and ids the
// reporter wrote are read; article text is never parsed as HTML here.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) { return; }
  var boxes = function (name) {
    return Array.prototype.slice.call(form.querySelectorAll('input[name="' + name + '"]'));
  };
  var each = function (selector, fn) {
    Array.prototype.forEach.call(document.querySelectorAll(selector), fn);
  };

  function readFragment() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ""));
    ["rule", "severity"].forEach(function (name) {
      var value = params.get(name);
      var wanted = value === null ? null : value.split(",");
      boxes(name).forEach(function (box) {
        box.checked = wanted === null || wanted.indexOf(box.value) >= 0;
      });
    });
  }

  function checked(name) {
    var out = {};
    boxes(name).forEach(function (box) { if (box.checked) { out[box.value] = true; } });
    return out;
  }

  function writeFragment() {
    var parts = [];
    ["rule", "severity"].forEach(function (name) {
      var all = boxes(name);
      var on = all.filter(function (box) { return box.checked; }).map(function (box) { return box.value; });
      if (on.length !== all.length) { parts.push(name + "=" + on.join(",")); }
    });
    try {
      history.replaceState(null, "", parts.length ? "#" + parts.join("&") : location.pathname + location.search);
    } catch (e) { /* some file: URLs refuse replaceState; the view still filters */ }
  }

  function apply() {
    var rules = checked("rule");
    var severities = checked("severity");
    var visible = {};
    var total = 0, shown = 0, docsShown = 0, docsTotal = 0;
    each(".finding", function (el) {
      var on = rules[el.getAttribute("data-rule")] === true && severities[el.getAttribute("data-severity")] === true;
      el.hidden = !on;
      visible[el.getAttribute("data-f")] = on;
      total += 1;
      if (on) { shown += 1; }
    });
    each("mark[data-f]", function (el) {
      var keys = el.getAttribute("data-f").split(" ");
      el.classList.toggle("off", !keys.some(function (k) { return visible[k]; }));
    });
    each(".src", function (src) {
      // a line stays while a finding it is shown for does; a gap is drawn where lines were skipped
      var previous = null;
      Array.prototype.forEach.call(src.querySelectorAll(".row"), function (row) {
        var on = row.getAttribute("data-f").split(" ").some(function (k) { return visible[k]; });
        row.hidden = !on;
        if (!on) { return; }
        var line = Number(row.getAttribute("data-line"));
        row.classList.toggle("gap", previous !== null && line !== previous + 1);
        previous = line;
      });
    });
    each(".doc", function (el) {
      var on = el.querySelector(".finding:not([hidden])") !== null;
      el.hidden = !on;
      docsTotal += 1;
      if (on) { docsShown += 1; }
    });
    each("table.rules tr[data-rule]", function (el) {
      el.classList.toggle("off", rules[el.getAttribute("data-rule")] !== true);
    });
    document.getElementById("shown").textContent =
      "Showing " + shown + " of " + total + " findings in " + docsShown + " of " + docsTotal + " documents below.";
    document.body.setAttribute("data-filtered", shown === total ? "no" : "yes");
  }

  form.addEventListener("change", function () { apply(); writeFragment(); });
  form.addEventListener("click", function (event) {
    var target = event.target;
    var name = target.getAttribute("data-all") || target.getAttribute("data-none");
    if (!name) { return; }
    var on = target.hasAttribute("data-all");
    boxes(name).forEach(function (box) { box.checked = on; });
    apply();
    writeFragment();
  });
  window.addEventListener("hashchange", function () { readFragment(); apply(); });
  readFragment();
  apply();
  form.hidden = false;
}());
