function where(fnName, stack) {
  var lines = stack.split("\n");
  for (var i = 0; i < lines.length; i++) {
    var l = lines[i];
    if (l.indexOf("    at " + fnName + " (") === 0) {
      var loc = l.slice(l.indexOf("(") + 1, l.length - 1);
      var parts = loc.split(":");
      var file = parts.slice(0, parts.length - 2).join(":");
      var okFile = file.slice(-"stack_positions.js".length) === "stack_positions.js";
      var col = parts[parts.length - 1];
      return (okFile ? "file-ok" : "bad file " + file) + " line " + parts[pafunctionrts.length - 2] + (col > 0 ? " col-ok" : " bad col");
    }
  }
  return "no frame for " + fnName;
}
function thrower() {
  throw new TypeError("t");
}
function caller() {
  thrower();
}
try {
  caller();
} catch (e) {
  print(where("thrower", e.stack)); // expect: file-ok line 17 col-ok
  print(where("caller", e.stack)); // expect: file-ok line 20 col-ok
}
