#!/usr/bin/env python3
"""Generate the hostile-input corpus (tests/hostile/corpus/gen/).

Deterministic: the same tests/js tree gives byte-identical output (one fixed
seed, sorted inputs).  Every generated file gets one line in
corpus/gen/MANIFEST.tsv:

    <file>\t<expect>\t<timeout>

expect  `error`  the input is malformed or must fail (syntax error, RangeError,
                 --timeout): tierlab must exit non-zero with a message on stderr;
        `any`    hostile but possibly valid: any exit code, but no signal, no
                 hang and no sanitizer report.
timeout the --timeout=SECONDS the runner passes (5 by default; inputs that
        are meant to run into the time limit use 1 to keep the run short).

Families (file name prefix):
    trunc-     truncations of tests/js programs
    mut-       byte mutations (flip, insert, delete, duplicate, splice)
    tok-       insertion of a hostile token at a random point
    deep-      deep nesting: parens, arrays, objects, unary operators,
               templates, nested functions/arrows/blocks/calls ... (up to 100,000)
    huge-      huge literals (strings, numbers, identifiers, array/object literals)
    unterm-    unterminated strings, comments, templates, escapes, brackets
    utf8-      invalid UTF-8 (stray continuation, overlong, surrogates, truncated)
    nul-       NUL bytes
    surr-      lone surrogates through string builtins
    size-      giant string/array sizes
    recur-     runaway recursion (plain, getters, toString/valueOf, JSON, sort)
    loop-      infinite loops bounded by --timeout

Usage: tests/hostile/generate.py [--out DIR]   (default: tests/hostile/corpus/gen)
"""
import argparse
import os
import random
import shutil
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SEED = 0x71E81AB

TOKENS = [b"(", b")", b"[", b"]", b"{", b"}", b"`", b"${", b"'", b'"', b"/*", b"*/",
          b"//", b"/", b"=>", b"...", b"?.", b"??", b"**=", b"\\", b"\\u", b"\\u{",
          b"function", b"class", b"new", b"yield", b"await", b"async", b"return",
          b"break", b"continue", b"super", b"this", b"let", b"const", b"var",
          b"delete", b"typeof", b"void", b"in", b"of", b"instanceof", b"get ", b"set ",
          b"static", b"extends", b"#x", b"0x", b"1e", b"08", b".5.", b"\n", b";",
          b",", b":", b"?", b"=", b"++", b"--", b"!", b"~", b"\x00", b"\xff", b"\xed\xa0\x80",
          b"\xe2\x80\xa8", b"\r", b"\t", b"import", b"export", b"debugger", b"with",
          b"arguments", b"eval", b"__proto__", b"constructor", b"prototype",
          b"Symbol.iterator", b"toString", b"valueOf", b"1/0", b"-0", b"NaN"]


class Corpus:
    def __init__(self, out):
        self.out = out
        self.rows = []
        self.names = set()

    def add(self, name, data, expect="any", timeout=5):
        assert name not in self.names, name
        assert expect in ("any", "error")
        self.names.add(name)
        if isinstance(data, str):
            data = data.encode("utf-8", "surrogatepass")
        with open(os.path.join(self.out, name), "wb") as f:
            f.write(data)
        self.rows.append((name, expect, timeout))

    def finish(self):
        with open(os.path.join(self.out, "MANIFEST.tsv"), "w") as f:
            f.write("# file\texpect\ttimeout  (written by tests/hostile/generate.py)\n")
            for r in self.rows:
                f.write("%s\t%s\t%d\n" % r)


def js_sources():
    base = os.path.join(ROOT, "tests", "js")
    out = []
    for d, _, files in os.walk(base):
        for f in files:
            if f.endswith(".js"):
                p = os.path.join(d, f)
                if os.path.getsize(p) <= 4096:
                    out.append(p)
    out.sort()
    return [open(p, "rb").read() for p in out]


# ---- mutations of existing programs ---------------------------------------

def gen_truncations(c, rng, srcs, n):
    for i in range(n):
        s = rng.choice(srcs)
        cut = rng.randrange(1, max(2, len(s)))
        c.add("trunc-%04d.js" % i, s[:cut])


def mutate(rng, s, srcs):
    s = bytearray(s)
    for _ in range(rng.randint(1, 6)):
        if not s:
            s = bytearray(b"x")
        op = rng.randrange(6)
        p = rng.randrange(len(s))
        if op == 0:                                  # flip a bit
            s[p] ^= 1 << rng.randrange(8)
        elif op == 1:                                # random byte
            s[p] = rng.randrange(256)
        elif op == 2:                                # insert bytes
            s[p:p] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 4)))
        elif op == 3:                                # delete a range
            del s[p:p + rng.randint(1, 16)]
        elif op == 4:                                # duplicate a range
            s[p:p] = s[p:p + rng.randint(1, 32)]
        else:                                        # splice another program
            o = rng.choice(srcs)
            q = rng.randrange(len(o))
            s[p:p] = o[q:q + rng.randint(1, 64)]
    return bytes(s)


def gen_mutations(c, rng, srcs, n):
    for i in range(n):
        c.add("mut-%04d.js" % i, mutate(rng, rng.choice(srcs), srcs))


def gen_tokens(c, rng, srcs, n):
    for i in range(n):
        s = rng.choice(srcs)
        p = rng.randrange(len(s) + 1)
        t = rng.choice(TOKENS)
        c.add("tok-%04d.js" % i, s[:p] + t + s[p:])


# ---- deep nesting ----------------------------------------------------------

DEEP = {
    # kind: (open, middle, close)   -- all are valid JS at small depth
    "paren":    ("(", "1", ")"),
    "array":    ("[", "", "]"),
    "object":   ("({a:", "1", "})"),
    "objnest":  ("x={a:", "1", "}"),          # x={a:x={a:...}}
    "neg":      ("-", "1", ""),
    "not":      ("!", "1", ""),
    "bitnot":   ("~", "1", ""),
    "typeof":   ("typeof ", "1", ""),
    "void":     ("void ", "1", ""),
    "plus":     ("+", "1", ""),
    "await":    ("delete ", "1", ""),
    "template": ("`${", "1", "}`"),
    "function": ("(function(){return ", "1", "})()"),
    "funcdecl": ("function f(){", "", "}"),
    "arrow":    ("()=>", "1", ""),
    "block":    ("{", "", "}"),
    "if":       ("if(1)", ";", ""),
    "call":     ("f(", "1", ")"),
    "new":      ("new ", "Object", ""),
    "member":   ("", "a", ".a"),
    "index":    ("", "a", "[0]"),
    "ternary":  ("1?", "1", ":1"),
    "assign":   ("a=", "1", ""),
    "binop":    ("1+", "1", ""),
    "rbinop":   ("", "1", "+1"),
    "exp":      ("2**", "1", ""),
    "comma":    ("", "1", ",1"),
    "spread":   ("[...", "[]", "]"),
    "class":    ("class A extends (", "Object", ") {}"),
    "destruct": ("var [", "a", "]=[];"),
    "label":    ("a:", ";", ""),
    "while":    ("while(0)", ";", ""),
    "try":      ("try{", "", "}finally{}"),
    "with":     ("with({})", ";", ""),
    "regexlike": ("/", "", "/"),
}


def gen_deep(c):
    for kind in sorted(DEEP):
        o, m, cl = DEEP[kind]
        # 100,000 levels where a level is short; 20,000 otherwise (the
        # parser's own bound is far below either, and the file stays small)
        big = 100000 if len(o) + len(m) + len(cl) <= 5 else 20000
        for depth in (100, 3000, big):
            if kind == "member":
                src = "var a={};" + m + cl * depth
            elif kind == "index":
                src = "var a=[];" + m + cl * depth
            elif kind == "call":
                src = "function f(x){return x}" + o * depth + m + cl * depth
            else:
                src = o * depth + m + cl * depth
            c.add("deep-%s-%d.js" % (kind, depth), src + "\n")
        # unbalanced: opens only (malformed at every depth)
        if o and kind != "regexlike":        # '////...' is a comment
            c.add("deep-%s-open.js" % kind, o * big, expect="error")
    # closers only
    for ch in ")]}":
        c.add("deep-close-%d.js" % ")]}".index(ch), ch * 100000, expect="error")
    # nesting built at run time (the runtime, not the parser, must cope)
    rt = {
        "rt-array": "var a=[];for(var i=0;i<1e6;i++)a=[a];",
        "rt-object": "var o={};for(var i=0;i<1e6;i++)o={o:o};",
        "rt-proto": "var o={};for(var i=0;i<1e5;i++)o=Object.create(o);o.x;",
        "rt-closure": "var f=function(){return 1};for(var i=0;i<1e5;i++){let g=f;f=function(){return g()}}f();",
    }
    for k in sorted(rt):
        c.add("deep-%s.js" % k, rt[k] + "\n")
        c.add("deep-%s-json.js" % k, rt[k] + "JSON.stringify(typeof a=='object'?a:o);\n")
        c.add("deep-%s-str.js" % k, rt[k] + "String(typeof a=='object'?a:o);\n")
    c.add("deep-eval.js", "var s='1';for(var i=0;i<100000;i++)s='('+s+')';eval(s);\n")
    c.add("deep-eval-fn.js", "var s='1';for(var i=0;i<20000;i++)s='(function(){return '+s+'})()';eval(s);\n")
    c.add("deep-Function.js", "var s='1';for(var i=0;i<100000;i++)s='['+s+']';Function('return '+s)();\n")
    c.add("deep-json-parse.js", "JSON.parse('['.repeat(1e6)+']'.repeat(1e6));\n")
    c.add("deep-json-parse-obj.js", "JSON.parse('{\"a\":'.repeat(1e6)+'1'+'}'.repeat(1e6));\n")
    c.add("deep-json-parse-open.js", "JSON.parse('['.repeat(1e6));\n", expect="error")


# ---- huge literals ---------------------------------------------------------

def gen_huge(c):
    c.add("huge-string.js", "var s='" + "x" * 500000 + "';print(s.length);\n")
    c.add("huge-string-esc.js", "var s='" + "\\u0041" * 50000 + "';print(s.length);\n")
    c.add("huge-template.js", "var s=`" + "y" * 300000 + "`;print(s.length);\n")
    c.add("huge-number.js", "print(" + "9" * 100000 + ");\n")
    c.add("huge-number-frac.js", "print(0." + "1" * 100000 + ");\n")
    c.add("huge-number-exp.js", "print(1e" + "9" * 10000 + ");\n")
    c.add("huge-number-negexp.js", "print(1e-" + "9" * 10000 + ");\n")
    c.add("huge-hex.js", "print(0x" + "f" * 100000 + ");\n")
    c.add("huge-octal.js", "print(0o" + "7" * 100000 + ");\n")
    c.add("huge-binary.js", "print(0b" + "1" * 100000 + ");\n")
    c.add("huge-ident.js", "var " + "a" * 300000 + "=1;\n")
    c.add("huge-ident-esc.js", "var " + "\\u0061" * 30000 + "=1;\n")
    c.add("huge-array-lit.js", "var a=[" + "1," * 100000 + "];print(a.length);\n")
    c.add("huge-array-holes.js", "var a=[" + "," * 300000 + "];print(a.length);\n")
    c.add("huge-object-lit.js", "var o={" + "".join("k%d:%d," % (i, i) for i in range(30000)) + "};\n")
    c.add("huge-object-dup.js", "var o={" + "k:1," * 50000 + "};\n")
    c.add("huge-vars.js", "".join("var v%d=%d;" % (i, i) for i in range(30000)) + "\n")
    c.add("huge-lets.js", "{" + "".join("let v%d=%d;" % (i, i) for i in range(30000)) + "}\n")
    c.add("huge-params.js", "function f(" + ",".join("p%d" % i for i in range(30000)) + "){}f();\n")
    c.add("huge-args.js", "function f(){return arguments.length}print(f(" + "1," * 100000 + "1));\n")
    c.add("huge-switch.js", "switch(1){" + "".join("case %d:" % i for i in range(30000)) + "}\n")
    c.add("huge-concat.js", "var s=" + "+".join("'a'" for _ in range(100000)) + ";print(s.length);\n")
    c.add("huge-line.js", ";" * 1000000 + "\n")
    c.add("huge-lines.js", "\n" * 1000000 + "print(1)\n")
    c.add("huge-comment.js", "/*" + "*" * 1000000 + "*/\n")
    c.add("huge-locals.js", "function f(){" + "".join("var v%d=%d;" % (i, i) for i in range(30000)) + "}f();\n")
    c.add("huge-consts.js", "print([" + ",".join("'s%d'" % i for i in range(30000)) + "].length);\n")
    c.add("huge-closures.js", "function f(){" + "".join("var v%d=%d;" % (i, i) for i in range(20000)) +
          "return function(){return " + "+".join("v%d" % i for i in range(20000)) + "}}print(f()());\n")
    c.add("huge-jumps.js", "var x=0;" + "if(x){x++}else{x--}" * 30000 + "\n")
    c.add("huge-loop-body.js", "for(var i=0;i<2;i++){" + "i+0;" * 100000 + "}\n")


# ---- unterminated and malformed tokens -------------------------------------

UNTERM = ["'abc", '"abc', "`abc", "`a${1", "`a${", "/* abc", "'\\", '"\\u', '"\\u{', '"\\u{1',
          '"\\x', '"\\x4', "'\\u00", "(1", "[1", "{", "({a:1", "f(1,", "function f(", "function f(){",
          "class A{", "class A{m(", "if(", "if(1", "for(", "for(;;", "while(", "switch(1){",
          "try{", "try{}", "var", "var a=", "let [a", "const {a", "a=>", "()=>{", "x?", "x?1:",
          "1+", "new", "a.", "a?.", "a[", "`${`", "/", "/abc", "0x", "1e", "1e+", "0b", "0o",
          ".", "...", "=>", "#", "@", "\\", "\\u", "\\u{", "label:", "do", "do;while(",
          "get", "async function f(", "return (", "throw", "throw\n1", "`\\u", "`\\u{",
          "'\n'", '"\r"', "'\u2028", "/*/", "var a = 1 +", "({get a(){",
          "a => { return", "[...", "{...", "f(...", "class A extends", "super", "new.target",
          "'use strict'; with(a){}", "'use strict'; var eval;", "'use strict'; 010",
          "break", "continue", "return 1 +", "let let", "const a;", "for(let a of)",
          "({a:1} = 1)", "1 = 2", "++1", "a++ ++", "delete", "typeof", "in", "function(){}",
          "class{}", "var 1a", "0b2", "0o9", "08.5n", "1__0", "1_", "0x_1", "a\\u0000",
          "yield = 1; function* g(){ yield = 1 }", "async () => await", "({a b})", "[a b]",
          "if (1) function f(){} else", "continue foo", "x: x: 1", "var [a, ...b,] = []"]


def gen_unterminated(c):
    for i, u in enumerate(UNTERM):
        c.add("unterm-%03d.js" % i, u, expect="error")
        # a 'use strict' directive is only one at the start: valid in context
        c.add("unterm-%03d-ctx.js" % i, "print(1);\nfunction g(){ return 2 }\n" + u,
              expect="any" if u.startswith("'use strict'") else "error")


# ---- invalid UTF-8, NUL, lone surrogates -----------------------------------

BAD_UTF8 = [b"\x80", b"\xbf", b"\xc0\x80", b"\xc1\xbf", b"\xe0\x80\x80", b"\xf0\x80\x80\x80",
            b"\xed\xa0\x80", b"\xed\xbf\xbf", b"\xed\xa0\x80\xed\xb0\x80", b"\xf4\x90\x80\x80",
            b"\xf5\x80\x80\x80", b"\xfe", b"\xff", b"\xc3", b"\xe2\x82", b"\xf0\x9f\x98",
            b"\xc3\x28", b"\xe2\x28\xa1", b"\xf8\x88\x80\x80\x80", b"\xfc\x84\x80\x80\x80\x80"]


def gen_utf8(c):
    for i, b in enumerate(BAD_UTF8):
        # outside literals: never an identifier or punctuator -> error
        c.add("utf8-%02d-code.js" % i, b"var a = 1;\n" + b + b" print(a);\n", expect="error")
        # lexer.c decodes ill-formed UTF-8 as U+FFFD (as node): never part of a name
        c.add("utf8-%02d-ident.js" % i, b"var a" + b + b"b = 1;\n", expect="error")
        c.add("utf8-%02d-eof.js" % i, b"var a = 1;\n" + b, expect="error")
        # inside literals and comments: replaced or rejected, either way no crash
        c.add("utf8-%02d-str.js" % i, b"var s = '" + b + b"'; print(s.length, s.charCodeAt(0));\n")
        c.add("utf8-%02d-tmpl.js" % i, b"var s = `" + b + b"${1}`; print(s.length);\n")
        c.add("utf8-%02d-comment.js" % i, b"// " + b + b"\n/* " + b + b" */ print(1);\n")
        c.add("utf8-%02d-json.js" % i, b"print(JSON.stringify(JSON.parse('\"" + b + b"\"')));\n")
        c.add("utf8-%02d-unterm.js" % i, b"var s = '" + b, expect="error")


def gen_nul(c):
    cases = [(b"\x00", "error"), (b"var a = 1;\x00print(a);", "error"), (b"var a\x00b = 1;", "error"),
             (b"print('a\x00b'.length);", "any"), (b"print(`a\x00b`.length);", "any"),
             (b"// \x00\nprint(1);", "any"), (b"/* \x00 */ print(1);", "any"),
             (b"print(1)\x00", "error"), (b"\x00\x00\x00\x00", "error"), (b"'\x00", "error"),
             (b"print(JSON.parse('\"\x00\"'));", "error"), (b"print(JSON.stringify('\\0'));", "any"),
             (b"var o = {}; o['a\\0b'] = 1; print(Object.keys(o)[0].length);", "any"),
             (b"print(String.fromCharCode(0).length);", "any"),
             (b"print('\\0'.repeat(1000).split('\\0').length);", "any"),
             (b"print(eval('1\\0'));", "error"), (b"print(Function('return 1\\0')());", "error"),
             (b"print(Number('1\\0'));", "any"), (b"print(parseInt('1\\0'));", "any"),
             (b"print(('a\\0b').indexOf('\\0'));", "any")]
    for i, (src, exp) in enumerate(cases):
        c.add("nul-%02d.js" % i, src, expect=exp)


SURR = ["s.length", "s.toUpperCase()", "s.toLowerCase()", "JSON.stringify(s)", "s.split('')",
        "s.codePointAt(0)", "s.charAt(0)", "[...s].length", "s.normalize ? 1 : 0",
        "s.localeCompare('a')", "s.trim()", "s + s", "s.repeat(3)", "s.indexOf('\\uDC00')",
        "s.padStart(10, s)", "encodeURIComponent(s)", "encodeURI(s)", "escape ? escape(s) : 0",
        "Array.from(s).length", "String.fromCodePoint(s.charCodeAt(0))", "s.concat(s).length",
        "JSON.parse(JSON.stringify(s)) === s", "s.slice(0, 1)", "s.substring(1)", "s.at ? s.at(-1) : 0",
        "s < 'a'", "Object.keys({[s]: 1})", "(function(){var o = {}; o[s] = 1; return o[s]})()",
        "s.search ? 1 : 0", "Symbol(s).toString()"]


def gen_surrogates(c):
    strs = ["'\\uD800'", "'\\uDC00'", "'a\\uD83D'", "'\\uDE00b'", "String.fromCharCode(0xD800, 0x41)"]
    i = 0
    for s in strs:
        for op in SURR:
            c.add("surr-%03d.js" % i, "var s = %s;\ntry { print(%s); } catch (e) { print(e.name); }\n" % (s, op))
            i += 1
    c.add("surr-ident.js", "var \\uD800 = 1;", expect="error")
    c.add("surr-ident2.js", "var a\\uDC00 = 1;", expect="error")
    c.add("surr-regexsrc.js", "var s = '\\u{D800}'; print(s.length);\n")
    c.add("surr-braced-big.js", "var s = '\\u{110000}';", expect="error")


# ---- giant sizes, recursion, loops -----------------------------------------

SIZES = [
    ("'x'.repeat(2**30)", "error"), ("'x'.repeat(2**31)", "error"), ("'x'.repeat(2**53)", "error"),
    ("'x'.repeat(Infinity)", "error"), ("'x'.repeat(-1)", "error"),
    ("'xy'.repeat(2**29).length", "error"),
    ("var s='x';for(var i=0;i<40;i++)s+=s;print(s.length)", "error"),
    ("var s='x';for(var i=0;i<40;i++)s=s+s;s.charAt(5)", "error"),
    ("var s='x';for(var i=0;i<40;i++)s=s.concat(s);s.indexOf('y')", "error"),
    ("var s='ab'.repeat(1<<20);for(var i=0;i<20;i++)s=s+s;JSON.stringify(s)", "error"),
    ("new Array(2**32-1).fill(0)", "error"), ("new Array(2**32)", "error"), ("new Array(-1)", "error"),
    ("new Array(1.5)", "error"), ("var a=[];a.length=2**32-1;a.push(1);a.push(2)", "error"),
    ("var a=[];a.length=2**32-1;a.fill(1)", "error"),
    ("var a=[];a.length=2**32-1;a.join()", "error"),
    ("var a=[];a.length=2**32-1;a.sort()", "any"),
    ("var a=[];a.length=2**32-1;a.reverse()", "any"),
    ("var a=[];a.length=2**32-1;a.map(function(x){return x})", "error"),
    ("var a=[];a.length=2**32-1;a.slice()", "error"),
    ("var a=[];a.length=2**32-1;a.concat(a)", "error"),
    ("var a=[];a.length=2**32-1;a.indexOf(1)", "any"),
    ("var a=[];a.length=2**32-1;a.splice(0,0,1)", "error"),
    ("var a=[];a.length=2**32-1;a.unshift(1)", "error"),
    ("var a=[];a[2**32-2]=1;print(a.length)", "any"),
    ("var a=[1,2,3];a.length=2**32;", "error"),
    ("Array(1e9).join()", "error"), ("Array(1e9).join('abc')", "error"),
    ("Array(2**31).toString()", "error"), ("Array.apply(null, Array(1e9))", "error"),
    ("Array.from({length: 2**32-1})", "error"), ("Array.from({length: 1e9})", "error"),
    ("Math.max.apply(null, new Array(1e8))", "any"),
    ("(function(){}).apply(null, {length: 2**32-1})", "error"),
    ("String.fromCharCode.apply(null, new Array(1e8))", "any"),
    ("var a=[];for(;;)a.push(new Array(1000).fill({}))", "error"),
    ("var o={};for(var i=0;;i++)o['k'+i]=i", "error"),
    ("var a=[];for(var i=0;;i++)a.push('s'+i)", "error"),
    ("var f=[];for(;;)f.push(function(){})", "error"),
    ("JSON.stringify(new Array(1e8))", "any"), ("JSON.stringify({a:'x'.repeat(2**28)})", "any"),
    ("' '.repeat(2**28).split('')", "error"), ("'a'.padStart(2**31)", "error"),
    ("'a'.padEnd(2**30, 'xyz')", "error"), ("Array(2**20).fill('x'.repeat(2**10)).join('')", "any"),
    ("[].concat.apply([], Array(1e7).fill([1,2,3]))", "any"),
    ("new Array(1e7).fill(0).map(function(){return new Array(100)})", "error"),
    ("Object.keys(new Array(1e8))", "any"), ("(1e21).toString(2).length", "any"),
    ("(0.1).toFixed(101)", "error"), ("(123.456).toPrecision(101)", "error"),
    ("(1).toString(37)", "error"), ("Number.MAX_VALUE.toString(2).length", "any"),
    ("(2**-1074).toString(3)", "any"), ("(-1e308).toFixed(20)", "any"),
]

RECUR = [
    "function f(){return f()} f()",
    "function f(n){return f(n+1)+1} f(0)",
    "var f=()=>f(); f()",
    "function f(){ try { f() } finally { f() } } f()",
    "function f(){ try { return f() } catch (e) { return f() } } f()",
    "var o={get x(){return this.x}}; o.x",
    "var o={set x(v){this.x=v}}; o.x=1",
    "var o={toString(){return ''+this}}; ''+o",
    "var o={valueOf(){return +this}}; +o",
    "var o={toString(){return String(this)}}; String(o)",
    "var o={valueOf(){return this*2}}; o*1",
    "var o={toJSON(){return JSON.stringify(this)}}; JSON.stringify(o)",
    "var o={get [Symbol.iterator](){return [...this]}}; [...o]",
    "var a=[]; a[0]=a; a.toString()",
    "var a=[]; a.push(a); a.join()",
    "var a=[]; for(var i=0;i<1e6;i++) a=[a]; JSON.stringify(a)",
    "var a=[]; for(var i=0;i<1e6;i++) a=[a]; String(a)",
    "var o={}; for(var i=0;i<1e6;i++) o={o:o}; JSON.stringify(o)",
    "var a=[]; a.push(a); JSON.stringify(a)",
    "[3,2,1].sort(function c(a,b){return [1,2].sort(c)})",
    "[3,2,1].sort(function c(a,b){ return c(a,b) })",
    "[1,2].map(function m(x){return [x].map(m)})",
    "[1,2].forEach(function m(x){[x].forEach(m)})",
    "[1,2].reduce(function r(a,b){return [a,b].reduce(r)})",
    "JSON.parse('[1]', function r(k,v){ return JSON.parse('[1]', r) })",
    "class A { constructor(){ new A() } } new A()",
    "class A { get x(){ return this.x } } new A().x",
    "class A extends Array { constructor(){ super(); new A() } } new A()",
    "function F(){ return new F() } new F()",
    "var o={}; Object.defineProperty(o,'x',{get:function(){return o.x}}); o.x",
    "var p={}; var o=Object.create(p); Object.defineProperty(p,'x',{get:function(){return o.x}}); o.x",
    "Object.defineProperty(Object.prototype,'x',{get:function(){return this.x}}); ({}).x",
    "Array.prototype.toString=function(){return this+''}; [1]+''",
    "Object.prototype.toString=function(){return this+''}; ({})+''",
    "Object.prototype.valueOf=function(){return this+1}; ({})*1",
    "function f(){ return eval('f()') } f()",
    "function f(){ return Function('f', 'return f(f)')(f) } f()",
    "var g=function(){ return g.call(null) }; g()",
    "var g=function(){ return g.apply(null, []) }; g()",
    "var g=function(){ return g.bind(null)() }; g()",
    "function f(){ [1].sort(f) ; return f() } f()",
    "var s={}; s[Symbol.toPrimitive]=function(){return +s}; +s",
    "function f(){ return `${f()}` } f()",
    "function f(a=f()){ } f()",
    "function f(){ var {a=f()} = {}; } f()",
    "function f(){ for (var x of {[Symbol.iterator]: f}) ; } f()",
    "var o={get a(){ return JSON.stringify(o) }}; JSON.stringify(o)",
    "var o={}; o.toString=function(){ return Object.keys({[o]:1}) }; String(o)",
    "function f(){ return [f].map(function(g){ return g() }) } f()",
    "function f(){ return new Array(10).fill(0).map(f) } f()",
]

LOOPS = ["for(;;){}", "while(true){}", "do{}while(1)", "for(var i=0;;i++){}",
         "while(1){ var x = {} }", "var a=[]; while(1){ a.push(1); a.pop() }",
         "function f(){ while(1){} } f()", "for(;;){ try { throw 1 } catch(e) {} }",
         "l: for(;;) { continue l }", "var o={get x(){ for(;;){} }}; o.x",
         "[1,2].sort(function(){ for(;;){} })", "JSON.parse('[1]', function(){ for(;;){} })",
         "for(;;){ 'x'.repeat(100) + 'y' }", "var s=''; for(;;) s = s.slice(1) + 'x'",
         "function f(){ f2() } function f2(){ for(;;); } f()",
         "while(1) { try { for(;;) break } finally { continue } }",
         "var i=0; for(;;) { i = (i + 1) | 0 }",
         "Array(1e9).fill(0)", "var a=[]; for(var i=0;i<1e9;i++) a[i]=i"]


def gen_runtime(c):
    for i, (src, exp) in enumerate(SIZES):
        c.add("size-%02d.js" % i, src + ";\n", expect=exp)
    for i, src in enumerate(RECUR):
        # cyclic/deep join and deep JSON may legitimately succeed (or not)
        lenient = "a[0]=a" in src or "a.push(a); a.join" in src or "1e6" in src
        c.add("recur-%02d.js" % i, src + ";\n", expect="any" if lenient else "error")
        # the same inside a catch-all: the engine must recover and go on
        c.add("recur-%02d-caught.js" % i,
              "try { " + src + "; } catch (e) { print(e instanceof RangeError || e instanceof Error); }\n"
              "print('after');\n")
    for i, src in enumerate(LOOPS):
        c.add("loop-%02d.js" % i, src + ";\n", expect="error", timeout=1)


def main():
    ap = argparse.ArgumentParser(description="generate tests/hostile/corpus/gen")
    ap.add_argument("--out", default=os.path.join(ROOT, "tests", "hostile", "corpus", "gen"))
    a = ap.parse_args()
    if os.path.isdir(a.out):
        shutil.rmtree(a.out)
    os.makedirs(a.out)
    rng = random.Random(SEED)
    srcs = js_sources()
    c = Corpus(a.out)
    gen_truncations(c, rng, srcs, 500)
    gen_mutations(c, rng, srcs, 700)
    gen_tokens(c, rng, srcs, 300)
    gen_deep(c)
    gen_huge(c)
    gen_unterminated(c)
    gen_utf8(c)
    gen_nul(c)
    gen_surrogates(c)
    gen_runtime(c)
    c.finish()
    print("tierlab hostile: %d inputs in %s" % (len(c.rows), a.out))


if __name__ == "__main__":
    sys.exit(main())
