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
