// Filter groups start closed, so that on a phone the results are near; a wide screen has room
// beside the results, so there they start open. Without JavaScript they open with a click.
if (window.matchMedia("(min-width: 52rem)").matches) {
  for (const group of document.querySelectorAll("details.filter-group")) {
    group.open = true;
  }
}
