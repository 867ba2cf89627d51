// Marks the page as able to run govuk-frontend's JavaScript (kept out of an
// inline script so the Content Security Policy needs no 'unsafe-inline').
document.body.className +=
  " js-enabled" + ("noModule" in HTMLScriptElement.prototype ? " govuk-frontend-supported" : "");
