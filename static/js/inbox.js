// Inbox behaviour: keyboard triage, range selection, and the "N new — show" check.
// Everything here is a shortcut for what the page's forms and links already do.
"use strict";
(() => {
  const $ = (sel, root = document) => root.querySelector(sel);
  const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel));
  const cards = () => $$("#mention-list > li.mention");
  let current = -1;
  let lastChecked = null;

  function focusCard(index) {
    const list = cards();
    if (!list.length) return;
    current = Math.max(0, Math.min(index, list.length - 1));
    list.forEach((c, i) => c.classList.toggle("current", i === current));
    list[current].focus({ preventScroll: false });
    list[current].scrollIntoView({ block: "nearest" });
  }

  function selectedIds() {
    const ids = $$("#mention-list input.select:checked").map((i) => i.value);
    if (!ids.length && current >= 0 && cards()[current]) ids.push(cards()[current].dataset.id);
    return ids;
  }

  function updateCount() {
    const n = $$("#mention-list input.select:checked").length;
    const out = $("#selected-count");
    if (out) out.textContent = n ? `${n} selected` : "";
  }

  function busyNames(ids) {
    return ids
      .map((id) => $(`#mention-list li[data-id="${id}"] .viewing`))
      .filter(Boolean)
      .map((el) => el.textContent);
  }

  function runBulk(action, value) {
    const form = $("#bulk");
    const ids = selectedIds();
    if (!form || !ids.length) return;
    const busy = busyNames(ids);
    if (busy.length && !window.confirm(`Someone else is looking at this: ${busy.join("; ")}. Continue?`)) return;
    const data = new FormData();
    data.append("csrfmiddlewaretoken", form.querySelector("[name=csrfmiddlewaretoken]").value);
    data.append("action", action);
    data.append("value", value);
    data.append("filters", form.querySelector("[name=filters]").value);
    ids.forEach((id) => data.append("ids", id));
    fetch(form.getAttribute("action"), { method: "POST", body: data, credentials: "same-origin" }).then(() => window.location.reload());
  }

  document.addEventListener("click", (event) => {
    const box = event.target.closest("#mention-list input.select");
    if (box) {
      if (event.shiftKey && lastChecked && lastChecked !== box) {
        const boxes = $$("#mention-list input.select");
        const [a, b] = [boxes.indexOf(lastChecked), boxes.indexOf(box)].sort((x, y) => x - y);
        boxes.slice(a, b + 1).forEach((b2) => { b2.checked = box.checked; });
      }
      lastChecked = box;
      updateCount();
      return;
    }
    if (event.target.matches("#select-page")) {
      $$("#mention-list input.select").forEach((b) => { b.checked = event.target.checked; });
      updateCount();
    }
    if (event.target.closest("[data-shortcuts-open]")) $("#shortcuts")?.showModal();
    const sentiment = event.target.closest("[data-sentiment]");
    if (sentiment) {
      $("#sentiment-dialog")?.close();
      runBulk("sentiment", sentiment.dataset.sentiment);
    }
  });

  document.addEventListener("submit", (event) => {
    const form = event.target;
    if (form.id === "bulk" && form.querySelector("#all-matching:checked")) {
      const limit = form.querySelector("#all-matching").dataset.limit;
      if (!window.confirm(`Apply this to every mention matching the filters (up to ${limit})?`)) event.preventDefault();
    }
    if (form.matches("[data-confirm-busy]")) {
      const warning = $("#collision");
      const assigned = $("[data-assignee]");
      if (warning && !window.confirm(`${warning.dataset.viewers} ${warning.dataset.viewers.includes(",") ? "are" : "is"} looking at this mention. Act anyway?`)) {
        event.preventDefault();
      } else if (assigned && !window.confirm(`This mention is assigned to ${assigned.dataset.assignee}. Act anyway?`)) {
        event.preventDefault();
      }
    }
  });

  document.addEventListener("keydown", (event) => {
    const typing = event.target.closest("input, textarea, select, [contenteditable]");
    if (event.key === "Escape" && typing) { event.target.blur(); return; }
    if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
    const dialog = $("#sentiment-dialog");
    if (dialog?.open && ["1", "2", "3"].includes(event.key)) {
      dialog.close();
      runBulk("sentiment", ["positive", "neutral", "negative"][Number(event.key) - 1]);
      return;
    }
    if (!$("#mention-list") && event.key !== "?" && event.key !== "/") return;
    switch (event.key) {
      case "j": focusCard(current + 1); break;
      case "k": focusCard(current - 1); break;
      case "x": {
        const box = cards()[current]?.querySelector("input.select");
        if (box) { box.checked = !box.checked; lastChecked = box; updateCount(); }
        break;
      }
      case "o": case "Enter": cards()[current]?.querySelector(".mention-title a")?.click(); break;
      case "e": runBulk("status", "done"); break;
      case "a": runBulk("assign", "me"); break;
      case "s": if (selectedIds().length) dialog?.showModal(); break;
      case "/": $("#f-q")?.focus(); break;
      case "?": $("#shortcuts")?.showModal(); break;
      default: return;
    }
    event.preventDefault();
  });

  document.body.addEventListener("htmx:afterSwap", () => { current = -1; lastChecked = null; updateCount(); });

  // "N new — show": ask now and then; slower while the tab is hidden, never reshuffle the list.
  let delay = 30000;
  function checkNew() {
    const results = $("#results");
    if (results && results.dataset.newest && window.htmx) {
      const url = `${results.dataset.newCountUrl}?${results.dataset.filters}&newest=${results.dataset.newest}`;
      window.htmx.ajax("GET", url, { target: "#new-banner", swap: "outerHTML" });
    }
    delay = document.hidden ? Math.min(delay * 2, 600000) : 30000;
    window.setTimeout(checkNew, delay);
  }
  window.setTimeout(checkNew, delay);
})();
