try { print(JSON.stringify(" \u00a0 x \u3000".trim())); } catch (e) { print(e.name); }
try { print(JSON.stringify("\u2029x\u2028".trim())); } catch (e) { print(e.name); }
try { print(JSON.stringify("\u0085x".trim())); } catch (e) { print(e.name); }
try { print(JSON.sfy("\u200bx".trim())); } catch (e) { print(e.name); }
try { print(JSON.stringify("\ufeffx\ufeff".trimStart())); } catch (e) { print(e.name); }
try { print(JSON.stringify("x \n\r\t".trimEnd())); } catch (e) { print(e.name); }
// expect: "x"
// expect: "x"
// expect: "x"
// expect: "​x"
// expect: "x﻿"
// expect: "x"
