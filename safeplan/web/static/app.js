// Progressive enhancement only: every page works without this file.
document.addEventListener("DOMContentLoaded", function () {
  // The source view: bring the marked passage into the middle of the screen.
  var first = document.querySelector(".source li[data-first]");
  if (first) { first.scrollIntoView({block: "start"}); }
  // "/" focuses the search box, as on most sites with a search.
  document.addEventListener("keydown", function (e) {
    var q = document.getElementById("q");
    if (e.key === "/" && q && document.activeElement.tagName !== "INPUT" && document.activeElement.tagName !== "TEXTAREA") {
      e.preventDefault(); q.focus(); q.select();
    }
  });
  // 生成: choosing another profile loads its units (without JS the 载入单位 button does it).
  var pick = document.getElementById("profile-pick");
  if (pick) { pick.addEventListener("change", function () { pick.form.submit(); }); }
  // A running generator job: poll its status instead of a full-page refresh.
  var run = document.querySelector("[data-run-status]");
  if (run) {
    setTimeout(function () { window.location.reload(); }, 800);
  }
});
