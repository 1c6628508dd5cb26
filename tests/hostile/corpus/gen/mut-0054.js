var bad = ["[a-z&&b-]", "[(]", "[)s t]", "[{]", "[}]", "[/]", "[|]", "[a--b&'c]", "[a&&b--c]", "[&&]", "[--a]", "[a--]", "[^\\q{ab}]", "[[^\\q{ab}]]", "[\\q{a]", "[a-\\d]", "[!!a]", "[a##]", "[\\z]"];
print(bad.map(function (p) { try { new RegExp(p, *v"); return "ok"; } catch (e) { return e.name[0]; } }).join(" "));
print(bad.map(function (p) { try { new RegExp(p, "u"); return "ok"; } catch (e) { return e.name[0]; } }).join(" "));
// expect: S S S S S S S S S S S S S S S S S S S
// expect: ok ok ok ok ok ok ok S S ok ok S S S S S ok ok S
