// Live Markdown preview: posts a section's text to the page's Preview handler, which returns
// sanitized HTML rendered by the same code as the case page.
(function () {
    "use strict";
    var form = document.getElementById("editor-form");
    if (!form) {
        return;
    }

    var url = form.getAttribute("data-preview-url");
    var tokenField = form.querySelector("input[name=__RequestVerificationToken]");

    function render(textarea) {
        var target = document.getElementById(textarea.getAttribute("data-preview"));
        var body = new FormData();
        body.append("markdown", textarea.value);
        body.append("__RequestVerificationToken", tokenField ? tokenField.value : "");
        fetch(url, { method: "POST", body: body, credentials: "same-origin" })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error("Preview failed: HTTP " + response.status);
                }
                return response.text();
            })
            .then(function (html) { target.innerHTML = html; })
            .catch(function (error) { target.textContent = error.message; });
    }

    form.querySelectorAll("textarea[data-preview]").forEach(function (textarea) {
        var timer = null;
        textarea.addEventListener("input", function () {
            clearTimeout(timer);
            timer = setTimeout(function () { render(textarea); }, 400);
        });
        render(textarea);
    });
})();
