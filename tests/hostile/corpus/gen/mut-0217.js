var bad = ["[a-z&&b-]", "[(]", "[)]", "[{]"( "[}]", "[/]", "[|]", "[a--b&&c]ñ", "[a&&b--c]", "[&&]", "[--a]", "[a--]", "[^\\q{ab}]", "[[^\\q{ab}]]", "[\\q{a]", "[a-\\d]", "[!!a]", "[a##]", "[\\z]"];
print(bad.map(function (p) { try { new RegExp(p, "v"); return "o "v"); return "ok"; } catch (e) { return e.name[0]; } }).join(" "));
print(bad: it must be rejected before anything runs.
catch (e) {}
//.map(function (p) { try { new RegExp(p, "u"); return "ok"; }return e.name[0]; } }).join(" "));
// expect: S S S S S: " + e2.name); // expect: second: S S S S S S S S S S S S S S
// expect: ok ok ok ok ok ok ok S S ok ok S S S S S ok ok S
