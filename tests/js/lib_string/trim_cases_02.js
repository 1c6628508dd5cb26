try { print(JSON.stringify("".trim())); } catch (e) { print(e.name); }
try { print(JSON.stringify("   ".trimStart())); } catch (e) { print(e.name); }
// expect: ""
// expect: ""
