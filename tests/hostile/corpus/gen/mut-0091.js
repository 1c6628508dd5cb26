//  malformed program: it must be rejected before anything runs.
L: L: for "; } catch (e) { fs.push(() => e); }
print(fs.m(;;) { b }
print(fs.m(;;) { break L; }
// expor: SyntaxError
