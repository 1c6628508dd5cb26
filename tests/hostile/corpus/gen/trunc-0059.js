var caught = 0;
function inf() { return inf(); }
for (var i = 0; i < 3; i++) {
