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

function cbWhenReady(run) {
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", run);
  } else {
    run();
  }
}

/*
 * Suggestions under the header's search box (a combobox in the ARIA sense): typing asks
 * /search/suggest, the arrow keys move through the list, Enter opens the chosen one, Escape closes
 * it. Without script the box is a plain search form. (This script is in the head: it waits for the
 * page, unless the page is there already.)
 */
cbWhenReady(function () {
  var box = document.querySelector(".cb-search input[name=q]");
  if (!box || !window.fetch) {
    return;
  }
  var list = document.createElement("ul");
  list.id = "searchSuggestions";
  list.className = "cb-suggest";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", "Suggestions");
  list.hidden = true;
  box.parentNode.appendChild(list);
  box.setAttribute("role", "combobox");
  box.setAttribute("aria-autocomplete", "list");
  box.setAttribute("aria-controls", list.id);
  box.setAttribute("aria-expanded", "false");
  box.setAttribute("autocomplete", "off");
  var base = box.form.getAttribute("action");
  var timer = null;
  var asked = "";
  var active = -1;

  function options() {
    return list.querySelectorAll("[role=option]");
  }
  function close() {
    list.hidden = true;
    box.setAttribute("aria-expanded", "false");
    box.removeAttribute("aria-activedescendant");
    active = -1;
  }
  function show(suggestions) {
    list.textContent = "";
    suggestions.forEach(function (suggestion, i) {
      var item = document.createElement("li");
      item.id = "suggestion-" + i;
      item.setAttribute("role", "option");
      item.dataset.url = suggestion.url;
      item.textContent = suggestion.text;
      if (suggestion.kind === "category") {
        var kind = document.createElement("span");
        kind.className = "cb-muted";
        kind.textContent = " · category";
        item.appendChild(kind);
      }
      item.addEventListener("mousedown", function (event) {
        event.preventDefault();
        window.location.href = suggestion.url;
      });
      list.appendChild(item);
    });
    active = -1;
    list.hidden = suggestions.length === 0;
    box.setAttribute("aria-expanded", String(suggestions.length > 0));
  }
  function highlight(index) {
    var items = options();
    if (items.length === 0) {
      return;
    }
    active = (index + items.length) % items.length;
    items.forEach(function (item, i) {
      item.setAttribute("aria-selected", String(i === active));
    });
    box.setAttribute("aria-activedescendant", items[active].id);
  }
  function ask() {
    var typed = box.value.trim();
    if (typed === asked) {
      return;
    }
    asked = typed;
    if (typed.length < 2) {
      close();
      return;
    }
    fetch(base + "/suggest?q=" + encodeURIComponent(typed), { headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
      .then(function (answer) {
        if (asked === typed) {
          show(answer.suggestions);
        }
      })
      .catch(close);
  }
  box.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(ask, 120);
  });
  box.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!list.hidden) {
        event.preventDefault();
        highlight(active + (event.key === "ArrowDown" ? 1 : -1));
      }
    } else if (event.key === "Enter" && active >= 0 && !list.hidden) {
      event.preventDefault();
      window.location.href = options()[active].dataset.url;
    } else if (event.key === "Escape" && !list.hidden) {
      event.preventDefault();
      close();
    }
  });
  box.addEventListener("blur", close);
});

/* On a phone the search filters start folded, so that the results come first. */
cbWhenReady(function () {
  var facets = document.getElementById("facets");
  if (facets && window.matchMedia("(max-width: 48rem)").matches) {
    facets.open = false;
  }
});

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
