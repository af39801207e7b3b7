// A few lines of behaviour the server cannot give. Everything works without this file.
"use strict";
document.addEventListener("click", (event) => {
  // Close an open <details> menu when clicking elsewhere.
  for (const menu of document.querySelectorAll("details[open].switcher, details[open].usermenu")) {
    if (!menu.contains(event.target)) menu.removeAttribute("open");
  }
});
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape") {
    for (const menu of document.querySelectorAll("details[open]")) menu.removeAttribute("open");
  }
});
document.addEventListener("input", (event) => {
  // Search boxes that filter a list by its items' data-name (the workspace switcher).
  const box = event.target.closest("[data-filter-list]");
  if (!box) return;
  const words = box.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const list = document.getElementById(box.dataset.filterList);
  if (!list) return;
  for (const item of list.querySelectorAll("li[data-name]")) {
    item.hidden = !words.every((w) => item.dataset.name.includes(w));
  }
});
document.addEventListener("input", (event) => {
  // A workspace's address is suggested from its name until someone types their own.
  const name = event.target;
  if (name.matches("[data-slug-from]")) {
    name.dataset.touched = name.value ? "1" : "";
    return;
  }
  const slug = document.querySelector(`[data-slug-from="${name.id}"]`);
  if (!slug || slug.dataset.touched) return;
  slug.value = name.value.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
    .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 50);
  slug.dispatchEvent(new Event("slug-suggested"));  // asks whether it is free (htmx)
});
document.addEventListener("htmx:afterSwap", () => {
  // A list swapped in (the switcher's counts) keeps the search already typed.
  for (const box of document.querySelectorAll("[data-filter-list]")) {
    if (box.value) box.dispatchEvent(new Event("input", { bubbles: true }));
  }
});
