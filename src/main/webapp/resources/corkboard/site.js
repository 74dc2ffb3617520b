/* An open drop-down menu closes on Escape or on a click elsewhere, as menus do. */
(function () {
  function openMenus() {
    return document.querySelectorAll("details.cb-dropdown[open]");
  }
  document.addEventListener("click", function (event) {
    openMenus().forEach(function (menu) {
      if (!menu.contains(event.target)) {
        menu.open = false;
      }
    });
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      openMenus().forEach(function (menu) {
        menu.open = false;
        menu.querySelector("summary").focus();
      });
    }
  });
})();

/* In a conversation's send box, Enter sends and Shift+Enter starts a new line, as in chats. */
(function () {
  document.addEventListener("keydown", function (event) {
    var box = event.target;
    if (event.key !== "Enter" || event.shiftKey || event.isComposing
        || !box.classList || !box.classList.contains("cb-send-box")) {
      return;
    }
    event.preventDefault();
    if (box.value.trim() !== "") {
      box.form.querySelector("#send").click();
    }
  });
})();

/*
 * A live hint from the socket (site.xhtml) names a conversation that changed. The page re-reads by
 * Ajax what it shows of it: the conversation itself when it is open, else the inbox, else the
 * header's badges. Each of these also refreshes the badges. A hint may name the message added.
 */
function cbLive(hint) {
  var open = document.querySelector("[data-live-conversation]");
  if (open && window.cbRefreshConversation
      && (!hint || open.getAttribute("data-live-conversation") === String(hint.conversation))) {
    // A message this page already shows (it sent it) needs no re-read.
    if (!(hint && hint.message > 0 && document.getElementById("message-" + hint.message))) {
      window.cbRefreshConversation();
    }
  } else if (window.cbRefreshInbox) {
    window.cbRefreshInbox();
  } else if (window.cbRefreshHeader) {
    window.cbRefreshHeader();
  }
}

/*
 * The socket was cut; Mojarra's script opens it again. Hints sent meanwhile are lost, so once it is
 * likely back the page re-reads what it shows, as on a hint about it.
 */
function cbLiveInterrupted() {
  setTimeout(function () {
    cbLive(null);
  }, 3000);
}

/* Whether the live socket is open, on the page's root element: for styles and tests to know. */
function cbLiveOpen() {
  document.documentElement.setAttribute("data-live", "open");
}
function cbLiveClosed() {
  document.documentElement.setAttribute("data-live", "closed");
}

/*
 * A heart (WEB-INF/tags/heart.xhtml) turns in place: its form is sent asking for JSON, and every
 * heart of the same listing on the page shows the new state. On any other answer the form is sent
 * the ordinary way, so that the page it leads to tells why (signed out, refused).
 */
(function () {
  function show(form, saved) {
    var label = saved ? "Remove from favourites" : "Save to favourites";
    var button = form.querySelector(".cb-heart");
    form.querySelector("input[name=saved]").value = String(!saved);
    button.setAttribute("aria-pressed", String(saved));
    button.setAttribute("aria-label", label);
    button.setAttribute("title", label);
    button.querySelector("i").className = "pi " + (saved ? "pi-heart-fill" : "pi-heart");
  }
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.classList || !form.classList.contains("cb-heart-form") || !window.fetch) {
      return;
    }
    event.preventDefault();
    var button = form.querySelector(".cb-heart");
    if (button.disabled) {
      return;
    }
    button.disabled = true;
    fetch(form.action, {
      method: "POST",
      body: new URLSearchParams(new FormData(form)),
      headers: {Accept: "application/json"},
      credentials: "same-origin"
    }).then(function (response) {
      if (!response.ok) {
        throw new Error(String(response.status));
      }
      return response.json();
    }).then(function (answer) {
      var listing = form.querySelector("input[name=listing]").value;
      document.querySelectorAll("form.cb-heart-form").forEach(function (other) {
        if (other.querySelector("input[name=listing]").value === listing) {
          show(other, answer.saved);
        }
      });
      button.disabled = false;
      button.focus();
    }).catch(function () {
      form.submit();
    });
  });
})();
