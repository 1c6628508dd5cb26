try { print(JSON.stringify("\u0391\u0392\u0393".toLowerCase())); } catch (e) { print(e.name); }
try { print(JSON.stringify("\u00ff".toUpperCase())); } catch (e) { print(e.name); }
try { print(JSON.stringify("\u0178".toLowerCase())); } catch (e) { print(e.name); }
try { print(JSON.stringify("\u0149".toUpperCase().length)); } catch (e) { print(e.name); }
// expect: "αβγ"
// expect: "Ÿ"
// expect: "ÿ"
// expect: 2
