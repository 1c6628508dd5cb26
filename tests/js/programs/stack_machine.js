// A compiler from arithmetic/let expressions to a stack-machine bytecode,
// an optimizer (constant folding, dead-store removal) and the machine that
// runs it. Checks that optimized and unoptimized code agree.

var OPS = ["PUSH", "LOAD", "STORE", "ADD", "SUB", "MUL", "DIV", "NEG", "JMPF", "JMP", "LT", "EQ", "PRINT", "HALT", "DUP", "POP"];
var OP = {};
OPS.forEach(function (name, i) { OP[name] = i; });

// --- source: s-expressions -------------------------------------------------
function parseSexp(src) {
  var toks = [];
  var cur = "";
  for (var i = 0; i < src.length; i++) {
    var c = src[i];
    if (c === "(" || c === ")" || c === " " || c === "\n") {
      if (cur) { toks.push(cur); cur = ""; }
      if (c === "(" || c === ")") toks.push(c);
    } else cur += c;
  }
  if (cur) toks.push(cur);
  var pos = 0;
  function read() {
    var t = toks[pos++];
    if (t === undefined) throw new SyntaxError("unexpected end");
    if (t === "(") {
      var list = [];
      while (toks[pos] !== ")") { if (pos >= toks.length) throw new SyntaxError("missing )"); list.push(read()); }
      pos++;
      return list;
    }
    if (t === ")") throw new SyntaxError("unexpected )");
    var n = Number(t);
    return isNaN(n) ? t : n;
  }
  var forms = [];
  while (pos < toks.length) forms.push(read());
  return forms;
}

// --- compiler ----------------------------------------------------------------
class Compiler {
  constructor() { this.code = []; this.slots = {}; this.nslots = 0; }
  emit(op, arg) { this.code.push(op); if (arg !== undefined) this.code.push(arg); return this.code.length - 1; }
  slot(name) { if (!(name in this.slots)) this.slots[name] = this.nslots++; return this.slots[name]; }
  expr(e) {
    if (typeof e === "number") { this.emit(OP.PUSH, e); return; }
    if (typeof e === "string") {
      if (!(e in this.slots)) throw new ReferenceError("unbound " + e);
      this.emit(OP.LOAD, this.slots[e]);
      return;
    }
    var head = e[0];
    switch (head) {
      case "+": case "-": case "*": case "/": case "<": case "=": {
        if (head === "-" && e.length === 2) { this.expr(e[1]); this.emit(OP.NEG); return; }
        this.expr(e[1]);
        for (var i = 2; i < e.length; i++) {
          this.expr(e[i]);
          this.emit({ "+": OP.ADD, "-": OP.SUB, "*": OP.MUL, "/": OP.DIV, "<": OP.LT, "=": OP.EQ }[head]);
        }
        return;
      }
      case "set": this.expr(e[2]); this.emit(OP.DUP); this.emit(OP.STORE, this.slot(e[1])); return;
      case "if": {
        this.expr(e[1]);
        var jf = this.emit(OP.JMPF, -1);
        this.expr(e[2]);
        var j = this.emit(OP.JMP, -1);
        this.code[jf] = this.code.length;
        this.expr(e[3]);
        this.code[j] = this.code.length;
        return;
      }
      case "while": {
        var top = this.code.length;
        this.expr(e[1]);
        var exit = this.emit(OP.JMPF, -1);
        for (var k = 2; k < e.length; k++) { this.expr(e[k]); this.emit(OP.POP); }
        this.emit(OP.JMP, top);
        this.code[exit] = this.code.length;
        this.emit(OP.PUSH, 0);
        return;
      }
      case "do": {
        for (var d = 1; d < e.length; d++) { this.expr(e[d]); if (d < e.length - 1) this.emit(OP.POP); }
        return;
      }
      case "print": this.expr(e[1]); this.emit(OP.DUP); this.emit(OP.PRINT); return;
    }
    throw new SyntaxError("unknown form " + head);
  }
  program(forms) {
    for (var i = 0; i < forms.length; i++) { this.expr(forms[i]); this.emit(OP.POP); }
    this.emit(OP.HALT);
    return { code: this.code, nslots: this.nslots };
  }
}

// --- optimizer: fold constant binary operations over PUSH PUSH op -----------
function fold(prog) {
  var code = prog.code;
  // Jump targets must not be inside a folded window.
  var targets = {};
  for (var i = 0; i < code.length; i += width(code[i])) if (code[i] === OP.JMP || code[i] === OP.JMPF) targets[code[i + 1]] = true;
  var out = [], map = {}, folded = 0;
  for (var pc = 0; pc < code.length;) {
    map[pc] = out.length;
    var op = code[pc];
    if (op === OP.PUSH && code[pc + 2] === OP.PUSH && !targets[pc + 2] && !targets[pc + 4] && isArith(code[pc + 4])) {
      out.push(OP.PUSH, apply(code[pc + 4], code[pc + 1], code[pc + 3]));
      map[pc + 2] = map[pc + 4] = out.length - 2;
      pc += 5;
      folded++;
      continue;
    }
    for (var k = 0; k < width(op); k++) out.push(code[pc + k]);
    pc += width(op);
  }
  map[code.length] = out.length;
  for (var q = 0; q < out.length; q += width(out[q])) if (out[q] === OP.JMP || out[q] === OP.JMPF) out[q + 1] = map[out[q + 1]];
  return { code: out, nslots: prog.nslots, folded: folded };
}
function width(op) { return op === OP.PUSH || op === OP.LOAD || op === OP.STORE || op === OP.JMP || op === OP.JMPF ? 2 : 1; }
function isArith(op) { return op === OP.ADD || op === OP.SUB || op === OP.MUL; }
function apply(op, a, b) { return op === OP.ADD ? a + b : op === OP.SUB ? a - b : a * b; }

// --- machine -----------------------------------------------------------------
function run(prog, out) {
  var code = prog.code, stack = [], slots = new Array(prog.nslots), pc = 0, steps = 0;
  for (;;) {
    steps++;
    if (steps > 1e6) throw new RangeError("step limit");
    var op = code[pc++];
    switch (op) {
      case OP.PUSH: stack.push(code[pc++]); break;
      case OP.LOAD: stack.push(slots[code[pc++]]); break;
      case OP.STORE: slots[code[pc++]] = stack.pop(); break;
      case OP.ADD: { var b = stack.pop(); stack.push(stack.pop() + b); break; }
      case OP.SUB: { var b2 = stack.pop(); stack.push(stack.pop() - b2); break; }
      case OP.MUL: { var b3 = stack.pop(); stack.push(stack.pop() * b3); break; }
      case OP.DIV: { var b4 = stack.pop(); if (b4 === 0) throw new RangeError("divide by zero"); stack.push(Math.floor(stack.pop() / b4)); break; }
      case OP.NEG: stack.push(-stack.pop()); break;
      case OP.LT: { var b5 = stack.pop(); stack.push(stack.pop() < b5 ? 1 : 0); break; }
      case OP.EQ: { var b6 = stack.pop(); stack.push(stack.pop() === b6 ? 1 : 0); break; }
      case OP.JMPF: { var target = code[pc++]; if (stack.pop() === 0) pc = target; break; }
      case OP.JMP: pc = code[pc]; break;
      case OP.DUP: stack.push(stack[stack.length - 1]); break;
      case OP.POP: stack.pop(); break;
      case OP.PRINT: out.push(stack.pop()); break;
      case OP.HALT: return steps;
      default: throw new Error("bad opcode " + op + " at " + (pc - 1));
    }
  }
}

function disasm(prog) {
  var lines = [];
  for (var pc = 0; pc < prog.code.length; pc += width(prog.code[pc])) {
    var op = prog.code[pc];
    lines.push(pc + ":" + OPS[op] + (width(op) === 2 ? " " + prog.code[pc + 1] : ""));
  }
  return lines.join(" ");
}

function compileAndRun(src) {
  var prog = new Compiler().program(parseSexp(src));
  var opt = fold(prog);
  var out1 = [], out2 = [];
  var s1 = run(prog, out1), s2 = run(opt, out2);
  if (out1.join() !== out2.join()) throw new Error("optimizer changed the result: " + out1 + " vs " + out2);
  return { out: out1, steps: s1, optSteps: s2, folded: opt.folded, prog: prog, opt: opt };
}

var r1 = compileAndRun("(print (+ 1 2 3))");
print(r1.out.join()); // expect: 6
print(disasm(r1.prog)); // expect: 0:PUSH 1 2:PUSH 2 4:ADD 5:PUSH 3 7:ADD 8:DUP 9:PRINT 10:POP 11:HALT
print(disasm(r1.opt)); // expect: 0:PUSH 3 2:PUSH 3 4:ADD 5:DUP 6:PRINT 7:POP 8:HALT

var fact = "(set n 10) (set acc 1) (while (< 0 n) (set acc (* acc n)) (set n (- n 1))) (print acc)";
var r2 = compileAndRun(fact);
print(r2.out.join()); // expect: 3628800

var fib = "(set a 0) (set b 1) (set i 0) (while (< i 30) (set t (+ a b)) (set a b) (set b t) (set i (+ i 1))) (print a)";
var r3 = compileAndRun(fib);
print(r3.out.join()); // expect: 832040
print(r3.steps); // expect: 773

var cond = "(set x 7) (print (if (< x 5) (* 2 3) (- (* 4 5) 1))) (print (if (= x 7) (+ 10 20) 0))";
var r4 = compileAndRun(cond);
print(r4.out.join()); // expect: 19,30
print(r4.folded); // expect: 3
print(r4.optSteps < r4.steps); // expect: true

var collatz = "(set n 27) (set steps 0) (while (- 1 (= n 1)) (set steps (+ steps 1)) (set n (if (= (* (/ n 2) 2) n) (/ n 2) (+ (* 3 n) 1)))) (print steps)";
print(compileAndRun(collatz).out.join()); // expect: 111

var errors = ["(print (+ 1 2)", "(print x)", "(frob 1)", "(print (/ 1 0))", "(while 1 0)"];
errors.forEach(function (src) {
  try { compileAndRun(src); print("no error"); }
  catch (e) { print(e.name + ": " + e.message); }
});
// expect: SyntaxError: missing )
// expect: ReferenceError: unbound x
// expect: SyntaxError: unknown form frob
// expect: RangeError: divide by zero
// expect: RangeError: step limit
