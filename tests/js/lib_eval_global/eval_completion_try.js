// completion values of try statements in eval code
print(eval('try { "t" } finally { "f" }')); // expect: t
print(eval('try { throw 1 } catch (e) { "c" } finally { "f" }')); // expect: c
print(eval('"before"; try { } finally { "f" }')); // expect: undefined
print(eval('"before"; try { "t" } catch (e) { }')); // expect: t
print(eval('L: try { "t" } finally { "f"; }')); // expect: t
print(eval('do { try { "loop" } finally { "fin" } } while (false)')); // expect: loop
