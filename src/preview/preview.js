// Follows the report as it is written: waits for the server to say the report changed,
// then reloads the page where the reader was and replaces the findings.
"use strict";

(function () {
  const frame = document.getElementById("page");
  const findings = document.getElementById("findings");
  let version = findings.dataset.version;
  let keep = null;

  // A reload puts the reader back where they were, not at the top.
  frame.addEventListener("load", function () {
    if (keep !== null) {
      frame.contentWindow.scrollTo(keep.x, keep.y);
      keep = null;
    }
  });

  function later(ms) {
    return new Promise(function (resolve) {
      setTimeout(resolve, ms);
    });
  }

  async function follow() {
    for (;;) {
      try {
        const answer = await fetch("/.preview-wait?after=" + encodeURIComponent(version), {
          cache: "no-store",
        });
        if (!answer.ok) {
          throw new Error(String(answer.status));
        }
        const next = (await answer.text()).trim();
        if (next === version) {
          continue;
        }
        const fragment = await fetch("/.preview-findings", { cache: "no-store" });
        // The server escapes every text it puts in the fragment.
        findings.innerHTML = await fragment.text();
        version = next;
        findings.dataset.version = next;
        document.body.classList.remove("offline");
        const page = frame.contentWindow;
        keep = { x: page.scrollX, y: page.scrollY };
        page.location.reload();
      } catch (e) {
        // The server stopped or restarts: try again shortly.
        document.body.classList.add("offline");
        await later(1000);
      }
    }
  }

  follow();
})();
