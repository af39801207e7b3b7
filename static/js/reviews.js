// Review queue and reply editor: a live length count and live SLA clocks. Everything works
// without this file; it only keeps numbers current between page loads.
"use strict";
(() => {
  // Platforms count characters (code points), so "😀" is one, as the server counts it.
  const length = (text) => [...text.replace(/\r\n/g, "\n")].length;

  const updateCounter = (textarea) => {
    const form = textarea.closest("form");
    const counter = form && form.querySelector("[data-counter]");
    if (!counter) return;
    const count = length(textarea.value);
    const limit = parseInt(textarea.dataset.limit || "", 10);
    counter.querySelector("[data-count]").textContent = String(count);
    counter.classList.toggle("over", Number.isFinite(limit) && count > limit);
  };

  document.addEventListener("input", (event) => {
    if (event.target.matches && event.target.matches("textarea[data-limit]")) {
      updateCounter(event.target);
    }
  });

  const span = (seconds) => {
    const days = Math.floor(seconds / 86400);
    const hours = Math.floor((seconds % 86400) / 3600);
    const minutes = Math.floor((seconds % 3600) / 60);
    if (days) return hours ? `${days} d ${hours} h` : `${days} d`;
    if (hours) return minutes ? `${hours} h ${minutes} min` : `${hours} h`;
    return `${Math.max(minutes, 1)} min`;
  };

  const tick = () => {
    const now = Date.now();
    for (const clock of document.querySelectorAll("[data-due]")) {
      const due = Date.parse(clock.dataset.due);
      if (Number.isNaN(due)) continue;
      const seconds = Math.round((due - now) / 1000);
      const overdue = seconds < 0;
      clock.textContent = overdue ? `overdue by ${span(-seconds)}` : `due in ${span(seconds)}`;
      clock.classList.toggle("sla-overdue", overdue);
      const card = clock.closest(".review-card");
      if (card) card.classList.toggle("overdue", overdue);
    }
  };
  setInterval(tick, 30000);

  // A template was picked: the reply is in the editor, so the caret goes there to adapt it.
  document.body.addEventListener("htmx:afterSettle", () => {
    const editor = document.querySelector("#editor textarea[autofocus]");
    if (editor && document.activeElement !== editor) editor.focus();
  });
})();
