// The bulletin page's "copy for WeChat" button: copies the week's article as HTML (which the
// official account's editor keeps, inline styles and all) and as plain text. Without
// JavaScript, or where the clipboard cannot take HTML, the button stays hidden and the
// article is opened or selected by hand.
(function () {
  var button = document.querySelector(".wechat-copy");
  if (!button || !window.fetch || !window.ClipboardItem || !navigator.clipboard || !navigator.clipboard.write) return;
  var status = document.querySelector(".wechat-status");
  function say(text) { if (status) status.textContent = text; }
  button.hidden = false;
  button.addEventListener("click", function () {
    fetch(button.getAttribute("data-article"))
      .then(function (response) { return response.text(); })
      .then(function (page) {
        var article = new DOMParser().parseFromString(page, "text/html").body.firstElementChild;
        var html = article.outerHTML;
        var text = article.innerText || article.textContent;
        return navigator.clipboard.write([new ClipboardItem({
          "text/html": new Blob([html], { type: "text/html" }),
          "text/plain": new Blob([text], { type: "text/plain" })
        })]);
      })
      .then(function () { say(button.getAttribute("data-copied")); },
            function () { say(button.getAttribute("data-failed")); });
  });
})();
