// admin/categories/: after a category moved up or down, the focus goes back to the button pressed,
// or to the other one when the category has reached the end of its siblings, so that the keyboard
// keeps its place in the tree.
function cbFocusMove(pressed, other) {
  var button = document.querySelector('[data-move="' + pressed + '"]');
  if (!button || button.disabled) {
    button = document.querySelector('[data-move="' + other + '"]');
  }
  if (button) {
    button.focus();
  }
}
