// 朗读: reads a notice, bulletin or point page aloud with the browser's own speech synthesis
// (MIIT's rule for article pages). The button is rendered hidden and shown only where the
// browser can speak; pressed again it stops.
(function () {
  "use strict";
  var button = document.querySelector("button[data-read-aloud]");
  if (!button || !("speechSynthesis" in window) || !("SpeechSynthesisUtterance" in window)) return;
  var region = document.getElementById(button.dataset.readAloud);
  if (!region) return;
  var speech = window.speechSynthesis;
  var startLabel = button.textContent;
  var stopLabel = button.dataset.stopLabel;
  var pageLang = document.documentElement.lang || "zh-CN";
  var lang = /^zh/i.test(pageLang) ? "zh-CN" : pageLang;
  var reading = false;

  // The region's text without the button, one block at a time, as the page shows it.
  function text() {
    return Array.prototype.filter.call(region.children, function (child) {
      return !child.contains(button) && child.tagName !== "SCRIPT";
    }).map(function (child) { return child.innerText; }).join("\n");
  }

  // Sentence by sentence: some browsers stop a long utterance after a quarter of a minute.
  function sentences(all) {
    return (all.match(/[^。！？；!?;\n]+[。！？；!?;\n]*/g) || []).map(function (part) {
      return part.trim();
    }).filter(Boolean);
  }

  function stop() {
    reading = false;
    speech.cancel();
    button.textContent = startLabel;
  }

  function start() {
    var parts = sentences(text());
    if (parts.length === 0) return;
    speech.cancel();
    reading = true;
    button.textContent = stopLabel;
    parts.forEach(function (part, index) {
      var utterance = new SpeechSynthesisUtterance(part);
      utterance.lang = lang;
      utterance.rate = 0.9;
      if (index === parts.length - 1) utterance.onend = function () { if (reading) stop(); };
      utterance.onerror = function (event) { if (reading && event.error !== "interrupted") stop(); };
      speech.speak(utterance);
    });
  }

  button.addEventListener("click", function () {
    if (reading) stop();
    else start();
  });
  window.addEventListener("pagehide", function () { speech.cancel(); });
  button.hidden = false;
})();
