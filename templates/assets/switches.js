// The 大字 (larger text) and 高对比度 (high contrast) switches, remembered from page to page.
// Loaded in <head> without `defer`, so the reader's choice is on <html> before the first paint
// and no page flashes in the wrong size or colours. The `js-switches` class swaps the no-script
// checkboxes (which work one page at a time) for the toggle buttons this file wires up.
(function () {
  "use strict";
  var root = document.documentElement;
  var names = ["larger-text", "high-contrast"];

  function stored(name) {
    try {
      return window.localStorage.getItem("gongshi." + name) === "on";
    } catch (e) {
      return false; // storage blocked: the switches still work on this page
    }
  }

  function store(name, on) {
    try {
      window.localStorage.setItem("gongshi." + name, on ? "on" : "off");
    } catch (e) {}
  }

  function show(name, on) {
    if (on) root.classList.add(name);
    else root.classList.remove(name);
    var buttons = document.querySelectorAll('button[data-switch="' + name + '"]');
    for (var i = 0; i < buttons.length; i++) buttons[i].setAttribute("aria-pressed", on ? "true" : "false");
  }

  function showStored() {
    for (var i = 0; i < names.length; i++) show(names[i], stored(names[i]));
  }

  root.classList.add("js-switches");
  showStored();

  document.addEventListener("DOMContentLoaded", function () {
    showStored();
    var buttons = document.querySelectorAll("button[data-switch]");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].addEventListener("click", function () {
        var name = this.getAttribute("data-switch");
        var on = !root.classList.contains(name);
        show(name, on);
        store(name, on);
      });
    }
  });
  // A page shown again from the back-forward cache, or a switch pressed in another tab.
  window.addEventListener("pageshow", showStored);
  window.addEventListener("storage", showStored);
})();
