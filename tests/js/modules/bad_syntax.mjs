// a syntax error in a module of the graph rejects import(); nothing of the graph runs
import('./fixtures/bad_graph_syntax.mjs').catch(e => print(e.name, e instanceof SyntaxError));
// expect: SyntaxError true
