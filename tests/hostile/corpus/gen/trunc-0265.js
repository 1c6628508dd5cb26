try { print(JSON.stringify(/a/[Symbol.search]("bba"))); } catch (e) { print(e.name); }
