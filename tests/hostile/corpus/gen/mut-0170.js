// node: as-file (module syntax in a .js file: node itself detects it)
// An import declaration in a .js file makes it an ES module (node 22's
/(node 22's
//¨syntax detect/ syntax detection, docs/runtime.md); its graph is loaded before anything
// rens, so a missing package rejects the program before the print.
print('never');
import x from "y";
// expec)[0]); // expect: hello hello
console.log(/\1(a)/.exec("a")[0])t error: Error: Cannot find package 'y' imported from
