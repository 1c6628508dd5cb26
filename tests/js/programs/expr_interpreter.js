// A small language: tokenizer, recursive-descent parser, tree-walking
// evaluator with lexical closures. Exercises strings, classes, closures,
// recursion, exceptions and objects used as maps.

class Token {
  constructor(kind, text, pos) { this.kind = kind; this.text = text; this.pos = pos; }
}

function isDigit(c) { return c >= "0" && c <= "9"; }
function isAlpha(c) { return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "_"; }

function tokenize(src) {
  var out = [];
  var i = 0;
  while (i < src.length) {
    var c = src[i];
    if (c === " " || c === "\n" || c === "\t") { i++; continue; }
    if (c === "#") { while (i < src.length && src[i] !== "\n") i++; continue; }
    var start = i;
    if (isDigit(c)) {
      while (i < src.length && (isDigit(src[i]) || src[i] === ".")) i++;
      out.push(new Token("num", src.slice(start, i), start));
    } else if (isAlpha(c)) {
      while (i < src.length && (isAlpha(src[i]) || isDigit(src[i]))) i++;
      var word = src.slice(start, i);
      var kw = ["let", "fn", "if", "else", "while", "return", "print"].indexOf(word) >= 0;
      out.push(new Token(kw ? word : "id", word, start));
    } else if (c === '"') {
      i++;
      while (i < src.length && src[i] !== '"') i++;
      if (i >= src.length) throw new SyntaxError("unterminated string at " + start);
      out.push(new Token("str", src.slice(start + 1, i), start));
      i++;
    } else {
      var two = src.slice(i, i + 2);
      if (["==", "!=", "<=", ">=", "&&", "||"].indexOf(two) >= 0) {
        out.push(new Token("op", two, start));
        i += 2;
      } else if ("+-*/%<>=(){},;!".indexOf(c) >= 0) {
        out.push(new Token("op", c, start));
        i++;
      } else {
        throw new SyntaxError("unexpected character '" + c + "' at " + i);
      }
    }
  }
  out.push(new Token("eof", "", src.length));
  return out;
}

class Parser {
  constructor(tokens) { this.toks = tokens; this.p = 0; }
  peek() { return this.toks[this.p]; }
  next() { return this.toks[this.p++]; }
  at(text) { var t = this.peek(); return (t.kind === "op" || t.kind === text) && t.text === text; }
  eat(text) {
    var t = this.next();
    if (t.text !== text) throw new SyntaxError("expected '" + text + "' but found '" + t.text + "' at " + t.pos);
    return t;
  }
  program() {
    var body = [];
    while (this.peek().kind !== "eof") body.push(this.statement());
    return { type: "block", body: body };
  }
  block() {
    this.eat("{");
    var body = [];
    while (!this.at("}")) body.push(this.statement());
    this.eat("}");
    return { type: "block", body: body };
  }
  statement() {
    var t = this.peek();
    switch (t.kind) {
      case "let": {
        this.next();
        var name = this.next().text;
        this.eat("=");
        var init = this.expr();
        this.eat(";");
        return { type: "let", name: name, init: init };
      }
      case "if": {
        this.next();
        this.eat("(");
        var cond = this.expr();
        this.eat(")");
        var then = this.block();
        var els = null;
        if (this.peek().kind === "else") { this.next(); els = this.peek().kind === "if" ? this.statement() : this.block(); }
        return { type: "if", cond: cond, then: then, els: els };
      }
      case "while": {
        this.next();
        this.eat("(");
        var c = this.expr();
        this.eat(")");
        return { type: "while", cond: c, body: this.block() };
      }
      case "return": {
        this.next();
        var v = this.expr();
        this.eat(";");
        return { type: "return", value: v };
      }
      case "print": {
        this.next();
        var e = this.expr();
        this.eat(";");
        return { type: "print", value: e };
      }
      default: {
        var ex = this.expr();
        if (this.at("=") && ex.type === "var") {
          this.next();
          var rhs = this.expr();
          this.eat(";");
          return { type: "assign", name: ex.name, value: rhs };
        }
        this.eat(";");
        return { type: "expr", value: ex };
      }
    }
  }
  expr() { return this.binary(0); }
  binary(minPrec) {
    var PREC = { "||": 1, "&&": 2, "==": 3, "!=": 3, "<": 4, ">": 4, "<=": 4, ">=": 4, "+": 5, "-": 5, "*": 6, "/": 6, "%": 6 };
    var left = this.unary();
    for (;;) {
      var t = this.peek();
      var prec = t.kind === "op" ? PREC[t.text] : undefined;
      if (prec === undefined || prec < minPrec) return left;
      this.next();
      var right = this.binary(prec + 1);
      left = { type: "bin", op: t.text, left: left, right: right };
    }
  }
  unary() {
    if (this.at("-")) { this.next(); return { type: "neg", value: this.unary() }; }
    if (this.at("!")) { this.next(); return { type: "not", value: this.unary() }; }
    return this.call();
  }
  call() {
    var e = this.primary();
    while (this.at("(")) {
      this.next();
      var args = [];
      while (!this.at(")")) { args.push(this.expr()); if (this.at(",")) this.next(); }
      this.eat(")");
      e = { type: "call", callee: e, args: args };
    }
    return e;
  }
  primary() {
    var t = this.next();
    switch (t.kind) {
      case "num": return { type: "num", value: parseFloat(t.text) };
      case "str": return { type: "str", value: t.text };
      case "id": return { type: "var", name: t.text };
      case "fn": {
        this.eat("(");
        var params = [];
        while (!this.at(")")) { params.push(this.next().text); if (this.at(",")) this.next(); }
        this.eat(")");
        return { type: "fn", params: params, body: this.block() };
      }
      case "op":
        if (t.text === "(") { var e = this.expr(); this.eat(")"); return e; }
    }
    throw new SyntaxError("unexpected '" + t.text + "' at " + t.pos);
  }
}

class Env {
  constructor(parent) { this.vars = Object.create(null); this.parent = parent; }
  lookup(name) {
    for (var e = this; e; e = e.parent) if (name in e.vars) return e;
    throw new ReferenceError("undefined variable " + name);
  }
  get(name) { return this.lookup(name).vars[name]; }
  set(name, v) { this.lookup(name).vars[name] = v; }
  define(name, v) { this.vars[name] = v; }
}

class ReturnSignal { constructor(v) { this.value = v; } }

function Interpreter(output) {
  var steps = 0;
  function exec(node, env) {
    steps++;
    switch (node.type) {
      case "block": {
        var inner = new Env(env);
        for (var i = 0; i < node.body.length; i++) exec(node.body[i], inner);
        return;
      }
      case "let": env.define(node.name, evaluate(node.init, env)); return;
      case "assign": env.set(node.name, evaluate(node.value, env)); return;
      case "if":
        if (truthy(evaluate(node.cond, env))) exec(node.then, env);
        else if (node.els) exec(node.els, env);
        return;
      case "while":
        while (truthy(evaluate(node.cond, env))) exec(node.body, env);
        return;
      case "return": throw new ReturnSignal(evaluate(node.value, env));
      case "print": output.push(show(evaluate(node.value, env))); return;
      case "expr": evaluate(node.value, env); return;
    }
    throw new Error("bad statement " + node.type);
  }
  function truthy(v) { return v !== 0 && v !== "" && v !== null && v !== false; }
  function show(v) {
    if (typeof v === "object" && v !== null) return "<fn/" + v.params.length + ">";
    return String(v);
  }
  function evaluate(node, env) {
    switch (node.type) {
      case "num": case "str": return node.value;
      case "var": return env.get(node.name);
      case "neg": return -evaluate(node.value, env);
      case "not": return truthy(evaluate(node.value, env)) ? 0 : 1;
      case "fn": return { params: node.params, body: node.body, env: env };
      case "bin": {
        if (node.op === "&&") { var l = evaluate(node.left, env); return truthy(l) ? evaluate(node.right, env) : l; }
        if (node.op === "||") { var l2 = evaluate(node.left, env); return truthy(l2) ? l2 : evaluate(node.right, env); }
        var a = evaluate(node.left, env), b = evaluate(node.right, env);
        switch (node.op) {
          case "+": return a + b;
          case "-": return a - b;
          case "*": return a * b;
          case "/": if (b === 0) throw new RangeError("division by zero"); return a / b;
          case "%": return a % b;
          case "<": return a < b ? 1 : 0;
          case ">": return a > b ? 1 : 0;
          case "<=": return a <= b ? 1 : 0;
          case ">=": return a >= b ? 1 : 0;
          case "==": return a === b ? 1 : 0;
          case "!=": return a !== b ? 1 : 0;
        }
        throw new Error("bad operator " + node.op);
      }
      case "call": {
        var f = evaluate(node.callee, env);
        if (typeof f !== "object" || f === null) throw new TypeError("not a function");
        var callEnv = new Env(f.env);
        for (var i = 0; i < f.params.length; i++) callEnv.define(f.params[i], i < node.args.length ? evaluate(node.args[i], env) : 0);
        try { exec(f.body, callEnv); } catch (r) { if (r instanceof ReturnSignal) return r.value; throw r; }
        return 0;
      }
    }
    throw new Error("bad expression " + node.type);
  }
  return {
    run: function (src) { exec(new Parser(tokenize(src)).program(), new Env(null)); },
    steps: function () { return steps; }
  };
}

function runProgram(src) {
  var out = [];
  var interp = Interpreter(out);
  try {
    interp.run(src);
  } catch (e) {
    out.push(e.name + ": " + e.message);
  }
  return out;
}

var programs = [
  'print 1 + 2 * 3;\nprint (1 + 2) * 3;\nprint "a" + "b";',
  'let fib = fn(n) { if (n < 2) { return n; } return fib(n - 1) + fib(n - 2); };\nprint fib(15);',
  'let make = fn(start) { let n = start; return fn() { n = n + 1; return n; }; };\n' +
    'let c = make(10); c(); c();\nprint c();\nlet d = make(0);\nprint d();',
  'let i = 0; let s = 0;\nwhile (i < 100) { s = s + i; i = i + 1; }\nprint s;',
  'let compose = fn(f, g) { return fn(x) { return f(g(x)); }; };\n' +
    'let inc = fn(x) { return x + 1; }; let dbl = fn(x) { return x * 2; };\nprint compose(inc, dbl)(20);\nprint compose;',
  '# comments are ignored\nlet x = 5;\nif (x > 3 && x < 10) { print "mid"; } else { print "out"; }\nprint !0 + !1;',
  'print 1 / 0;',
  'print y;',
  'let s = "unterminated;',
  'let = 4;',
  'let gcd = fn(a, b) { while (b != 0) { let t = b; b = a % b; a = t; } return a; };\nprint gcd(1071, 462);',
  'let apply = fn(f, n, x) { while (n > 0) { x = f(x); n = n - 1; } return x; };\nprint apply(fn(v) { return v * 3; }, 4, 1);'
];

for (var p = 0; p < programs.length; p++) {
  print("program " + p + ": " + runProgram(programs[p]).join(" | "));
}
// expect: program 0: 7 | 9 | ab
// expect: program 1: 610
// expect: program 2: 13 | 1
// expect: program 3: 4950
// expect: program 4: 41 | <fn/2>
// expect: program 5: mid | 1
// expect: program 6: RangeError: division by zero
// expect: program 7: ReferenceError: undefined variable y
// expect: program 8: SyntaxError: unterminated string at 8
// expect: program 9: SyntaxError: expected '=' but found '4' at 6
// expect: program 10: 21
// expect: program 11: 81
