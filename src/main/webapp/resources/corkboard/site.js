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
