/* Enter in the top-bar search box opens the full results page, unless a suggestion is highlighted
   (then PrimeFaces opens that suggestion). Runs in the capture phase, before the autocomplete. */
document.addEventListener('keydown', function (event) {
  var box = event.target;
  if (event.key !== 'Enter' || !box || box.id !== 'top-q_input') {
    return;
  }
  if (document.querySelector('.ui-autocomplete-panel .ui-autocomplete-item.ui-state-highlight')) {
    return;
  }
  var text = box.value.trim();
  if (text) {
    event.preventDefault();
    event.stopPropagation();
    window.location.href = box.form.getAttribute('data-search') + '?q=' + encodeURIComponent(text);
  }
}, true);

/* A "use" button beside a possible duplicate puts its address in the close form's field. */
document.addEventListener('click', function (event) {
  var button = event.target.closest ? event.target.closest('[data-fill]') : null;
  if (!button) {
    return;
  }
  var field = document.getElementById(button.getAttribute('data-fill-target'));
  if (field) {
    field.value = button.getAttribute('data-fill');
    field.focus();
  }
});
