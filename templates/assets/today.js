// Marks today on pages that list a whole week (the home page's classes, the timetable).
// The site is built once a week, so only the reader's browser knows which day is today.
// The date is the site's, at its offset from UTC (data-utc-offset, minutes east), not the
// device's. Without this script nothing is marked and the page says 本周 only.
(function () {
  "use strict";
  var weeks = document.querySelectorAll("[data-utc-offset]");
  for (var i = 0; i < weeks.length; i++) mark(weeks[i]);

  function mark(week) {
    var offset = parseInt(week.getAttribute("data-utc-offset"), 10);
    if (isNaN(offset)) return;
    var today = new Date(Date.now() + offset * 60000).toISOString().slice(0, 10);
    var label = week.getAttribute("data-today-label");
    var days = week.querySelectorAll('[data-date="' + today + '"]');
    for (var j = 0; j < days.length; j++) {
      var day = days[j];
      day.className += " is-today";
      var name = / day-name /.test(" " + day.className + " ") ? day : day.querySelector(".day-name");
      if (!name) continue;
      day.setAttribute("aria-current", "date");
      if (label) {
        var badge = document.createElement("span");
        badge.className = "today-mark";
        badge.textContent = label;
        name.insertBefore(badge, name.firstChild);
      }
    }
    // The home page puts today first, open, and folds the other days to one line each.
    if (week.hasAttribute("data-today-first") && days.length) {
      var first = week.querySelector("[data-date]");
      if (first !== days[0]) first.parentNode.insertBefore(days[0], first);
      var folded = week.querySelectorAll("details[data-date]");
      for (var k = 0; k < folded.length; k++) folded[k].open = folded[k] === days[0];
    }
  }
})();
