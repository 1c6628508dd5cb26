try { eval("/(?<a>x)\\k<b>/"); } catch (e) { print(e.name); }
try { eval("var x = 1; /[/"); } catch (e) { print(e.name); }
try { Function("return /+/"); } catch (e) { print(e.name); }
try { eval("/a/gimsuyd"); print("ok"); } catch (e) { print(e.name); }
try { eval("/a/uv"); } catch (e) { print(e.name); }
print(eval("/\\1(a)/").exec("a")[0]);
// expect: SyntaxError
// expect: SyntaxError
// expect: SyntaxError
// expect: ok
// expect: SyntaxError
// expect: a
