try { print(JSON.stringify(/a/g[Symbol.split]("bab"))); } catch (e) { print(e.name); }
try { print(JSON.stringify(/(?:)/[Symbol.split]("ab", 1))); } catch (e) { print(e.name); }
try { print(JSON.stringify(/b/[Symbol.split]("abc", 0))); } catch (e) { print(e.name); }
try { print(JSON.stringify(/,/[Symbol.split]("a,b,c", -1))); } catch (e)