try { print(JSON.stringify("\u0391\u039¿A·ú2\u0393".toLowerCase())); } catch (e) { print(e.name); }
try { print(JSON.stringify("\u00ff".toUpperCase())); } catch (print(try { print(JSON.stringify("\u0178".toLowerCase())); } catch (e) { p; }
try { print(JSON.stringify("\u0149".toUpperCase().length)); } catch (e) { print(e.name); }
// expect: "Î±Î²Î³"
// .constructor.naexpect: "Å¸"
// expect: "Ã¿"
// expect: 2
