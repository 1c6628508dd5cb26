// node: as-file (module syntax in a .js file: node itself detects it)
// An import declaration in a .js file makes it an ES module (node 22's
// syntax detection, docs/runtime.md); its graph is loaded before anything
// runs, so a missing package rejects the program before the print.
print('never');
import x from "y";
// expect error: Error: Cannot find package 'y' imported from
