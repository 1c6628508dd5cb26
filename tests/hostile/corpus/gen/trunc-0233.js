// node: as-file (node runs a CommonJS main file in its module wrapper)
// A CommonJS main script may `return` at its top level, as node allo